package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.shequ.server.storage.TenantDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A reporter does its work in the browser: finds the due form in 我的填报, makes a mistake and sees it
 * on the field, saves a partial draft, completes and submits it; a late submission asks first.
 * Zhejiang's plan, at a rural community whose rural form's window has closed.
 */
class ReporterConsoleTest extends ConsoleBrowserTest {
  static final String TENANT = "test-console-work";
  static final String STREET = "cw-street";
  static final String COMMUNITY = "cw-c1";
  static final String FORM = "ZJ-COMMUNITY";
  static final String RURAL_FORM = "ZJ-RURAL-COMMUNITY";

  private static boolean prepared;

  @Autowired TenantDatabase database;

  @BeforeEach
  void units() {
    if (prepared) {
      return;
    }
    insertUnit(STREET, "STREET", null, null, "示例街道");
    insertUnit(COMMUNITY, "COMMUNITY", STREET, "RURAL", "示例村");
    setWindow(TENANT, FORM, "2020", "2020-01-01", "2099-12-31");
    setWindow(TENANT, RURAL_FORM, "2020", "2020-01-01", "2020-03-31");
    prepared = true;
  }

  @Test
  void aReporterFixesAnErrorSavesAPartialDraftAndSubmits() {
    signIn("reporter-" + TENANT);
    String item = "[data-test='due-item'][data-form='" + FORM + "']";
    waitFor(item + " [data-test='status'][data-status='NOT_STARTED']");
    assertThat(waitFor("[data-test='due-item'][data-form='" + RURAL_FORM + "']").getText())
        .contains("逾期");
    screenshot("work");
    resize(390);
    assertNoHorizontalScroll();
    screenshot("work-390");
    resize(1280);

    click(item + " [data-test='open-report']");
    waitFor("[data-test='field-community_workers']");
    // A wrong type is shown on the field at once, before anything is sent.
    retype("[data-test='field-community_workers']", "十二");
    waitForText("[data-test='error-community_workers']", "整数");
    retype("[data-test='field-community_workers']", "12");
    waitUntilGone("[data-test='error-community_workers']");
    // A rule across fields comes from the server's check as the user types.
    retype("[data-test='field-certified_social_workers']", "20");
    waitForText("[data-test='error-certified_social_workers']", "持证社区工作者人数不能超过社区工作者人数");
    screenshot("report-form-error");
    retype("[data-test='field-certified_social_workers']", "5");
    waitUntilGone("[data-test='error-certified_social_workers']");

    // A partial draft saves, and a reload shows what was saved.
    click("[data-test='save-draft']");
    waitFor(".report-head [data-test='status'][data-status='DRAFT']");
    assertThat(waitFor("[data-test='missing']").getText()).contains("提交前还需填写");
    browser().navigate().refresh();
    assertThat(waitFor("[data-test='field-community_workers']").getDomProperty("value"))
        .isEqualTo("12");
    assertThat(waitFor("[data-test='field-certified_social_workers']").getDomProperty("value"))
        .isEqualTo("5");

    // Submitting with empty fields names them and sends nothing.
    click("[data-test='submit']");
    waitFor("[data-test='error-workers_trained_40h']");
    waitFor(".report-head [data-test='status'][data-status='DRAFT']");

    fillEmptyFields();
    browser().executeScript("window.scrollTo(0, 0)");
    screenshot("report-form");
    resize(390);
    assertNoHorizontalScroll();
    screenshot("report-form-390");
    resize(1280);

    click("[data-test='submit']");
    waitFor(".report-head [data-test='status'][data-status='SUBMITTED']");
    assertThat(all("[data-test='submit']")).isEmpty();
    assertThat(all("[data-test='history-entry']")).hasSize(3);
    WebElement draft = waitFor("[data-test='history-entry'][data-version='1']");
    assertThat(draft.getText()).contains("社区工作者").contains("12");
    browser().executeScript("document.querySelector('.report-history').scrollIntoView()");
    screenshot("report-history");
    resize(390);
    assertNoHorizontalScroll();
    screenshot("report-history-390");
    resize(1280);

    open("#/work");
    waitFor(item + " [data-test='status'][data-status='SUBMITTED']");
  }

