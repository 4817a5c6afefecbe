package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Plan;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.security.Role;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The progress roll-up kept on write: report steps through the API keep it equal to a rebuild from
 * the reports, even when they run concurrently; an org-unit change marks it stale and a reader gets
 * it rebuilt; and an approval shows in progress at once while the roll-up serves it.
 */
class ProgressRollupTest extends ShequServerTest {
  private static final String TENANT = "test-rollup";
  private static final String FORM = "XB-COMMUNITY";
  private static final String PLAN = "changzhou-xinbei-2016-2020";

  @Autowired TenantDatabase database;
  @Autowired RollupRebuilds rebuilds;
  @Autowired ProgressRollup rollup;
  @Autowired ProgressQuery query;
  @Autowired PlanRegistry registry;

  private String s;
  private ReportFixtures fixtures;
  private final List<String> communities = new ArrayList<>();

  @BeforeEach
  void tree() {
    s = UUID.randomUUID().toString().substring(0, 8);
    fixtures = new ReportFixtures(database, TENANT);
    fixtures.unit("S1-" + s, "STREET", TENANT, null, null);
    fixtures.unit("S2-" + s, "STREET", TENANT, null, null);
    communities.clear();
    for (int i = 0; i < 12; i++) {
      String id = "C" + i + "-" + s;
      fixtures.unit(
          id,
          "COMMUNITY",
          i % 2 == 0 ? "S1-" + s : "S2-" + s,
          i % 3 == 0 ? "RURAL" : "URBAN",
          null);
      communities.add(id);
    }
  }

  @Test
  void concurrentStepsThroughTheApiKeepTheRollUpEqualToARebuild() {
    rebuild();
    String builtAt = builtAt();
    WebTestClient admin = regionAdmin(TENANT);

    // Every community reports 2019 and 2020 at once: saved, submitted, then approved, returned
    // and corrected, or reopened, depending on the unit.
    Flux.fromIterable(communities)
        .flatMap(c -> Flux.just(c + "/2019", c + "/2020"))
        .parallel(8)
        .runOn(Schedulers.boundedElastic())
        .doOnNext(report -> lifeOf(admin, report))
        .sequential()
        .blockLast(Duration.ofSeconds(120));

    assertThat(builtAt()).as("API writes keep the roll-up current, never stale").isEqualTo(builtAt);
    Map<String, List<String>> maintained = rows();
    assertThat(maintained).isNotEmpty();
    rebuild();
    assertThat(rows()).isEqualTo(maintained);
    assertThat(rollUpAgreesWithTheReports()).isTrue();
  }

  @Test
  void anApprovalShowsInProgressAtOnceThroughTheRollUp() {
    rebuild();
    String builtAt = builtAt();
    WebTestClient admin = regionAdmin(TENANT);
    String report = communities.get(0) + "/2020";
    put(admin, report, values(30, 3), null);
    step(admin, report, "submit", "\"1\"");
    long before = reported(admin, false);
    long submittedBefore = reported(admin, true);
    step(admin, report, "approve", "\"2\"");
    assertThat(reported(admin, false)).isEqualTo(before + 1);
    assertThat(reported(admin, true)).isEqualTo(submittedBefore);
    assertThat(builtAt()).as("served by the roll-up, which stayed current").isEqualTo(builtAt);
  }

  @Test
  void anOrgUnitChangeMarksTheRollUpStaleAndAReaderGetsItRebuilt() {
    rebuild();
    String before = builtAt();
    assertThat(before).isNotNull();
    fixtures.unit("C-new-" + s, "COMMUNITY", "S1-" + s, "URBAN", null);
    // Stale now (or already rebuilt by a background run that a reader of another test started).
    assertThat(builtAt()).as("the new unit changes who should report").isNotEqualTo(before);

    // Served from the reports meanwhile, with the new unit counted at once.
    long expected = expected(regionAdmin(TENANT));
    assertThat(expected).isGreaterThanOrEqualTo(communities.size() + 1);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (builtAt() == null && System.nanoTime() < deadline) {
      expected(regionAdmin(TENANT));
      sleep(100);
    }
    assertThat(builtAt()).as("rebuilt in the background after a reader found it stale").isNotNull();
    assertThat(expected(regionAdmin(TENANT))).isEqualTo(expected);
  }

