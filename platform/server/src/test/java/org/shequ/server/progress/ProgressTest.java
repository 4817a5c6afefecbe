package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.FormValues;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.UnitReport;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.security.Role;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

class ProgressTest extends ShequServerTest {
  @Autowired TenantDatabase tenantDatabase;
  @Autowired PlanRegistry registry;

  private String s;
  private ReportFixtures jiexiu;

  @BeforeEach
  void units() {
    s = UUID.randomUUID().toString().substring(0, 8);
    jiexiu = new ReportFixtures(tenantDatabase, "test-jiexiu");
    jiexiu.unit("R-" + s, "REGION", null, null, null);
    jiexiu.unit("S-" + s, "STREET", "R-" + s, null, null);
    jiexiu.unit("C1-" + s, "COMMUNITY", "S-" + s, "URBAN", 5000);
    jiexiu.unit("C2-" + s, "COMMUNITY", "S-" + s, "RURAL", 2000);
    jiexiu.unit("C3-" + s, "COMMUNITY", "S-" + s, "RURAL", 3000);
    jiexiu.unit("C4-" + s, "COMMUNITY", "S-" + s, "RURAL", 4000);
    approve(
        "C1",
        "{\"has_service_facility\":true,\"facility_area\":600,\"social_orgs\":12,"
            + "\"info_platform_applied\":true}");
    approve(
        "C2", "{\"has_service_facility\":true,\"social_orgs\":2,\"info_platform_applied\":false}");
    approve(
        "C3", "{\"has_service_facility\":false,\"social_orgs\":4,\"info_platform_applied\":true}");
  }

  private void approve(String unit, String json) {
    jiexiu.report("JX-COMMUNITY", unit + "-" + s, "2019", 1, "APPROVED", "jiexiu-2018-2020", json);
  }

  private Map<String, Map<String, Object>> progress(WebTestClient client, String query) {
    List<Map<String, Object>> indicators =
        client
                    .get()
                    .uri("/api/v1/tenants/test-jiexiu/progress?period=2019&orgUnit=R-" + s + query)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody()
                    .get("indicators")
                instanceof List<?> l
            ? (List<Map<String, Object>>) l
            : List.of();
    Map<String, Map<String, Object>> byCode = new java.util.HashMap<>();
    indicators.forEach(i -> byCode.put((String) i.get("code"), i));
    return byCode;
  }

  private static BigDecimal actual(Map<String, Object> indicator) {
    Object a = indicator.get("actual");
    return a == null ? null : new BigDecimal(a.toString());
  }

  @Test
  void jiexiuFiguresMatchHandComputationAndTheReferenceEvaluation() {
    var p = progress(regionAdmin("test-jiexiu"), "");
    // C1 urban 12 ≥ 10, C2 rural <3000 2 ≥ 2, C3 rural =3000 4 < 5: two of three.
    assertThat(actual(p.get("JX-COMMUNITY-SOCIAL-ORGS"))).isEqualByComparingTo("66.6667");
    assertThat(actual(p.get("JX-RURAL-FACILITY-COVERAGE"))).isEqualByComparingTo("50.0000");
    assertThat(actual(p.get("JX-URBAN-FACILITY-COVERAGE"))).isEqualByComparingTo("100");
    assertThat(actual(p.get("JX-INFO-PLATFORM-COVERAGE"))).isEqualByComparingTo("66.6667");
    assertThat(actual(p.get("JX-SOCIAL-ORGS-PER-COMMUNITY"))).isEqualByComparingTo("6.0000");
    assertThat(p.get("JX-URBAN-FACILITY-COVERAGE").get("status")).isEqualTo("achieved");
    // Two of the three rural communities reported, below the 80 % that a judgement needs.
    assertThat(p.get("JX-RURAL-FACILITY-COVERAGE").get("status")).isEqualTo("insufficient_data");
    assertThat(p.get("JX-SOCIAL-ORGS-PER-COMMUNITY").get("status")).isEqualTo("no_target");
    @SuppressWarnings("unchecked")
    var reporting = (Map<String, Object>) p.get("JX-RURAL-FACILITY-COVERAGE").get("reporting");
    assertThat(reporting).containsEntry("expected", 3).containsEntry("reported", 2);
    assertThat(new BigDecimal(reporting.get("rate").toString())).isEqualByComparingTo("66.6667");
    // The whole form: four communities, three reported.
    @SuppressWarnings("unchecked")
    var all = (Map<String, Object>) p.get("JX-INFO-PLATFORM-COVERAGE").get("reporting");
    assertThat(all).containsEntry("expected", 4).containsEntry("reported", 3);

    Plan plan = registry.plan("jiexiu-2018-2020").orElseThrow().plan();
    List<UnitReport> reports =
        List.of(
            report(
                "C1",
                AreaType.URBAN,
                5000,
                Map.of(
                    "has_service_facility",
                    true,
                    "facility_area",
                    new BigDecimal("600"),
                    "social_orgs",
                    new BigDecimal("12"),
                    "info_platform_applied",
                    true)),
            report(
                "C2",
                AreaType.RURAL,
                2000,
                Map.of(
                    "has_service_facility",
                    true,
                    "social_orgs",
                    new BigDecimal("2"),
                    "info_platform_applied",
                    false)),
            report(
                "C3",
                AreaType.RURAL,
                3000,
                Map.of(
                    "has_service_facility",
                    false,
                    "social_orgs",
                    new BigDecimal("4"),
                    "info_platform_applied",
                    true)));
    for (Indicator i : plan.indicators()) {
      if (!i.computation().formCode().equals("JX-COMMUNITY")) {
        continue;
      }
      var reference = i.evaluate(reports);
      BigDecimal got = actual(p.get(i.code()));
      if (reference.number() == null) {
        assertThat(got).as(i.code()).isNull();
      } else {
        assertThat(got).as(i.code()).isEqualByComparingTo(reference.number());
      }
    }
  }