  @Test
  void aLateSubmissionIsConfirmedFirst() {
    signIn("reporter-" + TENANT);
    open("#/report/" + RURAL_FORM + "/" + COMMUNITY + "/2020");
    assertThat(waitFor("[data-test='late-warning']").getText()).contains("截止");
    click("[data-test='field-meets_improved_standard-yes']");
    click("[data-test='field-meets_model_standard-no']");
    click("[data-test='submit']");
    waitFor("[data-test='late-dialog'] [data-test='confirm-late']");
    screenshot("report-late");
    // Not now: nothing is sent.
    click("[data-test='cancel-late']");
    waitUntilGone("[data-test='late-dialog']");
    waitFor(".report-head [data-test='status'][data-status='NOT_STARTED']");
    click("[data-test='submit']");
    click("[data-test='confirm-late']");
    waitFor(".report-head [data-test='status'][data-status='SUBMITTED']");
    waitFor(".report-head [data-test='late']");

    // Returned with a comment: the reporter reads it in its list and on the form, and may edit.
    regionAdmin(TENANT)
        .post()
        .uri(
            "/api/v1/tenants/"
                + TENANT
                + "/reports/"
                + RURAL_FORM
                + "/"
                + COMMUNITY
                + "/2020/return")
        .header("If-Match", "\"2\"")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("comment", "请核实示范型社区标准"))
        .exchange()
        .expectStatus()
        .isOk();
    open("#/work");
    waitForText(
        "[data-test='due-item'][data-form='" + RURAL_FORM + "'] [data-test='returned-comment']",
        "请核实示范型社区标准");
    click("[data-test='due-item'][data-form='" + RURAL_FORM + "'] [data-test='open-report']");
    waitForText(".report-head [data-test='returned-comment']", "请核实示范型社区标准");
    waitFor(".report-head [data-test='status'][data-status='RETURNED']");
    assertThat(waitFor("[data-test='submit']").isEnabled()).isTrue();

    // The same in English; a toast still showing in Chinese goes with the switch.
    browser()
        .executeScript(
            "const t = document.getElementById('toast');"
                + " t.textContent = '报表已提交审核。'; t.classList.add('show');");
    setLanguage("en");
    waitForText("#page-title", "Annual rural community building report");
    assertThat(all("#toast.show")).as("a toast in the language left behind").isEmpty();
    waitForText(".report-head [data-test='status']", "Returned");
    open("#/work");
    waitForText("#page-title", "My work");
    assertThat(waitFor("[data-test='due-item'][data-form='" + RURAL_FORM + "']").getText())
        .contains("Late");
    screenshot("work-en");
  }

  private void insertUnit(String id, String level, String parent, String area, String name) {
    database
        .inTenant(
            TENANT,
            db ->
                db.sql("INSERT INTO org_unit (tenant_id, org_unit_id, level) VALUES (:t, :id, :l)")
                    .bind("t", TENANT)
                    .bind("id", id)
                    .bind("l", level)
                    .fetch()
                    .rowsUpdated()
                    .then(
                        db.sql(
                                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from,"
                                    + " parent_id, name_zh, area, change_kind, changed_by)"
                                    + " VALUES (:t, :id, DATE '2000-01-01', NULLIF(:parent, ''),"
                                    + " :name, NULLIF(:area, ''), 'CREATE', 'test')")
                            .bind("t", TENANT)
                            .bind("id", id)
                            .bind("parent", parent == null ? "" : parent)
                            .bind("name", name)
                            .bind("area", area == null ? "" : area)
                            .fetch()
                            .rowsUpdated()))
        .then()
        .block(Duration.ofSeconds(10));
  }
}