  @Test
  void rebuildingTheReportRollUpMarksTheProgressRollUpsStale() throws Exception {
    rebuild();
    String before = builtAt();
    var db = database();
    try (var c =
            java.sql.DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
        var st = c.createStatement()) {
      st.execute("SELECT rebuild_report_current()");
    }
    assertThat(builtAt()).isNotEqualTo(before);
  }

  @Test
  void onlyPlatformAdministratorsMayRebuild() {
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/platform/progress-rollups/rebuild")
        .exchange()
        .expectStatus()
        .isForbidden();
    // Rebuilding every tenant of the shared test server (thousands of batch-test reports among
    // them) takes longer than the client's default answer time; this test is about who may ask.
    as("platform", null, null, Role.PLATFORM_ADMIN)
        .mutate()
        .responseTimeout(java.time.Duration.ofSeconds(60))
        .build()
        .post()
        .uri("/api/v1/platform/progress-rollups/rebuild?all=false")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$")
        .isArray();
  }

  /** One report's steps; which ones depends on the unit, so the set mixes every transition. */
  private void lifeOf(WebTestClient admin, String report) {
    int n = Integer.parseInt(report.substring(1, report.indexOf('-')));
    put(admin, report, values(10 + n, n % 4), null);
    step(admin, report, "submit", "\"1\"");
    switch (n % 4) {
      case 0 -> step(admin, report, "approve", "\"2\"");
      case 1 -> {
        step(admin, report, "approve", "\"2\"");
        step(admin, report, "reopen", "\"3\"");
        put(admin, report, values(20 + n, 1), "\"4\"");
        step(admin, report, "submit", "\"5\"");
        step(admin, report, "approve", "\"6\"");
      }
      case 2 -> {
        step(admin, report, "return", "\"2\"");
        put(admin, report, values(5, 0), "\"3\"");
        step(admin, report, "submit", "\"4\"");
      }
      default -> {
        // left submitted: counts only when submitted reports are asked for
      }
    }
  }

