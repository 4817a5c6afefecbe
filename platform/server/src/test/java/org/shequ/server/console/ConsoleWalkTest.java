package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole round of one report, in the browser only, between a reporter and its region admin: the
 * reporter makes a mistake and fixes it, saves a partial draft and submits; the admin returns it
 * with a comment; the reporter reads the comment and resubmits; the admin approves, and the
 * reporter sees it approved. Zhejiang's plan, one urban community.
 */
class ConsoleWalkTest extends ConsoleBrowserTest {
  static final String TENANT = "test-console-walk";
  static final String FORM = "ZJ-COMMUNITY";
  static final String COMMUNITY = "walk-c1";
  static final String COMMENT = "社区工作者人数与花名册不符，请核实";

  @Test
  void aReportGoesFromReporterToAdminAndBackUntilApproved() {
    units();

    // The reporter: the due form, a mistake shown on its field, a partial draft, a submission.
    signIn("reporter-" + TENANT);
    String due = "[data-test='due-item'][data-form='" + FORM + "']";
    waitFor(due + " [data-test='status'][data-status='NOT_STARTED']");
    click(due + " [data-test='open-report']");
    retype("[data-test='field-community_workers']", "十二");
    waitFor("[data-test='error-community_workers']");
    retype("[data-test='field-community_workers']", "12");
    waitUntilGone("[data-test='error-community_workers']");
    // Switching the language re-labels the form and keeps what was typed.
    setLanguage("en");
    waitForText(".report-head [data-test='status']", "Not started");
    assertThat(waitFor("[data-test='field-community_workers']").getDomProperty("value"))
        .isEqualTo("12");
    setLanguage("zh");
    click("[data-test='save-draft']");
    waitFor(".report-head [data-test='status'][data-status='DRAFT']");
    fillEmptyFields();
    assertThat(all("[data-test^='error-']")).isEmpty();
    click("[data-test='submit']");
    waitFor(".report-head [data-test='status'][data-status='SUBMITTED']");
    signOut();

    // The admin: the report in the queue of submitted reports, returned with a comment.
    signIn("admin-" + TENANT);
    open("#/review?status=SUBMITTED&period=2020");
    click("[data-test='queue-row'] a[href*='" + COMMUNITY + "']");
    click("[data-test='return']");
    type("[data-test='return-comment']", COMMENT);
    click("[data-test='confirm-return']");
    waitFor("[data-test='report-status'][data-status='RETURNED']");
    signOut();

    // The reporter reads the comment, corrects the figure and submits again.
    signIn("reporter-" + TENANT);
    waitForText(due + " [data-test='returned-comment']", COMMENT);
    click(due + " [data-test='open-report']");
    waitForText(".report-head [data-test='returned-comment']", COMMENT);
    retype("[data-test='field-community_workers']", "11");
    click("[data-test='submit']");
    waitFor(".report-head [data-test='status'][data-status='SUBMITTED']");
    signOut();

    // The admin approves; the history holds each step.
    signIn("admin-" + TENANT);
    open("#/review?status=SUBMITTED&period=2020");
    click("[data-test='queue-row'] a[href*='" + COMMUNITY + "']");
    click("[data-test='approve']");
    waitFor("[data-test='report-status'][data-status='APPROVED']");
    waitForText("[data-test='history']", COMMENT);
    screenshot("walk-approved");
    signOut();

    signIn("reporter-" + TENANT);
    waitFor(due + " [data-test='status'][data-status='APPROVED']");
    report()
        .jsonPath("$.status")
        .isEqualTo("APPROVED")
        .jsonPath("$.values.community_workers")
        .isEqualTo(11)
        .jsonPath("$.actor")
        .isEqualTo("admin-" + TENANT);
  }

  private void signOut() {
    click("[data-test='sign-out']");
    waitFor("[data-test='sign-in']");
  }

  private void units() {
    addUnit(
        TENANT,
        Map.of(
            "id",
            "walk-s1",
            "level",
            "STREET",
            "name",
            Map.of("zh", "示例街道"),
            "effective",
            "2015-01-01"));
    addUnit(
        TENANT,
        Map.of(
            "id", COMMUNITY,
            "parentId", "walk-s1",
            "level", "COMMUNITY",
            "area", "URBAN",
            "name", Map.of("zh", "示例社区"),
            "population", 3000,
            "effective", "2015-01-01"));
    setWindow(TENANT, FORM, "2020", "2020-01-01", "2099-12-31");
  }

  private WebTestClient.BodyContentSpec report() {
    return regionAdmin(TENANT)
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + COMMUNITY + "/2020")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }
}
