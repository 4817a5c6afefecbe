package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.LocalizedText;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a region admin sees of Jiexiu's per-unit targets and of coverage over the registry: shares
 * of communities in %, the clause each community is held to, communities of unknown population
 * counted, and no judgement when too few communities reported.
 */
class ProgressNewSemanticsTest extends ShequServerTest {
  @Autowired TenantDatabase tenantDatabase;
  @Autowired PlanRegistry registry;

  private String s;

  @BeforeEach
  void units() {
    s = UUID.randomUUID().toString().substring(0, 8);
    var jiexiu = new ReportFixtures(tenantDatabase, "test-jiexiu");
    jiexiu.unit("R-" + s, "REGION", null, null, null);
    jiexiu.unit("S-" + s, "STREET", "R-" + s, null, null);
    jiexiu.unit("U1-" + s, "COMMUNITY", "S-" + s, "URBAN", 5000);
    jiexiu.unit("U2-" + s, "COMMUNITY", "S-" + s, "URBAN", 6000);
    jiexiu.unit("V1-" + s, "COMMUNITY", "S-" + s, "RURAL", 2000);
    jiexiu.unit("V2-" + s, "COMMUNITY", "S-" + s, "RURAL", null);
    jiexiu.unit("V3-" + s, "COMMUNITY", "S-" + s, "RURAL", 4000);
    for (String[] r :
        List.of(
            new String[] {"U1", "{\"has_service_facility\":true,\"social_orgs\":12}"},
            new String[] {"V1", "{\"has_service_facility\":true,\"social_orgs\":2}"},
            new String[] {"V2", "{\"has_service_facility\":true,\"social_orgs\":9}"},
            new String[] {"V3", "{\"has_service_facility\":false,\"social_orgs\":4}"})) {
      jiexiu.report(
          "JX-COMMUNITY", r[0] + "-" + s, "2019", 1, "APPROVED", "jiexiu-2018-2020", r[1]);
    }
  }

  private LocalizedText clauseOfThePlan() {
    return registry
        .plan("jiexiu-2018-2020")
        .orElseThrow()
        .plan()
        .indicator("JX-COMMUNITY-SOCIAL-ORGS")
        .orElseThrow()
        .perUnitClause()
        .orElseThrow();
  }

  private Map<?, ?> get(String uri) {
    return regionAdmin("test-jiexiu")
        .get()
        .uri(uri)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private Map<?, ?> indicator(Map<?, ?> view, String code) {
    return ((List<?>) view.get("indicators"))
        .stream()
            .map(o -> (Map<?, ?>) o)
            .filter(m -> code.equals(m.get("code")))
            .findFirst()
            .orElseThrow();
  }

  private static BigDecimal number(Object o) {
    return new BigDecimal(o.toString());
  }

  @Test
  void aPerUnitTargetShowsTheShareOfCommunitiesAndTheClauseAsThePlanStatesIt() {
    Map<?, ?> view = get("/api/v1/tenants/test-jiexiu/progress?period=2019&orgUnit=R-" + s);
    Map<?, ?> orgs = indicator(view, "JX-COMMUNITY-SOCIAL-ORGS");
    // U1 12 ≥ 10 and V1 2 ≥ 2 meet; V3 4 < 5 does not; V2's population is unknown.
    assertThat(number(orgs.get("actual"))).isEqualByComparingTo("66.6667");
    assertThat(orgs.get("unit")).isEqualTo(Map.of("zh", "%", "en", "%"));
    // The clause as plan-api states it for this plan, with each community's own figure.
    Map<?, ?> clause = (Map<?, ?>) orgs.get("perUnitClause");
    assertThat(clause.get("zh")).isEqualTo(clauseOfThePlan().zh());
    assertThat(clause.get("en")).isEqualTo(clauseOfThePlan().en());
    assertThat((String) clause.get("zh"))
        .contains("≥ 10 个/社区", "≥ 2 个/社区", "≥ 5 个/社区")
        .doesNotContain("人/");
    assertThat((String) clause.get("en")).contains("≥ 10 count per community");
    assertThat(orgs.get("reports")).isEqualTo(3);
    assertThat(orgs.get("unknown")).isEqualTo(1);
    assertThat(((Map<?, ?>) orgs.get("target")).get("text")).isEqualTo("≥ 100");
    // Four of five communities reported (80 %): judged, and two-thirds is far from all.
    assertThat(orgs.get("reporting")).isEqualTo(Map.of("expected", 5, "reported", 4, "rate", 80.0));
    assertThat(orgs.get("status")).isEqualTo("at_risk");
    assertThat(number(view.get("minimumReportingRate"))).isEqualByComparingTo("80");
  }

  @Test
  void coverageIsNotJudgedWhenTooFewCommunitiesOfItsScopeReported() {
    Map<?, ?> view = get("/api/v1/tenants/test-jiexiu/progress?period=2019&orgUnit=R-" + s);
    Map<?, ?> urban = indicator(view, "JX-URBAN-FACILITY-COVERAGE");
    // One of the two urban communities reported: its 100 % says little about the other.
    assertThat(number(urban.get("actual"))).isEqualByComparingTo("100");
    assertThat(urban.get("reporting"))
        .isEqualTo(Map.of("expected", 2, "reported", 1, "rate", 50.0));
    assertThat(urban.get("status")).isEqualTo("insufficient_data");
    Map<?, ?> rural = indicator(view, "JX-RURAL-FACILITY-COVERAGE");
    assertThat(((Map<?, ?>) rural.get("reporting")).get("expected")).isEqualTo(3);
    assertThat(rural.get("status")).isNotEqualTo("insufficient_data");
  }

  @Test
  void drillDownAndExportsShowTheShareTheClauseAndTheUnknownUnits() {
    Map<?, ?> children =
        get(
            "/api/v1/tenants/test-jiexiu/progress/JX-COMMUNITY-SOCIAL-ORGS/children?period=2019"
                + "&orgUnit=R-"
                + s);
    assertThat(children.get("unit")).isEqualTo(Map.of("zh", "%", "en", "%"));
    assertThat(((Map<?, ?>) children.get("perUnitClause")).get("zh"))
        .isEqualTo(clauseOfThePlan().zh());
    Map<?, ?> street = (Map<?, ?>) ((List<?>) children.get("children")).get(0);
    assertThat(number(street.get("actual"))).isEqualByComparingTo("66.6667");
    assertThat(street.get("unknown")).isEqualTo(1);

    String csv =
        new String(
            regionAdmin("test-jiexiu")
                .get()
                .uri("/api/v1/tenants/test-jiexiu/progress?period=2019&format=csv&orgUnit=R-" + s)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8);
    String line =
        csv.lines()
            .filter(l -> l.startsWith("JX-COMMUNITY-SOCIAL-ORGS,"))
            .findFirst()
            .orElseThrow();
    assertThat(line)
        .contains(",%,66.6667,")
        .contains(clauseOfThePlan().zh() + ",1,")
        .doesNotContain("个,66.6667");
    assertThat(csv.lines().filter(l -> l.startsWith("JX-URBAN-FACILITY-COVERAGE,")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("数据不足"));
  }
}
