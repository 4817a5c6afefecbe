package org.shequ.server.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Platform admins create, change, deactivate and activate tenants at run time: a tenant created
 * through the API works at once (org units, reports, progress), keeps its data while inactive,
 * survives the tenant files being applied again, and tenants named by a file stay the file's.
 */
class TenantApiTest extends ShequServerTest {
  private static final String XINBEI = "changzhou-xinbei-2016-2020";
  private static final String JIEXIU = "jiexiu-2018-2020";

  @Autowired TenantProvisioner provisioner;

  private final String id = "rt-" + UUID.randomUUID().toString().substring(0, 8);

  private static Map<String, Object> tenant(
      String id, String zh, String en, String code, String level, List<String> plans) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (id != null) {
      body.put("id", id);
    }
    body.put("name", Map.of("zh", zh, "en", en));
    body.put("divisionCode", code);
    body.put("level", level);
    body.put("plans", plans);
    return body;
  }

  private Map<String, Object> wujin() {
    return tenant(id, "武进区", "Wujin", "320412", "DISTRICT", List.of(XINBEI));
  }

  private WebTestClient.ResponseSpec create(WebTestClient who, Object body) {
    return who.post()
        .uri("/api/v1/tenants")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private WebTestClient.ResponseSpec update(WebTestClient who, String tenantId, Object body) {
    return who.put()
        .uri("/api/v1/tenants/" + tenantId)
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private WebTestClient.ResponseSpec step(WebTestClient who, String tenantId, String action) {
    return who.post().uri("/api/v1/tenants/" + tenantId + "/" + action).exchange();
  }

  private WebTestClient.ResponseSpec postJson(WebTestClient who, String uri, Object body) {
    return who.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private String reportPath(String unit) {
    return "/api/v1/tenants/" + id + "/reports/XB-COMMUNITY/" + unit + "/2018";
  }

  @Test
  void aTenantCreatedThroughTheApiServesOrgUnitsReportsAndProgressAtOnce() {
    create(platformAdmin(), wujin())
        .expectStatus()
        .isCreated()
        .expectHeader()
        .valueEquals("Location", "/api/v1/tenants/" + id)
        .expectBody()
        .jsonPath("$.id")
        .isEqualTo(id)
        .jsonPath("$.source")
        .isEqualTo("API")
        .jsonPath("$.active")
        .isEqualTo(true)
        .jsonPath("$.plans[0]")
        .isEqualTo(XINBEI);

    // The region root comes with the tenant; a community goes under it.
    WebTestClient admin = regionAdmin(id);
    postJson(
            admin,
            "/api/v1/tenants/" + id + "/org-units",
            Map.of(
                "id",
                "C1",
                "parentId",
                id,
                "level",
                "COMMUNITY",
                "area",
                "URBAN",
                "name",
                Map.of("zh", "湖塘社区"),
                "population",
                5000,
                "effective",
                "2016-01-01"))
        .expectStatus()
        .isCreated();
    admin
        .put()
        .uri(reportPath("C1"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", xinbeiValues()))
        .exchange()
        .expectStatus()
        .isCreated();
    admin
        .post()
        .uri(reportPath("C1") + "/submit")
        .header("If-Match", "\"1\"")
        .exchange()
        .expectStatus()
        .isOk();

    Map<?, ?> progress =
        admin
            .get()
            .uri("/api/v1/tenants/" + id + "/progress?period=2018&include=submitted")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(progress.get("tenant")).isEqualTo(id);
    assertThat(progress.get("plan")).isEqualTo(XINBEI);
    // The urban community's 800 m² of premises is the average of the tenant's one report.
    assertThat((List<?>) progress.get("indicators"))
        .map(o -> (Map<?, ?>) o)
        .filteredOn(i -> "XB-URBAN-PREMISES-AVERAGE".equals(i.get("code")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.get("reports")).isEqualTo(1);
              assertThat(((Number) i.get("actual")).doubleValue()).isEqualTo(800.0);
            });

    // Deactivated: the tenant's routes refuse, for its own staff and for platform staff alike.
    step(platformAdmin(), id, "deactivate")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.active")
        .isEqualTo(false);
    admin
        .get()
        .uri(reportPath("C1"))
        .header("Accept-Language", "en")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:tenant-inactive")
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains(id).contains("data is kept"));
    nationalAnalyst()
        .get()
        .uri("/api/v1/tenants/" + id + "/org-units")
        .exchange()
        .expectStatus()
        .isForbidden();
    platformAdmin()
        .get()
        .uri("/api/v1/tenants/" + id)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.active")
        .isEqualTo(false);

    // Activated again: everything it had is there.
    step(platformAdmin(), id, "activate").expectStatus().isOk();
    admin
        .get()
        .uri(reportPath("C1"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(2)
        .jsonPath("$.values.office_area")
        .isEqualTo(100);
  }

  @Test
  void anUpdateChangesNamesAndPlansAndEveryChangeIsARevision() {
    create(platformAdmin(), wujin()).expectStatus().isCreated();
    Map<String, Object> changed =
        tenant(null, "武进区（新）", "Wujin (new)", "320412", "DISTRICT", List.of(XINBEI));
    update(platformAdmin(), id, changed)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name.en")
        .isEqualTo("Wujin (new)");
    // A later plan of its own forms, after the first: the 14th five-year plan follows the 13th.
    update(platformAdmin(), id, tenant(id, "武进区", "Wujin", "320412", "DISTRICT", List.of(JIEXIU)))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.plans[0]")
        .isEqualTo(JIEXIU);
    step(platformAdmin(), id, "deactivate").expectStatus().isOk();
    step(platformAdmin(), id, "activate").expectStatus().isOk();

    platformAdmin()
        .get()
        .uri("/api/v1/tenants/" + id + "/revisions")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].action")
        .isEqualTo(List.of("CREATE", "UPDATE", "UPDATE", "DEACTIVATE", "ACTIVATE"))
        .jsonPath("$[*].actor")
        .value(actors -> assertThat((List<?>) actors).allMatch(a -> a.toString().startsWith("ops")))
        .jsonPath("$[1].tenant.name.zh")
        .isEqualTo("武进区（新）")
        .jsonPath("$[3].tenant.active")
        .isEqualTo(false);
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsStored() {
    create(
            platformAdmin(),
            tenant(id, "x", "x", "990101", "DISTRICT", List.of("no-such-plan-2020")))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:invalid-tenant")
        .jsonPath("$.errors[?(@.field == 'divisionCode')].code")
        .isEqualTo(List.of("division-code-province"))
        .jsonPath("$.errors[?(@.field == 'plans')].code")
        .isEqualTo(List.of("unknown-plan"));
    create(platformAdmin(), tenant(id, "x", "x", "320400", "DISTRICT", List.of(XINBEI)))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("division-code-level");
    create(platformAdmin(), tenant(id, "x", "x", "32041", "DISTRICT", List.of(XINBEI)))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("division-code-format");
    platformAdmin()
        .post()
        .uri("/api/v1/tenants")
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(tenant(id, "x", "x", "320412", "DISTRICT", List.of(XINBEI, JIEXIU)))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("plans-overlap")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat((String) m).contains("overlap in 2018–2020"));
    create(platformAdmin(), tenant("Bad_Id", "", "x", "320412", null, List.of(XINBEI)))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[*].field")
        .value(
            f -> assertThat((List<Object>) f).containsExactlyInAnyOrder("id", "name.zh", "level"));
    platformAdmin().get().uri("/api/v1/tenants/" + id).exchange().expectStatus().isNotFound();

    create(platformAdmin(), wujin()).expectStatus().isCreated();
    create(platformAdmin(), wujin())
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:tenant-exists");
    update(platformAdmin(), id, tenant("other", "x", "x", "320412", "DISTRICT", List.of(XINBEI)))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("tenant-id-mismatch");
    update(platformAdmin(), "rt-none", tenant(null, "x", "x", "320412", "DISTRICT", List.of()))
        .expectStatus()
        .isNotFound();
  }

  @Test
  void aTenantNamedByAFileBelongsToTheFile() {
    update(
            platformAdmin(),
            "test-jiexiu",
            tenant(null, "介休", "Jiexiu", "140781", "COUNTY_CITY", List.of(JIEXIU)))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:tenant-file-managed")
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("test-jiexiu.yaml"));
    create(
            platformAdmin(),
            tenant("jiexiu", "介休市", "Jiexiu", "140781", "COUNTY_CITY", List.of(JIEXIU)))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("jiexiu.yaml"));
    step(platformAdmin(), "test-jiexiu", "deactivate").expectStatus().isEqualTo(409);
    regionAdmin("test-jiexiu")
        .get()
        .uri("/api/v1/tenants/test-jiexiu/org-units")
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void onlyPlatformAdminsChangeTenants() {
    for (WebTestClient who :
        List.of(
            regionAdmin("test-jiexiu"),
            nationalAnalyst(),
            as("r", "test-jiexiu", "R", Role.REPORTER),
            as("many", "test-jiexiu", null, Role.REGION_ADMIN, Role.NATIONAL_ANALYST))) {
      create(who, wujin())
          .expectStatus()
          .isForbidden()
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:forbidden");
      update(who, id, wujin()).expectStatus().isForbidden();
      step(who, id, "deactivate").expectStatus().isForbidden();
      step(who, id, "activate").expectStatus().isForbidden();
    }
    create(client, wujin()).expectStatus().isUnauthorized();
    platformAdmin().get().uri("/api/v1/tenants/" + id).exchange().expectStatus().isNotFound();
  }

  @Test
  void applyingTheTenantFilesAgainKeepsApiTenantsAsTheyAre() {
    create(platformAdmin(), wujin()).expectStatus().isCreated();
    step(platformAdmin(), id, "deactivate").expectStatus().isOk();
    String other = id + "-b";
    create(platformAdmin(), tenant(other, "乙", "B", "320412", "DISTRICT", List.of(XINBEI)))
        .expectStatus()
        .isCreated();

    // What every start does: no file names these tenants, yet neither is touched.
    provisioner.provision();

    platformAdmin()
        .get()
        .uri("/api/v1/tenants/" + other)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.active")
        .isEqualTo(true)
        .jsonPath("$.source")
        .isEqualTo("API");
    platformAdmin()
        .get()
        .uri("/api/v1/tenants/" + id)
        .exchange()
        .expectBody()
        .jsonPath("$.active")
        .isEqualTo(false);
    regionAdmin("test-jiexiu")
        .get()
        .uri("/api/v1/tenants/test-jiexiu")
        .exchange()
        .expectBody()
        .jsonPath("$.source")
        .isEqualTo("FILE");
  }

  @Test
  void theOpenApiDocumentDescribesTheTenantRoutes() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/v1/tenants'].post.responses['422']")
        .exists()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}'].put.responses['409']")
        .exists()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/deactivate'].post")
        .exists()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/activate'].post")
        .exists()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/revisions'].get")
        .exists()
        .jsonPath("$.components.schemas.TenantRequest.properties.divisionCode")
        .exists()
        .jsonPath("$.components.schemas.Tenant.properties.source")
        .exists();
  }

  /** A valid XB-COMMUNITY report: office space 100 m² of 800 m² premises. */
  private static Map<String, Object> xinbeiValues() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("premises_area", 800);
    v.put("office_area", 100);
    v.put("high_standard_harmonious", true);
    v.put("social_workers_under_45", 10);
    v.put("certified_social_workers_under_45", 5);
    v.put("info_platform_functions_extended", true);
    v.put("social_orgs", 8);
    v.put("social_orgs_with_party_work", 4);
    v.put("democratic_consultation", false);
    return v;
  }
}
