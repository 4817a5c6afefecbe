package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.server.support.Workbook.cell;
import static org.shequ.server.support.Workbook.headers;
import static org.shequ.server.support.Workbook.rowWhere;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.Workbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The progress, drill-down and task exports, read back as a user opens them. */
class ProgressExportTest extends ShequServerTest {
  @Autowired TenantDatabase tenantDatabase;

  private String s;

  @BeforeEach
  void units() {
    s = UUID.randomUUID().toString().substring(0, 8);
    ReportFixtures jiexiu = new ReportFixtures(tenantDatabase, "test-jiexiu");
    jiexiu.unit("R-" + s, "REGION", null, null, null);
    jiexiu.unit("S-" + s, "STREET", "R-" + s, null, null);
    jiexiu.unit("C1-" + s, "COMMUNITY", "S-" + s, "URBAN", 5000);
    jiexiu.unit("C2-" + s, "COMMUNITY", "S-" + s, "RURAL", 2000);
    jiexiu.unit("C3-" + s, "COMMUNITY", "S-" + s, "RURAL", 3000);
    jiexiu.report(
        "JX-COMMUNITY",
        "C1-" + s,
        "2019",
        1,
        "APPROVED",
        "jiexiu-2018-2020",
        "{\"has_service_facility\":true,\"facility_area\":600,\"social_orgs\":12,"
            + "\"info_platform_applied\":true}");
    jiexiu.report(
        "JX-COMMUNITY",
        "C2-" + s,
        "2019",
        1,
        "APPROVED",
        "jiexiu-2018-2020",
        "{\"has_service_facility\":true,\"social_orgs\":2,\"info_platform_applied\":false}");
  }

  private EntityExchangeResult<byte[]> get(String uri, String accept, String language) {
    // Loading POI the first time takes seconds on a busy machine.
    var request =
        regionAdmin("test-jiexiu")
            .mutate()
            .responseTimeout(Duration.ofMinutes(1))
            .build()
            .get()
            .uri(uri);
    if (accept != null) {
      request = request.header("Accept", accept);
    }
    if (language != null) {
      request = request.header("Accept-Language", language);
    }
    return request.exchange().expectStatus().isOk().expectBody().returnResult();
  }

  private static String contentType(EntityExchangeResult<byte[]> r) {
    return String.valueOf(r.getResponseHeaders().getContentType());
  }

  private static String text(EntityExchangeResult<byte[]> r) {
    return new String(r.getResponseBody(), StandardCharsets.UTF_8);
  }

