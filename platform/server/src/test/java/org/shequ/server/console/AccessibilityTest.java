package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every page a reporter and a region admin use passes axe-core's WCAG 2 A and AA rules (labels,
 * names, contrast, landmarks, ARIA), in Chinese and in English, at a desktop's and a phone's width.
 */
class AccessibilityTest extends ConsoleBrowserTest {
  static final String TENANT = "test-console-a11y";
  static final String FORM = "ZJ-COMMUNITY";

  @Test
  void theReportersAndTheAdminsPagesMeetWcagAa() {
    fixture();
    List<String> violations = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      for (int width : List.of(1280, 390)) {
        resize(width);
        browser().manage().deleteAllCookies();
        check(violations, lang, width, "#/sign-in", "[data-test='demo-user']");
        signIn("reporter-" + TENANT);
        setLanguage(lang);
        check(violations, lang, width, "#/work", "[data-test='due-item']");
        check(violations, lang, width, report("a11y-c1"), "[data-test^='field-']");
        click("[data-test='sign-out']");
        waitFor("[data-test='sign-in']");
        signIn("admin-" + TENANT);
        setLanguage(lang);
        check(violations, lang, width, "#/admin?period=2020", "[data-test='form-summary']");
        check(
            violations,
            lang,
            width,
            "#/review?status=SUBMITTED&period=2020",
            "[data-test='queue-row']");
        check(
            violations, lang, width, "#/review/" + FORM + "/a11y-c2/2020", "[data-test='approve']");
        check(violations, lang, width, "#/calendar?period=2020", "[data-test='window-row']");
        check(violations, lang, width, "#/org-units", "[data-test='tree-node']");
        check(violations, lang, width, "#/org-units/a11y-c1", "[data-test='unit-status']");
        check(violations, lang, width, "#/org-units-import", "[data-test='import-file']");
        check(
            violations,
            lang,
            width,
            "#/members",
            "[data-test='members'] table, [data-test='members'] [data-test='empty']");
        click("[data-test='sign-out']");
        waitFor("[data-test='sign-in']");
      }
    }
    assertThat(violations).as("WCAG 2 A/AA violations found by axe-core").isEmpty();
  }

  private void check(List<String> violations, String lang, int width, String hash, String ready) {
    violations.addAll(axeViolations(lang + " " + width + "px", hash, ready));
  }

  private static String report(String unit) {
    return "#/report/" + FORM + "/" + unit + "/2020";
  }

  private void fixture() {
    addUnit(TENANT, unit("a11y-s1", null, "STREET", "无障碍街道"));
    addUnit(TENANT, unit("a11y-c1", "a11y-s1", "COMMUNITY", "无障碍社区"));
    addUnit(TENANT, unit("a11y-c2", "a11y-s1", "COMMUNITY", "阳光社区"));
    setWindow(TENANT, FORM, "2020", "2020-01-01", "2099-12-31");
    // One submitted report, for the review pages.
    WebTestClient reporter = as("reporter-a11y-c2", TENANT, "a11y-c2", Role.REPORTER);
    String path = "/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/a11y-c2/2020";
    reporter
        .put()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", completeValues()))
        .exchange()
        .expectStatus()
        .isCreated();
    reporter
        .post()
        .uri(path + "/submit")
        .header("If-Match", "\"1\"")
        .exchange()
        .expectStatus()
        .isOk();
  }

  /** A value for every field of the form: 1 for numbers, yes, the first option. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> completeValues() {
    Map<String, Object> plan =
        client
            .get()
            .uri("/api/v1/plans/zhejiang-2016-2020")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map<String, Object> form : (List<Map<String, Object>>) plan.get("forms")) {
      if (!FORM.equals(form.get("code"))) {
        continue;
      }
      for (Map<String, Object> field : (List<Map<String, Object>>) form.get("fields")) {
        String type = String.valueOf(field.get("type"));
        List<Map<String, Object>> options = (List<Map<String, Object>>) field.get("options");
        Object value =
            switch (type) {
              case "BOOLEAN" -> true;
              case "TEXT" -> "示例";
              case "DATE" -> "2020-06-30";
              case "ENUM" -> options.get(0).get("code");
              default -> 1;
            };
        values.put(String.valueOf(field.get("code")), value);
      }
    }
    return values;
  }

  private static Map<String, Object> unit(String id, String parent, String level, String name) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("id", id);
    if (parent != null) {
      unit.put("parentId", parent);
      unit.put("area", "URBAN");
      unit.put("population", 3000);
    }
    unit.put("level", level);
    unit.put("name", Map.of("zh", name, "en", id));
    unit.put("effective", "2015-01-01");
    return unit;
  }
}
