package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shequ.server.security.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A region admin does the review work in the browser: the home shows where each form stands and who
 * is overdue, the queue filters to the submitted reports of one street, one report is returned with
 * a comment, two clean ones are approved at once, and a reporting window is set.
 */
class AdminConsoleTest extends ConsoleBrowserTest {
  private static final String TENANT = "test-console-review";
  private static final String FORM = "XB-COMMUNITY";
  private static final String PERIOD = "2019";
  private static final String STREET = "crv-street";

  @Test
  void theRegionAdminReviewsReportsAndSetsTheCalendarInTheBrowser() {
    fixture();
    signIn("admin-" + TENANT);

    // Home: four submitted, one unit overdue.
    open("#/admin?period=" + PERIOD);
    String card = "[data-test='form-summary'][data-form='" + FORM + "'] ";
    waitForText(card + "[data-test='count-SUBMITTED'] [data-test='count']", "4");
    waitForText(card + "[data-test='count-NOT_STARTED'] [data-test='count']", "1");
    waitForText("[data-test='overdue-unit']", "长安社区");
    waitForText("[data-test='latest']", "和平社区");
    scrollToTop();
    screenshot("admin-home");
    resize(390);
    assertNoHorizontalScroll();
    resize(1280);

    // The queue, filtered to the street's submitted reports.
    String queue = "#/review?period=" + PERIOD + "&status=SUBMITTED&street=" + STREET;
    open(queue);
    waitForRows("[data-test='queue-row']", 4);
    assertThat(waitFor("[data-test='queue-row']").getText()).contains("和平社区");
    assertThat(waitFor("#review-status").getAttribute("value")).isEqualTo("SUBMITTED");
    // The report with a warning is reviewed alone: it offers no box to approve it in bulk.
    assertThat(all("[data-test='select-row']")).hasSize(3);
    assertThat(
            waitFor("[data-test='queue-row']:has(a[href*='crv-e']) [data-test='warning-count']")
                .getText())
        .isEqualTo("1");
    screenshot("review-queue");
    resize(390);
    assertNoHorizontalScroll();
    resize(1280);

    // One report: returned with a comment.
    click("[data-test='queue-row'] a[href*='crv-a']");
    waitFor("[data-test='approve']");
    waitForText("[data-test='report-values']", "800");
    screenshot("review-report");
    click("[data-test='return']");
    type("[data-test='return-comment']", "请补充持证社工的情况");
    click("[data-test='confirm-return']");
    waitFor("[data-test='report-status'][data-status='RETURNED']");
    waitForText("[data-test='history']", "请补充持证社工的情况");
    report("crv-a").jsonPath("$.status").isEqualTo("RETURNED");
    report("crv-a").jsonPath("$.comment").isEqualTo("请补充持证社工的情况");

    // The other two clean ones, approved at once; the one with a warning waits.
    open(queue);
    waitForRows("[data-test='queue-row']", 3);
    all("[data-test='select-row']").forEach(WebElement::click);
    click("[data-test='approve-selected']");
    waitForText("[data-test='approve-outcome']", "2");
    waitForRows("[data-test='queue-row']", 1);
    report("crv-e").jsonPath("$.status").isEqualTo("SUBMITTED");
    report("crv-b").jsonPath("$.status").isEqualTo("APPROVED");
    report("crv-c").jsonPath("$.status").isEqualTo("APPROVED");
    report("crv-c").jsonPath("$.actor").isEqualTo("admin-" + TENANT);

    // The calendar: a window set for 2018, refused first with its days the wrong way round.
    open("#/calendar?period=2018");
    String edit = "[data-test='edit-window'][data-form='" + FORM + "'][data-period='2018']";
    click(edit);
    setDate("[data-test='window-opens']", "2018-03-01");
    setDate("[data-test='window-closes']", "2018-02-01");
    click("[data-test='save-window']");
    waitFor("[data-test='field-error']");
    setDate("[data-test='window-closes']", "2018-12-31");
    click("[data-test='save-window']");
    String row = "[data-test='window-row']:has(" + edit + ") ";
    waitForText(row + "[data-test='closes']", "2018");
    assertThat(waitFor(row + "[data-test='opens']").getText()).contains("2018");
    screenshot("calendar");

    // In English, the home speaks English and keeps its numbers.
    setLanguage("en");
    open("#/admin?period=" + PERIOD);
    waitForText("[data-test='admin-home'] h1", "Region administration");
    waitForText(card + "[data-test='count-APPROVED'] [data-test='count']", "2");
    regionAdmin(TENANT)
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/calendar/" + FORM + "/2018")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.opens")
        .isEqualTo("2018-03-01")
        .jsonPath("$.closes")
        .isEqualTo("2018-12-31");
  }

  /**
   * A street with five communities; four have submitted, late, against a window that closed on
   * 2020-01-31 (one of them with a warning); the fifth has not begun.
   */
  private void fixture() {
    WebTestClient admin = regionAdmin(TENANT);
    addUnit(
        TENANT,
        Map.of(
            "id",
            STREET,
            "level",
            "STREET",
            "name",
            Map.of("zh", "测试街道"),
            "effective",
            "2015-01-01"));
    Map<String, String> communities = new LinkedHashMap<>();
    communities.put("crv-a", "和平社区");
    communities.put("crv-b", "幸福社区");
    communities.put("crv-c", "光明社区");
    communities.put("crv-d", "长安社区");
    communities.put("crv-e", "新风社区");
    communities.forEach(
        (id, name) ->
            addUnit(
                TENANT,
                Map.of(
                    "id",
                    id,
                    "parentId",
                    STREET,
                    "level",
                    "COMMUNITY",
                    "area",
                    "URBAN",
                    "name",
                    Map.of("zh", name),
                    "population",
                    3000,
                    "effective",
                    "2015-01-01")));
    admin
        .put()
        .uri("/api/v1/tenants/" + TENANT + "/calendar/" + FORM + "/" + PERIOD)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("opens", "2019-01-01", "closes", "2020-01-31"))
        .exchange()
        .expectStatus()
        .isOk();
    for (String id : List.of("crv-a", "crv-b", "crv-c", "crv-e")) {
      WebTestClient reporter = as("reporter-" + id, TENANT, id, Role.REPORTER);
      Map<String, Object> values = cleanValues();
      if (id.equals("crv-e")) {
        // Office space 300 m² of 800 m²: over the plan's 20%, so the report carries a warning.
        values.put("office_area", 300);
      }
      reporter
          .put()
          .uri(reportPath(id))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("values", values))
          .exchange()
          .expectStatus()
          .isCreated();
      reporter
          .post()
          .uri(reportPath(id) + "/submit")
          .header("If-Match", "\"1\"")
          .exchange()
          .expectStatus()
          .isOk();
    }
  }

  /** Values without warnings: office space 100 m² of 800 m² premises. */
  private static Map<String, Object> cleanValues() {
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

  private static String reportPath(String unit) {
    return "/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + unit + "/" + PERIOD;
  }

  private WebTestClient.BodyContentSpec report(String unit) {
    return regionAdmin(TENANT)
        .get()
        .uri(reportPath(unit))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private void scrollToTop() {
    ((JavascriptExecutor) browser()).executeScript("window.scrollTo(0, 0)");
  }

  private void waitForRows(String css, int count) {
    new WebDriverWait(browser(), Duration.ofSeconds(15)).until(d -> all(css).size() == count);
  }

  /** Sets a date input as the browser's date picker does, firing the input event. */
  private void setDate(String css, String isoDate) {
    WebElement input = waitFor(css);
    ((JavascriptExecutor) browser())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            input,
            isoDate);
  }
}