  private static Map<String, Object> values(int socialOrgs, int withPartyWork) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("premises_area", 800);
    v.put("office_area", 100);
    v.put("high_standard_harmonious", socialOrgs % 2 == 0);
    v.put("social_workers_under_45", 10);
    v.put("certified_social_workers_under_45", withPartyWork + 1);
    v.put("info_platform_functions_extended", true);
    v.put("social_orgs", socialOrgs);
    v.put("social_orgs_with_party_work", withPartyWork);
    v.put("democratic_consultation", socialOrgs % 3 == 0);
    return v;
  }

  private void put(WebTestClient who, String report, Map<String, Object> values, String ifMatch) {
    var spec = who.put().uri(path(report)).contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    spec.bodyValue(Map.of("values", values)).exchange().expectStatus().is2xxSuccessful();
  }

  private void step(WebTestClient who, String report, String action, String ifMatch) {
    var spec = who.post().uri(path(report) + "/" + action).header("If-Match", ifMatch);
    if (action.equals("return")) {
      spec.contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("comment", "请核对"))
          .exchange()
          .expectStatus()
          .isOk();
    } else {
      spec.exchange().expectStatus().isOk();
    }
  }

  private static String path(String report) {
    return "/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + report;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> reporting(WebTestClient who, boolean submitted) {
    Map<String, Object> body =
        who.get()
            .uri(
                "/api/v1/tenants/"
                    + TENANT
                    + "/progress?period=2020"
                    + (submitted ? "&include=submitted" : ""))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    List<Map<String, Object>> indicators = (List<Map<String, Object>>) body.get("indicators");
    return (Map<String, Object>)
        indicators.stream()
            .filter(i -> FORM.equals(i.get("formCode")))
            .findFirst()
            .orElseThrow()
            .get("reporting");
  }

  private long reported(WebTestClient who, boolean submitted) {
    return ((Number) reporting(who, submitted).get("reported")).longValue();
  }

  private long expected(WebTestClient who) {
    return ((Number) reporting(who, false).get("expected")).longValue();
  }

  private void rebuild() {
    assertThat(rebuilds.tenant(TENANT, true).collectList().block())
        .isNotEmpty()
        .allMatch(RollupRebuilds.FormBuild::rebuilt);
  }

  /** When the XB-COMMUNITY roll-up was built, or null when it is stale. */
  private String builtAt() {
    return database
        .inTenantOne(
            TENANT,
            db ->
                db.sql(
                        "SELECT built_at::text AS b FROM progress_rollup_state"
                            + " WHERE tenant_id = :t AND form_code = :f")
                    .bind("t", TENANT)
                    .bind("f", FORM)
                    .map(r -> r.get("b", String.class))
                    .one())
        .block();
  }

  /** Every roll-up row of the form, its sums written without trailing zeros. */
  private Map<String, List<String>> rows() {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    database
        .inTenant(
            TENANT,
            db ->
                db.sql(
                        "SELECT basis, period, group_id, array_to_string(path, '/') AS path,"
                            + " measures FROM progress_rollup WHERE tenant_id = :t"
                            + " AND form_code = :f ORDER BY basis, period, group_id")
                    .bind("t", TENANT)
                    .bind("f", FORM)
                    .map(
                        r ->
                            Map.entry(
                                String.join(
                                    " ",
                                    r.get("basis", String.class),
                                    r.get("period", String.class),
                                    r.get("group_id", String.class),
                                    r.get("path", String.class)),
                                Arrays.stream(r.get("measures", BigDecimal[].class))
                                    .map(x -> x.stripTrailingZeros().toPlainString())
                                    .toList()))
                    .all())
        .doOnNext(e -> rows.put(e.getKey(), e.getValue()))
        .blockLast();
    return rows;
  }

  /** The roll-up's sums equal one pass over the reports, for both bases and each street. */
  private boolean rollUpAgreesWithTheReports() {
    Plan plan = registry.plan(PLAN).map(LoadedPlan::plan).orElseThrow();
    var spec =
        ProgressService.forms(plan, plan.indicators()).stream()
            .filter(f -> f.formCode().equals(FORM))
            .findFirst()
            .orElseThrow();
    for (boolean submitted : List.of(false, true)) {
      for (String root : Arrays.asList(null, "S1-" + s, "S2-" + s)) {
        var selection =
            new ProgressQuery.Selection(
                TENANT,
                List.of(2019, 2020),
                root,
                root == null ? null : org.shequ.plan.api.OrgUnitLevel.STREET,
                false,
                submitted);
        var viaRollup =
            database.inTenant(TENANT, db -> rollup.read(db, selection, spec)).collectList().block();
        var direct =
            database
                .inTenant(TENANT, db -> query.direct(db, selection, spec))
                .collectList()
                .block();
        assertThat(viaRollup).as("root %s submitted %s", root, submitted).hasSize(2);
        assertThat(viaRollup).containsExactlyInAnyOrderElementsOf(direct);
      }
      // Drill-down from the region to its streets.
      var streets =
          new ProgressQuery.Selection(TENANT, List.of(2020), TENANT, null, true, submitted);
      var viaRollup =
          database.inTenant(TENANT, db -> rollup.children(db, streets, spec).flux()).blockLast();
      var direct =
          database.inTenant(TENANT, db -> query.direct(db, streets, spec)).collectList().block();
      assertThat(viaRollup).as("streets, submitted %s", submitted).isNotNull();
      assertThat(viaRollup).containsExactlyInAnyOrderElementsOf(direct);
      assertThat(viaRollup).extracting(ProgressQuery.FormRow::branch).contains("S1-" + s);
    }
    return true;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
