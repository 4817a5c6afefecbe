package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a dashboard draws from one progress answer: Zhejiang's cards under the plan's own groups,
 * each figure with its clause of the document, every milestone, the stages of a step chart, the
 * plan's years, and a trend of three years of reports made through the report API.
 */
class ProgressDashboardFiguresTest extends ShequServerTest {
  private static final String TENANT = "zhejiang";
  private static final String FORM = "ZJ-COMMUNITY";

  private String s;

  /** A street of the real Zhejiang tenant with two urban communities, made through the API. */
  @BeforeEach
  void units() {
    s = UUID.randomUUID().toString().substring(0, 8);
    unit(
        Map.of(
            "id",
            "ZS-" + s,
            "level",
            "STREET",
            "name",
            Map.of("zh", "测试街道"),
            "effective",
            "2016-01-01"));
    for (String c : List.of("ZC1-", "ZC2-")) {
      unit(
          Map.of(
              "id",
              c + s,
              "parentId",
              "ZS-" + s,
              "level",
              "COMMUNITY",
              "area",
              "URBAN",
              "name",
              Map.of("zh", "测试社区"),
              "population",
              5000,
              "effective",
              "2016-01-01"));
    }
  }

  private void unit(Map<String, Object> unit) {
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/" + TENANT + "/org-units")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(unit)
        .exchange()
        .expectStatus()
        .isCreated();
  }

  /**
   * A community's report for the year, saved and submitted by its reporter, approved by the admin.
   */
  private void approved(String community, int year, boolean onPlatform) {
    String path = "/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + community + "/" + year;
    WebTestClient reporter = as("rep-" + community, TENANT, community, Role.REPORTER);
    reporter
        .put()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", values(onPlatform)))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    reporter
        .post()
        .uri(path + "/submit")
        .header("If-Match", "\"1\"")
        .exchange()
        .expectStatus()
        .isOk();
    regionAdmin(TENANT)
        .post()
        .uri(path + "/approve")
        .header("If-Match", "\"2\"")
        .exchange()
        .expectStatus()
        .isOk();
  }

