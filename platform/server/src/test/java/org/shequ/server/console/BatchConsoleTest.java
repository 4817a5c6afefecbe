package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shequ.server.support.Workbook;

/**
 * A region admin reports for a street's communities in one spreadsheet: the template downloaded
 * through the page, filled in (with POI, as Excel would), an upload with one wrong cell refused at
 * its row and column with nothing stored, then the corrected file checked and stored.
 */
class BatchConsoleTest extends ConsoleBrowserTest {
  private static final String T = "test-console-batch";
  private static final String FORM = "XB-COMMUNITY";
  private static final String PERIOD = "2020";

  private final String sfx = UUID.randomUUID().toString().substring(0, 6);

  /**
   * Catches the page's download: the blob it makes a link to (read as base64) and the name the link
   * saves it under; the click itself saves nothing.
   */
  private static final String CATCH_DOWNLOADS =
      """
      window.__downloads = [];
      window.__names = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = function (blob) {
        blob.arrayBuffer().then(buffer => {
          const bytes = new Uint8Array(buffer);
          let s = '';
          for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
          window.__downloads.push(btoa(s));
        });
        return create.call(URL, blob);
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (!this.download) return click.call(this);
        window.__names.push(this.download);
      };
      """;

  @Test
  void anAdminUploadsOneSpreadsheetForAStreetFixesAWrongCellAndStoresIt() throws IOException {
    String street = "bjd-" + sfx;
    List<String> communities = List.of("bsq1-" + sfx, "bsq2-" + sfx, "bsq3-" + sfx);
    addUnit(
        T,
        Map.of(
            "id",
            street,
            "level",
            "STREET",
            "name",
            Map.of("zh", "批量街道 " + sfx),
            "effective",
            "2016-01-01"));
    for (int i = 0; i < communities.size(); i++) {
      addUnit(
          T,
          Map.of(
              "id",
              communities.get(i),
              "parentId",
              street,
              "level",
              "COMMUNITY",
              "area",
              "URBAN",
              "name",
              Map.of("zh", "社区" + (i + 1) + " " + sfx),
              "effective",
              "2016-01-01"));
    }

    signIn("admin-" + T);
    open("#/batch");
    waitFor("[data-test='batch']");
    new WebDriverWait(browser(), Duration.ofSeconds(15))
        .until(d -> !all("[data-test='batch-form'] option[value='" + FORM + "']").isEmpty());
    new Select(waitFor("[data-test='batch-period']")).selectByValue(PERIOD);
    new WebDriverWait(browser(), Duration.ofSeconds(15))
        .until(d -> !all("[data-test='batch-form'] option[value='" + FORM + "']").isEmpty());
    new Select(waitFor("[data-test='batch-form']")).selectByValue(FORM);
    new WebDriverWait(browser(), Duration.ofSeconds(15))
        .until(d -> !all("[data-test='batch-unit'] option[value='" + street + "']").isEmpty());
    new Select(waitFor("[data-test='batch-unit']")).selectByValue(street);

    // The template, as the page hands it to the browser to save.
    browser().executeScript(CATCH_DOWNLOADS);
    click("[data-test='batch-template']");
    new WebDriverWait(browser(), Duration.ofSeconds(30))
        .until(
            d ->
                ((Number) browser().executeScript("return window.__downloads.length")).intValue()
                    > 0);
    assertThat(browser().executeScript("return window.__names[0]"))
        .isEqualTo(FORM + "-" + PERIOD + ".xlsx");
    byte[] template =
        Base64.getDecoder()
            .decode((String) browser().executeScript("return window.__downloads[0]"));

    // Filled in; the second community's social workers above the form's limit of 1,000.
    int wrongRow;
    String wrongColumn;
    byte[] wrong;
    byte[] right;
    try (XSSFWorkbook book = Workbook.open(template)) {
      XSSFSheet sheet = book.getSheetAt(0);
      List<String> codes = Workbook.texts(sheet.getRow(1));
      List<String> ids = new ArrayList<>();
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(ids).containsExactlyElementsOf(communities);
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        fill(sheet.getRow(r), codes);
      }
      int workers = codes.indexOf("social_workers_under_45");
      Row second = sheet.getRow(3);
      second.getCell(workers).setCellValue(5000);
      wrongRow = 4;
      wrongColumn = CellReference.convertNumToColString(workers);
      wrong = bytes(book);
      second.getCell(workers).setCellValue(10);
      right = bytes(book);
    }