  private UnitReport report(String unit, AreaType area, int population, Map<String, Object> v) {
    return new UnitReport(
        OrgUnitProfile.community(unit + "-" + s, area, population), new FormValues(v));
  }

  @Test
  void submittedReportsCountOnlyOnRequestAndApprovalsShowAtOnce() {
    jiexiu.report(
        "JX-COMMUNITY",
        "C4-" + s,
        "2019",
        1,
        "SUBMITTED",
        "jiexiu-2018-2020",
        "{\"has_service_facility\":true,\"social_orgs\":5}");
    var admin = regionAdmin("test-jiexiu");
    assertThat(actual(progress(admin, "").get("JX-RURAL-FACILITY-COVERAGE")))
        .isEqualByComparingTo("50");
    assertThat(actual(progress(admin, "&include=submitted").get("JX-RURAL-FACILITY-COVERAGE")))
        .isEqualByComparingTo("66.6667");
    jiexiu.report(
        "JX-COMMUNITY",
        "C4-" + s,
        "2019",
        2,
        "APPROVED",
        "jiexiu-2018-2020",
        "{\"has_service_facility\":true,\"social_orgs\":5}");
    assertThat(actual(progress(admin, "").get("JX-RURAL-FACILITY-COVERAGE")))
        .isEqualByComparingTo("66.6667");
    // A later draft does not withdraw the approved figures.
    jiexiu.report(
        "JX-COMMUNITY",
        "C4-" + s,
        "2019",
        3,
        "DRAFT",
        "jiexiu-2018-2020",
        "{\"has_service_facility\":false}");
    assertThat(actual(progress(admin, "").get("JX-RURAL-FACILITY-COVERAGE")))
        .isEqualByComparingTo("66.6667");
  }