  @Test
  void everyExportRouteAnswersTheFormatAskedForEvenWhenTheBrowserAsksForJson() {
    String progress = "/api/v1/tenants/test-jiexiu/progress";
    List<String> routes =
        List.of(
            progress + "/tasks?period=2019",
            progress + "?period=2019&orgUnit=R-" + s,
            progress + "/JX-COMMUNITY-SOCIAL-ORGS/children?period=2019&orgUnit=R-" + s);
    for (String route : routes) {
      // ?format= wins over whatever Accept the console's fetch sends.
      var csv = get(route + "&format=csv", "application/json", null);
      assertThat(contentType(csv)).as(route).startsWith("text/csv");
      assertThat(text(csv)).as(route).startsWith("\uFEFF").doesNotContain("{\"");
      var byAccept = get(route, "text/csv", null);
      assertThat(contentType(byAccept)).as(route).startsWith("text/csv");
      var xlsx = get(route + "&format=xlsx", "application/json, text/plain, */*", null);
      assertThat(contentType(xlsx)).as(route).contains("spreadsheetml");
      try (XSSFWorkbook book = Workbook.open(xlsx.getResponseBody())) {
        assertThat(book.getNumberOfSheets()).isEqualTo(1);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      // A browser's wildcard is not a request for a file.
      assertThat(contentType(get(route, "application/*", null))).as(route).contains("json");
    }
  }

  @Test
  void tasksHaveRealDatesAndNumbersAndEnglishWhenAsked() throws Exception {
    var zh = get("/api/v1/tenants/test-jiexiu/progress/tasks?period=2019&format=xlsx", null, null);
    try (XSSFWorkbook book = Workbook.open(zh.getResponseBody())) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("任务2019");
      assertThat(headers(sheet)).startsWith("任务代码", "任务名称").contains("截止日期", "年份");
      var due = cell(sheet, sheet.getRow(1), "截止日期");
      assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
      assertThat(due.getLocalDateTimeCellValue().getYear())
          .isEqualTo((int) cell(sheet, sheet.getRow(1), "年份").getNumericCellValue());
    }
    var en = get("/api/v1/tenants/test-jiexiu/progress/tasks?period=2019&format=xlsx", null, "en");
    try (XSSFWorkbook book = Workbook.open(en.getResponseBody())) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Tasks 2019");
      assertThat(headers(sheet))
          .startsWith("Task code", "Task")
          .contains("Due date", "Status", "Applies to");
      assertThat(Workbook.texts(sheet.getRow(1)))
          .containsAnyOf("past due", "due this year", "upcoming");
    }
    String csv =
        text(get("/api/v1/tenants/test-jiexiu/progress/tasks?period=2019&format=csv", null, "en"));
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFTask code,Task,");
    assertThat(csv).containsPattern(",20[0-9]{2}-[0-9]{2}-[0-9]{2},");
  }

  @Test
  void progressXlsxIsTheViewWithNumbersUnitsPercentagesAndAFormattedHeader() throws Exception {
    String uri = "/api/v1/tenants/test-jiexiu/progress?period=2019&orgUnit=R-" + s;
    Map<?, ?> view =
        regionAdmin("test-jiexiu")
            .get()
            .uri(uri)
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    List<?> codes =
        ((List<?>) view.get("indicators")).stream().map(i -> ((Map<?, ?>) i).get("code")).toList();
    var xlsx = get(uri + "&format=xlsx", null, "zh-CN");
    try (XSSFWorkbook book = Workbook.open(xlsx.getResponseBody())) {
      XSSFSheet sheet = book.getSheetAt(0);
      // Exactly the rows the dashboard shows, in its order.
      List<String> rows = new java.util.ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        rows.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(rows).isEqualTo(codes);
      List<String> headers = headers(sheet);
      // A unit beside every value.
      assertThat(headers.get(headers.indexOf("实际值") - 1)).isEqualTo("单位");
      assertThat(headers.get(headers.indexOf("目标值") + 1)).isEqualTo("目标单位");
      assertThat(headers.get(headers.indexOf("基线值") + 1)).isEqualTo("基线单位");
      assertThat(headers.get(headers.indexOf("本期预期值") + 1)).isEqualTo("本期预期单位");
      assertThat(headers.get(headers.indexOf("规划期末预测值") + 1)).isEqualTo("预测值单位");
      assertThat(headers).contains("填报率(%)", "计算时间(UTC)");

      var row = rowWhere(sheet, "指标代码", "JX-URBAN-FACILITY-COVERAGE");
      // One urban community of one reported and had a facility: 100 % of units.
      assertThat(cell(sheet, row, "实际值").getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cell(sheet, row, "实际值").getNumericCellValue()).isEqualTo(100.0);
      assertThat(cell(sheet, row, "单位").getStringCellValue()).isEqualTo("%");
      assertThat(cell(sheet, row, "目标值").getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cell(sheet, row, "目标单位").getStringCellValue()).isEqualTo("%");
      assertThat(cell(sheet, row, "应报单位数").getNumericCellValue()).isEqualTo(1.0);
      assertThat(cell(sheet, row, "填报率(%)").getNumericCellValue()).isEqualTo(100.0);
      var computed = cell(sheet, row, "计算时间(UTC)");
      assertThat(DateUtil.isCellDateFormatted(computed)).isTrue();

      // A bold, frozen header with an autofilter, and columns as wide as their content.
      assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo(
              "A1:"
                  + new org.apache.poi.ss.util.CellReference(
                          sheet.getLastRowNum(), headers.size() - 1)
                      .formatAsString(false));
      int nameColumn = headers.indexOf("指标名称");
      assertThat(sheet.getColumnWidth(nameColumn)).isGreaterThan(sheet.getColumnWidth(0));
      assertThat(sheet.getColumnWidth(nameColumn)).isLessThanOrEqualTo(60 * 256);
    }
  }

  @Test
  void progressAndDrillDownSpeakEnglishUnderAcceptLanguageEn() {
    String csv =
        text(
            get(
                "/api/v1/tenants/test-jiexiu/progress?period=2019&format=csv&orgUnit=R-" + s,
                null,
                "en-US,en;q=0.9"));
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("\uFEFFIndicator code,Indicator,Unit,Actual,")
        .contains("Reporting rate (%)", "Target unit", "Baseline (as stated)");
    String rural =
        csv.lines()
            .filter(l -> l.startsWith("JX-RURAL-FACILITY-COVERAGE,"))
            .findFirst()
            .orElseThrow();
    // Two rural communities, one reported: too few to judge.
    assertThat(rural).contains("insufficient data").doesNotContain("数据不足");

    String children =
        text(
            get(
                "/api/v1/tenants/test-jiexiu/progress/JX-URBAN-FACILITY-COVERAGE/children?period=2019"
                    + "&format=csv&orgUnit=R-"
                    + s,
                null,
                "en"));
    List<String> lines = children.lines().toList();
    assertThat(lines.get(0))
        .startsWith("\uFEFFOrg unit code,Org unit,Unit,Actual,")
        .contains("Target", "Target unit", "Reporting rate (%)");
    // Exactly the view's one child, the street.
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .startsWith("S-" + s + ",")
        .contains(",%,100.0000,")
        .contains("achieved");
  }
}
