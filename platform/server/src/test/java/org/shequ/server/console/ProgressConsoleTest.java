package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shequ.server.security.Role;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A region admin sees how the plan goes in the browser: the dashboard's card of one indicator, its
 * trend, two clicks down to the community that is behind, and the plan's own words for the target.
 * An approval made elsewhere shows on the open dashboard without a reload; English relabels it; the
 * pages pass axe-core's WCAG 2 A/AA rules.
 *
 * <p>Two streets of three communities report for 2018 and 2019; one community of the first street
 * has no high-standard harmonious community, so that street is behind on the indicator. The last
 * report is left submitted, to be approved while the dashboard is open.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// A server of its own: in the full suite the shared one, after every earlier test, never opened
// the dashboard's event stream although its LISTEN was up; the cause is not found yet.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ProgressConsoleTest extends ConsoleBrowserTest {
  private static final String TENANT = "test-console-progress";
  private static final String PLAN = "changzhou-xinbei-2016-2020";
  private static final String FORM = "XB-COMMUNITY";
  private static final String PERIOD = "2019";
  private static final String INDICATOR = "XB-HIGH-STANDARD-HARMONIOUS";
  private static final String CARD =
      "[data-test='indicator-card'][data-indicator='" + INDICATOR + "'] ";

  private static boolean fixtureMade;

  @Test
  @Order(1)
  void theAdminDrillsDownTwiceToTheCommunityBehindAndReadsTheTargetsClause() {
    fixture();
    signIn("admin-" + TENANT);

    // The dashboard: 4 of the 5 approved reports have a high-standard community; 5 of 6 reported.
    open("#/progress?period=" + PERIOD);
    waitForText(CARD + "[data-test='actual']", "80");
    assertThat(waitFor(CARD + "[data-test='reporting']").getText()).contains("5 / 6");
    assertThat(waitFor(CARD + "[data-test='target']").getText()).contains("不低于 100");
    assertThat(waitFor(CARD + "[data-test='expected']").getText()).contains("不低于 75");
    assertThat(waitFor(CARD + "[data-test='progress-status']").getAttribute("title")).isNotBlank();
    waitFor("[data-test='freshness']");
    js("window.scrollTo(0, 0)");
    screenshot("progress-dashboard");
    resize(390);
    assertNoHorizontalScroll();
    resize(1280);

    // One click: the indicator, its trend and its top-level units, the street behind first.
    click(CARD + "[data-test='indicator-link']");
    waitFor("[data-test='trend-chart']");
    waitForText("[data-test='drill-down']", "西湖街道");
    assertThat(all("[data-test='child-row']").stream().map(WebElement::getText).toList())
        .hasSize(2)
        .first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("东风街道", "落后");
    assertThat(chartSeries("trend-chart")).contains("50", "80");
    js("document.querySelector(\"[data-test='trend-chart']\").scrollIntoView({block: 'center'})");
    screenshot("progress-trend");

    // Two: a click on the street's bar goes one level down, to its communities, worst first.
    clickBar("drill-chart", 0);
    new WebDriverWait(browser(), Duration.ofSeconds(15))
        .until(d -> ((String) js("return location.hash")).contains("orgUnit=cpg-s1"));
    waitForText("[data-test='child-row']", "和平社区");
    waitForRows("[data-test='child-row']", 3);
    assertThat(all("[data-test='child-row']").get(0).getText()).contains("和平社区", "落后");
    waitForText("[data-test='breadcrumb']", "东风街道");
    js("document.querySelector(\"[data-test='drill-down']\").scrollIntoView()");
    screenshot("progress-drill-down");
    resize(390);
    assertNoHorizontalScroll();
    resize(1280);

    // Down to the community through its row (the keyboard's way), then its target's clause.
    click("[data-test='child-link'][data-unit='cpg-a']");
    waitFor("[data-test='drill-empty']");
    waitForText("[data-test='crumb-current']", "和平社区");
    click("[data-test='target']");
    WebElement original = waitFor("[data-test='provenance-original']");
    assertThat(original.getText()).isEqualTo(targetWording());
    assertThat(original.getAttribute("lang")).isEqualTo("zh-CN");
    assertThat(waitFor("[data-test='provenance-derivation']").getAttribute("data-derivation"))
        .isIn("STATED", "DERIVED");
    click("[data-test='provenance-close']");
    waitUntilGone("[data-test='provenance-original']");

    // The breadcrumb leads back up to the street.
    click("[data-test='crumb'][data-unit='cpg-s1']");
    waitForRows("[data-test='child-row']", 3);

    // The task timeline of the plan.
    open("#/tasks?period=" + PERIOD);
    waitFor("[data-test='gantt']");
    waitFor("[data-test='task-row']");
    js("window.scrollTo(0, 0)");
    screenshot("progress-tasks");
    resize(390);
    assertNoHorizontalScroll();
    resize(1280);
  }

  @Test
  @Order(2)
  void theEnglishSwitchRelabelsTheDashboard() {
    fixture();
    signIn("admin-" + TENANT);
    open("#/progress?period=" + PERIOD);
    waitForText(CARD + "[data-test='progress-status']", "进度正常");
    setLanguage("en");
    waitForText("[data-test='progress'] h1", "Progress");
    waitForText(CARD + "[data-test='progress-status']", "On track");
    assertThat(waitFor(CARD + "[data-test='target']").getText()).contains("at least 100");
    assertThat(waitFor(CARD + "[data-test='reporting']").getText()).contains("Reporting rate");
    assertThat(waitFor("[data-test='summary']").getText()).contains("Behind");
    assertThat(waitFor(CARD + "h3").getText()).doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  @Order(3)
  void thePagesMeetWcagAaInBothLanguagesAndWidths() {
    fixture();
    signIn("admin-" + TENANT);
    List<String> violations = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      setLanguage(lang);
      for (int width : List.of(1280, 390)) {
        resize(width);
        check(violations, lang, width, "#/progress?period=" + PERIOD, CARD);
        check(
            violations,
            lang,
            width,
            "#/progress/" + INDICATOR + "?period=" + PERIOD + "&orgUnit=cpg-s1",
            "[data-test='child-row']");
        check(violations, lang, width, "#/tasks?period=" + PERIOD, "[data-test='task-row']");
      }
    }
    resize(1280);
    assertThat(violations).as("WCAG 2 A/AA violations found by axe-core").isEmpty();
  }

  @Test
  @Order(4)
  void anApprovalShowsOnTheOpenDashboardWithoutAReload() {
    fixture();
    restartBrowser();
    signIn("admin-" + TENANT);
    open("#/progress?period=" + PERIOD);
    waitForText(CARD + "[data-test='reporting']", "5 / 6");
    // The page says "updating live" once the server's stream is open; the server opens it once its
    // LISTEN connection is up, which other tests of this JVM may have cut (it comes back by
    // itself).
    if (!liveWithin(Duration.ofSeconds(30))) {
      browser().navigate().refresh();
      waitForText(CARD + "[data-test='reporting']", "5 / 6");
      if (!liveWithin(Duration.ofSeconds(30))) {
        String health =
            platformAdmin()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        throw new AssertionError("the dashboard's live stream never opened; health: " + health);
      }
    }
    js("window.__sameDocument = true");

    // The last community's report is approved elsewhere, through the API.
    regionAdmin(TENANT)
        .post()
        .uri(reportPath("cpg-f") + "/approve")
        .header("If-Match", "\"2\"")
        .exchange()
        .expectStatus()
        .isOk();

    new WebDriverWait(browser(), Duration.ofSeconds(5))
        .until(d -> waitFor(CARD + "[data-test='reporting']").getText().contains("6 / 6"));
    // 5 of 6 communities now have a high-standard community: 83.33 %.
    waitForText(CARD + "[data-test='actual']", "83.33");
    assertThat(js("return window.__sameDocument === true")).isEqualTo(true);
  }

  private void check(List<String> violations, String lang, int width, String hash, String ready) {
    violations.addAll(axeViolations(lang + " " + width, hash, ready));
  }

  private boolean liveWithin(Duration wait) {
    try {
      new WebDriverWait(browser(), wait)
          .until(d -> !all("[data-test='freshness'][data-live='open']").isEmpty());
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      return false;
    }
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser()).executeScript(script);
  }

  private void waitForRows(String css, int count) {
    new WebDriverWait(browser(), Duration.ofSeconds(15)).until(d -> all(css).size() == count);
  }

  /** The data of a chart's series as JSON, read from its ECharts instance. */
  private String chartSeries(String test) {
    return (String)
        browser()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " import('/ui/core/echarts.js').then(m => done(JSON.stringify("
                    + "m.getInstanceByDom(document.querySelector(\"[data-test='"
                    + test
                    + "']\")).getOption().series.map(s => s.data))))");
  }

  /** Clicks the middle of a horizontal bar, as a user does, at the pixel ECharts drew it. */
  private void clickBar(String test, int index) {
    WebElement chart = waitFor("[data-test='" + test + "']");
    new WebDriverWait(browser(), Duration.ofSeconds(15))
        .until(d -> !chartSeries(test).equals("[]"));
    @SuppressWarnings("unchecked")
    List<Number> pixel =
        (List<Number>)
            browser()
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " import('/ui/core/echarts.js').then(m => {"
                        + " const c = m.getInstanceByDom(document.querySelector(\"[data-test='"
                        + test
                        + "']\"));"
                        + " const d = c.getOption().series[0].data["
                        + index
                        + "];"
                        + " done(c.convertToPixel({seriesIndex: 0}, [Math.max(d.value, 2) / 2, "
                        + index
                        + "])); })");
    int x = pixel.get(0).intValue() - chart.getSize().getWidth() / 2;
    int y = pixel.get(1).intValue() - chart.getSize().getHeight() / 2;
    new Actions(browser()).moveToElement(chart, x, y).click().perform();
  }

  /** The target's clause as the plan states it, read from the plan API. */
  @SuppressWarnings("unchecked")
  private String targetWording() {
    Map<String, Object> plan =
        regionAdmin(TENANT)
            .get()
            .uri("/api/v1/plans/" + PLAN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    Map<String, Object> indicator =
        ((List<Map<String, Object>>) plan.get("indicators"))
            .stream().filter(i -> INDICATOR.equals(i.get("code"))).findFirst().orElseThrow();
    Map<String, Object> target = (Map<String, Object>) indicator.get("target");
    return String.valueOf(((Map<String, Object>) target.get("provenance")).get("originalText"));
  }

  /**
   * Streets 东风 (a, b, c) and 西湖 (d, e, f); every community reports for 2019 and all but f are
   * approved; only 和平社区 (a) has no high-standard harmonious community.
   */
  private synchronized void fixture() {
    if (fixtureMade) {
      return;
    }
    addUnit(TENANT, street("cpg-s1", "东风街道"));
    addUnit(TENANT, street("cpg-s2", "西湖街道"));
    Map<String, String[]> communities = new LinkedHashMap<>();
    communities.put("cpg-a", new String[] {"cpg-s1", "和平社区"});
    communities.put("cpg-b", new String[] {"cpg-s1", "幸福社区"});
    communities.put("cpg-c", new String[] {"cpg-s1", "光明社区"});
    communities.put("cpg-d", new String[] {"cpg-s2", "长安社区"});
    communities.put("cpg-e", new String[] {"cpg-s2", "新风社区"});
    communities.put("cpg-f", new String[] {"cpg-s2", "朝阳社区"});
    communities.forEach(
        (id, where) -> {
          Map<String, Object> unit = new LinkedHashMap<>();
          unit.put("id", id);
          unit.put("parentId", where[0]);
          unit.put("level", "COMMUNITY");
          unit.put("area", "URBAN");
          unit.put("name", Map.of("zh", where[1]));
          unit.put("population", 3000);
          unit.put("effective", "2015-01-01");
          addUnit(TENANT, unit);
        });
    WebTestClient admin = regionAdmin(TENANT);
    // 2018, all approved: three of six communities had a high-standard one, so the trend has a
    // past.
    for (String id : communities.keySet()) {
      WebTestClient reporter = as("reporter-" + id, TENANT, id, Role.REPORTER);
      String path = reportPath(id).replace("/" + PERIOD, "/2018");
      reporter
          .put()
          .uri(path)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("values", values(List.of("cpg-b", "cpg-d", "cpg-e").contains(id))))
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
      admin
          .post()
          .uri(path + "/approve")
          .header("If-Match", "\"2\"")
          .exchange()
          .expectStatus()
          .isOk();
    }
    for (String id : communities.keySet()) {
      WebTestClient reporter = as("reporter-" + id, TENANT, id, Role.REPORTER);
      reporter
          .put()
          .uri(reportPath(id))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("values", values(!id.equals("cpg-a"))))
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
      if (!id.equals("cpg-f")) {
        admin
            .post()
            .uri(reportPath(id) + "/approve")
            .header("If-Match", "\"2\"")
            .exchange()
            .expectStatus()
            .isOk();
      }
    }
    fixtureMade = true;
  }

  private static Map<String, Object> street(String id, String name) {
    return Map.of(
        "id", id, "level", "STREET", "name", Map.of("zh", name), "effective", "2015-01-01");
  }

  /** A clean report: office space 100 m² of 800 m² premises. */
  private static Map<String, Object> values(boolean highStandard) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("premises_area", 800);
    v.put("office_area", 100);
    v.put("high_standard_harmonious", highStandard);
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
}