    choose(file("wrong.xlsx", wrong));
    click("[data-test='batch-check']");
    waitFor("[data-test='batch-error-row']");
    List<WebElement> errors = all("[data-test='batch-error-row']");
    assertThat(errors).hasSize(1);
    List<String> cells =
        errors.get(0).findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
    assertThat(cells.get(0)).isEqualTo(String.valueOf(wrongRow));
    assertThat(cells.get(1)).isEqualTo(wrongColumn);
    assertThat(cells.get(2)).isEqualTo("45周岁以下社区社工人数");
    assertThat(cells.get(3)).isEqualTo(communities.get(1));
    assertThat(cells.get(4)).contains("1000");
    assertThat(waitFor("[data-test='batch-store']").isEnabled()).isFalse();
    assertThat(stored(communities)).as("a check stores nothing").isZero();
    browser()
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'})",
            waitFor("[data-test='batch-outcome']"));
    screenshot("batch-report");
    List<String> violations = new ArrayList<>(axeViolationsHere("zh 1280 errors"));
    resize(390);
    assertNoHorizontalScroll();
    violations.addAll(axeViolationsHere("zh 390 errors"));
    resize(1280);

    // The corrected file passes the check, and is stored.
    choose(file("right.xlsx", right));
    click("[data-test='batch-check']");
    waitFor("[data-test='batch-valid']");
    assertThat(waitFor("[data-test='batch-valid']").getText()).contains("3");
    click("[data-test='batch-store']");
    WebElement done = waitFor("[data-test='batch-stored']");
    assertThat(done.getText()).contains("3");
    assertThat(stored(communities)).isEqualTo(3);
    violations.addAll(axeViolationsHere("zh 1280 stored"));

    setLanguage("en");
    violations.addAll(axeViolations("en 1280", "#/batch", "[data-test='batch-template']"));
    resize(390);
    violations.addAll(axeViolations("en 390", "#/batch", "[data-test='batch-template']"));
    assertNoHorizontalScroll();
    resize(1280);
    setLanguage("zh");
    assertThat(violations).isEmpty();
  }

  /** Valid values for a Xinbei community, as typed into the sheet: yes-or-no as 是/否. */
  private static void fill(Row row, List<String> codes) {
    Map<String, Object> values =
        Map.of(
            "premises_area", 800,
            "office_area", 100,
            "high_standard_harmonious", "是",
            "social_workers_under_45", 10,
            "certified_social_workers_under_45", 5,
            "info_platform_functions_extended", "是",
            "social_orgs", 8,
            "social_orgs_with_party_work", 4,
            "democratic_consultation", "否");
    values.forEach(
        (code, value) -> {
          var cell = row.createCell(codes.indexOf(code));
          if (value instanceof Integer n) {
            cell.setCellValue(n);
          } else {
            cell.setCellValue((String) value);
          }
        });
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }

  private static String file(String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("shequ-batch");
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file.toAbsolutePath().toString();
  }

  private void choose(String path) {
    browser().findElement(By.cssSelector("[data-test='batch-file']")).sendKeys(path);
  }

  /** How many of the units have a report of the form for the period. */
  private long stored(List<String> units) {
    long n = 0;
    for (String unit : units) {
      var status =
          regionAdmin(T)
              .get()
              .uri("/api/v1/tenants/{t}/reports/{f}/{u}/{p}", T, FORM, unit, PERIOD)
              .exchange()
              .returnResult(String.class)
              .getStatus();
      if (status.is2xxSuccessful()) {
        n++;
      }
    }
    return n;
  }
}