  @Test
  void drillDownListsStreetsAndReportersStayInTheirSubtree() {
    Map<?, ?> body =
        regionAdmin("test-jiexiu")
            .get()
            .uri(
                "/api/v1/tenants/test-jiexiu/progress/JX-RURAL-FACILITY-COVERAGE/children?period=2019"
                    + "&orgUnit=R-"
                    + s)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    List<?> children = (List<?>) body.get("children");
    assertThat(children).hasSize(1);
    assertThat(((Map<?, ?>) children.get(0)).get("orgUnit")).isEqualTo("S-" + s);
    assertThat(new BigDecimal(((Map<?, ?>) children.get(0)).get("actual").toString()))
        .isEqualByComparingTo("50");

    var reporter = as("rep-" + s, "test-jiexiu", "C2-" + s, Role.REPORTER);
    // Outside its subtree is answered as if the unit did not exist.
    reporter
        .get()
        .uri("/api/v1/tenants/test-jiexiu/progress?period=2019&orgUnit=R-" + s)
        .exchange()
        .expectStatus()
        .isNotFound();
    Map<?, ?> own =
        reporter
            .get()
            .uri("/api/v1/tenants/test-jiexiu/progress?period=2019")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(own.get("orgUnit")).isEqualTo("C2-" + s);
    as("rep-" + s, "xiamen", "X", Role.REPORTER)
        .get()
        .uri("/api/v1/tenants/test-jiexiu/progress?period=2019")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void stageIndicatorComparesStagesByOrder() {
    var xinbei = new ReportFixtures(tenantDatabase, "test-xinbei");
    xinbei.unit("XR-" + s, "REGION", null, null, null);
    xinbei.report(
        "XB-REGION",
        "XR-" + s,
        "2018",
        1,
        "APPROVED",
        "changzhou-xinbei-2016-2020",
        "{\"community_size_stage\":\"ADJUSTED\"}");
    xinbei.report(
        "XB-REGION",
        "XR-" + s,
        "2019",
        1,
        "APPROVED",
        "changzhou-xinbei-2016-2020",
        "{\"community_size_stage\":\"ADJUSTED\"}");
    for (var c : List.of(new String[] {"2018", "on_track"}, new String[] {"2019", "at_risk"})) {
      List<?> list =
          (List<?>)
              regionAdmin("test-xinbei")
                  .get()
                  .uri("/api/v1/tenants/test-xinbei/progress?period=" + c[0] + "&orgUnit=XR-" + s)
                  .exchange()
                  .expectStatus()
                  .isOk()
                  .expectBody(Map.class)
                  .returnResult()
                  .getResponseBody()
                  .get("indicators");
      Map<?, ?> size =
          list.stream()
              .map(o -> (Map<?, ?>) o)
              .filter(m -> m.get("code").equals("XB-COMMUNITY-SIZE"))
              .findFirst()
              .orElseThrow();
      assertThat(size.get("actualStage")).isEqualTo("ADJUSTED");
      assertThat(size.get("status")).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void csvExportHasChineseHeadersAndABom() {
    byte[] csv =
        regionAdmin("test-jiexiu")
            .get()
            .uri("/api/v1/tenants/test-jiexiu/progress?period=2019&format=csv&orgUnit=R-" + s)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF指标代码,指标名称,单位,实际值");
    assertThat(text).contains("JX-COMMUNITY-SOCIAL-ORGS,").contains("66.6667");
  }

  @Test
  void maintainedRollUpEqualsTheRebuildAfterConcurrentInserts() throws Exception {
    String[] statuses = {"DRAFT", "SUBMITTED", "APPROVED", "RETURNED"};
    List<int[]> writes = new ArrayList<>();
    for (int unit = 1; unit <= 4; unit++) {
      for (int v = 1; v <= 12; v++) {
        writes.add(new int[] {unit, v});
      }
    }
    java.util.Collections.shuffle(writes);
    Flux.fromIterable(writes)
        .flatMap(
            w ->
                reactor.core.publisher.Mono.fromRunnable(
                        () ->
                            jiexiu.report(
                                "JX-STREET",
                                "C" + w[0] + "-" + s,
                                "2020",
                                w[1],
                                statuses[(w[0] + w[1]) % 4],
                                "jiexiu-2018-2020",
                                "{\"social_work_posts\":" + w[1] + "}"))
                    .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()),
            8)
        .blockLast();
    String select =
        "SELECT org_unit_id, version, status, field_values::text, approved_version,"
            + " approved_values::text FROM report_current WHERE tenant_id = 'test-jiexiu'"
            + " AND form_code = 'JX-STREET' AND org_unit_id LIKE '%-"
            + s
            + "' ORDER BY 1";
    var db = database();
    try (var c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
      List<List<Object>> maintained = rows(c, select);
      assertThat(maintained).hasSize(4);
      for (List<Object> r : maintained) {
        assertThat(r.get(1)).isEqualTo(12);
        assertThat((Integer) r.get(4)).isBetween(9, 12);
      }
      try (var st = c.createStatement()) {
        st.execute("SELECT rebuild_report_current()");
      }
      assertThat(rows(c, select)).isEqualTo(maintained);
    }
  }

  @Test
  void oneStatementInsertingSeveralVersionsOfAReportKeepsTheHighestOfEach() throws Exception {
    String unit = "C1-" + s;
    tenantDatabase
        .inTenant(
            "test-jiexiu",
            c ->
                c.sql(
                        """
                        INSERT INTO report_version (tenant_id, form_code, org_unit_id, period,
                          version, plan_id, status, action, field_values, actor)
                        SELECT 'test-jiexiu', 'JX-STREET', :u, '2019', v, 'jiexiu-2018-2020',
                               (ARRAY['APPROVED', 'RETURNED', 'APPROVED', 'SUBMITTED'])[v],
                               'SAVE', jsonb_build_object('social_work_posts', v), 'test'
                        FROM generate_series(4, 1, -1) AS v
                        """)
                    .bind("u", unit)
                    .then())
        .blockLast();
    String select =
        "SELECT org_unit_id, version, status, field_values::text, approved_version,"
            + " approved_values::text FROM report_current WHERE tenant_id = 'test-jiexiu'"
            + " AND form_code = 'JX-STREET' AND period = '2019' AND org_unit_id = '"
            + unit
            + "'";
    var db = database();
    try (var c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
      List<List<Object>> maintained = rows(c, select);
      assertThat(maintained)
          .containsExactly(
              List.of(
                  unit,
                  4,
                  "SUBMITTED",
                  "{\"social_work_posts\": 4}",
                  3,
                  "{\"social_work_posts\": 3}"));
      try (var st = c.createStatement()) {
        st.execute("SELECT rebuild_report_current()");
      }
      assertThat(rows(c, select)).isEqualTo(maintained);
    }
  }

  @Test
  void anApprovedLatestVersionKeepsItsValuesOnceAndANewerDraftKeepsTheApprovedOnes()
      throws Exception {
    String unit = "C4-" + s;
    String select =
        "SELECT org_unit_id, version, status, field_values::text, approved_version,"
            + " approved_values::text FROM report_current WHERE tenant_id = 'test-jiexiu'"
            + " AND form_code = 'JX-COMMUNITY' AND period = '2019' AND org_unit_id = '"
            + unit
            + "'";
    String approvedRead =
        "SELECT report_current_approved_values(rc)::text FROM report_current rc"
            + " WHERE tenant_id = 'test-jiexiu' AND form_code = 'JX-COMMUNITY'"
            + " AND period = '2019' AND org_unit_id = '"
            + unit
            + "'";
    String with = "{\"has_service_facility\": true}";
    String without = "{\"has_service_facility\": false}";
    var admin = regionAdmin("test-jiexiu");
    var db = database();
    try (var c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
      report(unit, 1, "APPROVED", with);
      assertThat(rows(c, select))
          .as("the approved latest version: its values once, in field_values")
          .containsExactly(Arrays.asList(unit, 1, "APPROVED", with, 1, null));
      assertThat(single(c, approvedRead)).isEqualTo(with);
      // Rural communities with a facility: C2 and C4 of C2–C4.
      assertThat(actual(progress(admin, "").get("JX-RURAL-FACILITY-COVERAGE")))
          .isEqualByComparingTo("66.6667");

      report(unit, 2, "DRAFT", without);
      assertThat(rows(c, select))
          .as("a newer draft: the approved values are kept beside it")
          .containsExactly(List.of(unit, 2, "DRAFT", without, 1, with));
      assertThat(single(c, approvedRead)).isEqualTo(with);
      assertThat(actual(progress(admin, "").get("JX-RURAL-FACILITY-COVERAGE")))
          .isEqualByComparingTo("66.6667");
      List<List<Object>> maintained = rows(c, select);
      try (var st = c.createStatement()) {
        st.execute("SELECT rebuild_report_current()");
      }
      assertThat(rows(c, select)).isEqualTo(maintained);

      report(unit, 3, "APPROVED", without);
      assertThat(rows(c, select))
          .containsExactly(Arrays.asList(unit, 3, "APPROVED", without, 3, null));
      assertThat(actual(progress(admin, "").get("JX-RURAL-FACILITY-COVERAGE")))
          .isEqualByComparingTo("33.3333");
      // Approved over approved: the reads take the newer approved values.
      report(unit, 4, "APPROVED", with);
      assertThat(actual(progress(admin, "").get("JX-RURAL-FACILITY-COVERAGE")))
          .isEqualByComparingTo("66.6667");

      try (var st = c.createStatement()) {
        assertThatThrownBy(
                () ->
                    st.execute(
                        "UPDATE report_current SET approved_values = field_values"
                            + " WHERE org_unit_id = '"
                            + unit
                            + "'"))
            .as("the check refuses a second copy of the approved latest values")
            .hasMessageContaining("approved_values_only_below_latest");
      }
    }
  }

  private void report(String unit, int version, String status, String json) {
    jiexiu.report("JX-COMMUNITY", unit, "2019", version, status, "jiexiu-2018-2020", json);
  }

  private static String single(java.sql.Connection c, String sql) throws Exception {
    try (var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static List<List<Object>> rows(java.sql.Connection c, String sql) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
    }
    return out;
  }
}