  private static Map<String, Object> values(boolean onPlatform) {
    Map<String, Object> v = new HashMap<>();
    v.put("community_workers", 10);
    v.put("certified_social_workers", 2);
    v.put("workers_trained_40h", 10);
    v.put("has_service_centre", true);
    v.put("on_info_platform", onPlatform);
    v.put("social_orgs", 8);
    v.put("covered_by_hub_org", true);
    v.put("has_sw_studio", true);
    v.put("served_by_sw_agency", false);
    v.put("registered_volunteers", 100);
    v.put("has_consultation_council", true);
    v.put("has_rules_or_charter", true);
    v.put("committee_directly_elected", true);
    return v;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> progress(int period) {
    // The first read of a tenant builds its roll-ups; on a busy machine that takes a while.
    return regionAdmin(TENANT)
        .mutate()
        .responseTimeout(Duration.ofSeconds(60))
        .build()
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/progress?period=" + period + "&orgUnit=ZS-" + s)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> indicator(Map<String, Object> view, String code) {
    return ((List<Map<String, Object>>) view.get("indicators"))
        .stream()
            .filter(i -> code.equals(i.get("code")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  private static BigDecimal number(Object o) {
    return o == null ? null : new BigDecimal(o.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCardsComeUnderThePlansGroupsInItsOrderEachIndicatorInOneOrNone() {
    Map<String, Object> view = progress(2018);

    List<Map<String, Object>> groups = (List<Map<String, Object>>) view.get("groups");
    assertThat(groups)
        .extracting(g -> g.get("code"))
        .containsExactly(
            "ZJ-G-TABLE",
            "ZJ-G-SELF-GOVERNANCE",
            "ZJ-G-CONSULTATION",
            "ZJ-G-THREE-SOCIETIES",
            "ZJ-G-RURAL",
            "ZJ-G-FUNDING",
            "ZJ-G-TALENT");
    Map<String, Object> talent = groups.get(6);
    assertThat((Map<String, Object>) talent.get("name"))
        .containsEntry("zh", "人才保障")
        .containsEntry("en", "Talent");
    assertThat((Map<String, Object>) talent.get("provenance"))
        .containsEntry("section", "五(三)")
        .containsEntry("originalText", "(三)人才保障")
        .containsEntry("derivation", "STATED");
    assertThat((List<String>) talent.get("indicators"))
        .containsExactly(
            "ZJ-SW-TRAINING", "ZJ-SW-SUPERVISORS", "ZJ-VOLUNTEERS", "ZJ-VOLUNTEER-RATE");
    assertThat((List<String>) groups.get(0).get("indicators")).hasSize(20).contains("ZJ-04-URBAN");

    assertThat(indicator(view, "ZJ-04-URBAN").get("group")).isEqualTo("ZJ-G-TABLE");
    assertThat(indicator(view, "ZJ-VOLUNTEERS").get("group")).isEqualTo("ZJ-G-TALENT");
    // Measures read from the review of the last period sit under no heading: "other indicators".
    // (Null fields are left out of the JSON, as everywhere in the API.)
    assertThat(indicator(view, "ZJ-CERTIFIED-SHARE").get("group")).isNull();
    assertThat(indicator(view, "ZJ-CERTIFIED-SHARE")).containsKey("provenance");
    assertThat((Map<String, Object>) view.get("planPeriod"))
        .containsEntry("from", 2016)
        .containsEntry("to", 2020);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFigureOpensItsClauseAndEveryMilestoneAndStageIsThere() {
    Map<String, Object> catalogue = indicator(progress(2017), "ZJ-01");

    assertThat((Map<String, Object>) catalogue.get("provenance"))
        .containsEntry("section", "附件 浙江省城乡社区治理“十三五”规划指标汇总表")
        .containsEntry("originalText", "社区公共服务相关标准目录")
        .containsEntry("derivation", "STATED");
    List<Map<String, Object>> milestones = (List<Map<String, Object>>) catalogue.get("milestones");
    assertThat(milestones).hasSize(1);
    Map<String, Object> due2017 = milestones.get(0);
    assertThat(due2017)
        .containsEntry("year", 2017)
        .containsEntry("comparator", "AT_LEAST")
        .containsEntry("stage", "REFERENCE_CATALOGUE_DRAWN_UP");
    Map<String, Object> clause = (Map<String, Object>) due2017.get("provenance");
    assertThat(clause)
        .containsEntry("section", "四(一)1")
        .containsEntry("derivation", "STATED")
        .containsEntry("note", "issued early in 2017 (2017年初), so due by the 2017 report");
    assertThat((String) clause.get("originalText")).contains("2017年初出台社区公共服务相关标准目录");
    // The milestone is what 2017 expects, with the same clause; the target has the table's cell.
    assertThat(catalogue.get("expectedSource")).isEqualTo("milestone");
    assertThat((Map<String, Object>) catalogue.get("expected")).containsEntry("provenance", clause);
    assertThat(
            (Map<String, Object>) ((Map<String, Object>) catalogue.get("target")).get("provenance"))
        .containsEntry("originalText", "制订参考目录");
    assertThat(
            (Map<String, Object>)
                ((Map<String, Object>) catalogue.get("baseline")).get("provenance"))
        .containsEntry("originalText", "未制订");
    assertThat((List<Map<String, Object>>) catalogue.get("stages"))
        .extracting(st -> st.get("code"))
        .containsExactly("NOT_DRAWN_UP", "REFERENCE_CATALOGUE_DRAWN_UP");
    assertThat(((List<Map<String, Object>>) catalogue.get("stages")).get(1).get("name"))
        .isEqualTo(Map.of("zh", "制订参考目录", "en", "Reference catalogue drawn up"));

    // A step between baseline and target that the plan does not state has no clause.
    Map<String, Object> platform = indicator(progress(2017), "ZJ-04-URBAN");
    assertThat(platform.get("stages")).isEqualTo(List.of());
    assertThat(platform.get("milestones")).isEqualTo(List.of());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theHistoryHasEveryYearOfThePlanUpToThePeriodFromReportsMadeThroughTheApi() {
    approved("ZC1-" + s, 2016, false);
    approved("ZC2-" + s, 2016, false);
    approved("ZC1-" + s, 2017, true);
    approved("ZC2-" + s, 2017, false);
    approved("ZC1-" + s, 2018, true);
    approved("ZC2-" + s, 2018, true);

    Map<String, Object> platform = indicator(progress(2019), "ZJ-04-URBAN");

    List<Map<String, Object>> history = (List<Map<String, Object>>) platform.get("history");
    assertThat(history).extracting(h -> h.get("year")).containsExactly(2016, 2017, 2018, 2019);
    assertThat(history)
        .extracting(h -> number(h.get("actual")))
        .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .containsExactly(BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal("100"), null);
    assertThat(history).extracting(h -> h.get("reports")).containsExactly(2, 2, 2, 0);
    // The period's own actual is the last point; 2019 has no report yet.
    assertThat(platform.get("actual")).isNull();
    Map<String, Object> projection = (Map<String, Object>) platform.get("projection");
    assertThat(projection).containsEntry("toYear", 2020);
    assertThat(number(projection.get("value"))).isEqualByComparingTo("100");

    // The same history for a year asked earlier stops at that year.
    List<Map<String, Object>> to2017 =
        (List<Map<String, Object>>) indicator(progress(2017), "ZJ-04-URBAN").get("history");
    assertThat(to2017).extracting(h -> h.get("year")).containsExactly(2016, 2017);
    assertThat(number(to2017.get(1).get("actual"))).isEqualByComparingTo("50");
  }
}
