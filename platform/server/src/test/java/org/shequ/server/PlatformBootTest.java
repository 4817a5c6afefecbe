package org.shequ.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.MediaType;

/** The server as the README starts it: schema applied, plugins loaded, tenants provisioned. */
class PlatformBootTest extends ShequServerTest {
  @Test
  void healthIsUpWithTheDatabase() {
    // The components are shown to platform admins only.
    platformAdmin()
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.r2dbc.status")
        .isEqualTo("UP");
  }

  @Test
  void servesEveryPlanOfThePlugins() {
    client
        .get()
        .uri("/api/v1/plans")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .value(
            ids ->
                assertThat(ids)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .containsExactlyInAnyOrder(
                        "changzhou-xinbei-2016-2020",
                        "jiexiu-2018-2020",
                        "national-2016-2020",
                        "xiamen-2016-2020",
                        "zhejiang-2016-2020"))
        .jsonPath("$[?(@.id == 'zhejiang-2016-2020')].counts.indicators")
        .value(n -> assertThat(n.toString()).isNotEqualTo("[0]"));
  }

  @Test
  void everyPluginLoaded() {
    platformAdmin()
        .get()
        .uri("/api/v1/plugins")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.status == 'REFUSED')]")
        .isEmpty()
        .jsonPath("$.length()")
        .isEqualTo(5);
  }

  @Test
  void provisionsTheFourTenants() {
    nationalAnalyst()
        .get()
        .uri("/api/v1/tenants")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .value(
            ids ->
                assertThat(ids)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains("changzhou-xinbei", "jiexiu", "xiamen", "zhejiang"))
        .jsonPath("$[?(@.id == 'jiexiu')].divisionCode")
        .isEqualTo("140781")
        .jsonPath("$[?(@.id == 'zhejiang')].plans[0]")
        .isEqualTo("zhejiang-2016-2020");
  }

  @Test
  void theWholePlanHasIndicatorsTasksAndFormsAtTopLevel() {
    client
        .get()
        .uri("/api/v1/plans/zhejiang-2016-2020")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.indicators[0].code")
        .exists()
        .jsonPath("$.indicators[0].provenance.originalText")
        .exists()
        .jsonPath("$.indicators[0].computation.kind")
        .exists()
        .jsonPath("$.tasks[0].title.zh")
        .exists()
        .jsonPath("$.forms[0].fields[0].type")
        .exists();
  }

  @Test
  void nationalCatalogueIsPublic() {
    client
        .get()
        .uri("/api/v1/national-indicators")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.code == 'URBAN_SERVICE_FACILITY_COVERAGE')].benchmarks[0].value.value")
        .isEqualTo(96.4);
  }

  @Test
  void anUnknownPlanIsAProblemInTheCallersLanguage() {
    client
        .get()
        .uri("/api/v1/plans/nowhere-2016-2020")
        .header("Accept-Language", "zh-CN")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("规划“nowhere-2016-2020”不存在")
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:not-found");
  }

  @Test
  void servesAnOpenApiDocumentOfTheRoutes() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.info.title")
        .isEqualTo("Shequ 社区 API")
        .jsonPath("$.paths['/api/v1/plans/{planId}'].get")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/tenants/{tenantId}/reports/{formCode}/{orgUnitId}/{period}'].put")
        .exists()
        .jsonPath("$.components.securitySchemes.bearer.scheme")
        .isEqualTo("bearer");
  }
}
