package org.shequ.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.server.support.Workbook.cell;
import static org.shequ.server.support.Workbook.headers;
import static org.shequ.server.support.Workbook.rowWhere;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.progress.ReportFixtures;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.Workbook;
import org.springframework.beans.factory.annotation.Autowired;

/** The national comparison exports, read back as an analyst pasting them into a report would. */
class ComparisonExportTest extends ShequServerTest {
  private static final String COVERAGE = "URBAN_SERVICE_FACILITY_COVERAGE";

  @Autowired TenantDatabase tenantDatabase;

  /** An urban community of test-jiexiu with a facility, approved for 2019: a number to compare. */
  @BeforeEach
  void aReportedCommunity() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    ReportFixtures jiexiu = new ReportFixtures(tenantDatabase, "test-jiexiu");
    jiexiu.unit("R-" + s, "REGION", null, null, null);
    jiexiu.unit("C1-" + s, "COMMUNITY", "R-" + s, "URBAN", 5000);
    jiexiu.report(
        "JX-COMMUNITY",
        "C1-" + s,
        "2019",
        1,
        "APPROVED",
        "jiexiu-2018-2020",
        "{\"has_service_facility\":true,\"facility_area\":600,\"social_orgs\":12,"
            + "\"info_platform_applied\":true}");
  }

  private byte[] download(String uri, String language) {
    var request =
        nationalAnalyst().mutate().responseTimeout(Duration.ofMinutes(1)).build().get().uri(uri);
    if (language != null) {
      request = request.header("Accept-Language", language);
    }
    return request.exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
  }

  private Map<?, ?> json(String uri) {
    return nationalAnalyst()
        .get()
        .uri(uri)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  /** The tenants of the view with an actual, and each one's achievement ratio. */
  private static List<Map<?, ?>> withActual(Map<?, ?> view) {
    return ((List<?>) view.get("tenants"))
        .stream().<Map<?, ?>>map(t -> (Map<?, ?>) t).filter(t -> t.get("actual") != null).toList();
  }

  @Test
  void matrixXlsxHasTheLongTableTheRegionLayoutAndANativeChart() throws Exception {
    Map<?, ?> matrix = json("/api/v1/comparison/matrix?period=2019");
    List<?> rows = (List<?>) matrix.get("rows");
    Map<?, ?> coverage =
        rows.stream()
            .map(r -> (Map<?, ?>) r)
            .filter(r -> COVERAGE.equals(r.get("nationalIndicator")))
            .findFirst()
            .orElseThrow();
    List<Map<?, ?>> reported = withActual(coverage);
    assertThat(reported).isNotEmpty();

    try (XSSFWorkbook book =
        Workbook.open(download("/api/v1/comparison/matrix?period=2019&format=xlsx", null))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(3);

      // Sheet 1: one row per national indicator and tenant figure.
      XSSFSheet table = book.getSheetAt(0);
      assertThat(table.getSheetName()).isEqualTo("全国比较矩阵2019");
      List<String> headers = headers(table);
      assertThat(headers)
          .startsWith("全国指标代码", "全国指标名称", "全国基准值", "全国基准单位")
          .contains("基准日期", "实际值单位", "本地目标单位", "完成率(%)", "填报率(%)", "口径近似");
      var row = rowWhere(table, "本地指标代码", "JX-URBAN-FACILITY-COVERAGE", "租户", "test-jiexiu");
      // The benchmark is a number now, not "96.4" as text, with its unit and date beside it.
      assertThat(cell(table, row, "全国基准值").getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cell(table, row, "全国基准单位").getStringCellValue()).isEqualTo("%");
      assertThat(DateUtil.isCellDateFormatted(cell(table, row, "基准日期"))).isTrue();
      assertThat(cell(table, row, "实际值").getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cell(table, row, "实际值单位").getStringCellValue()).isEqualTo("%");
      var jiexiu = row;
      Map<?, ?> jiexiuJson =
          reported.stream()
              .filter(t -> t.get("tenant").equals("test-jiexiu"))
              .findFirst()
              .orElseThrow();
      // Achievement in percent, like the reporting rate: a ratio of 1 is 100.
      assertThat(cell(table, jiexiu, "完成率(%)").getNumericCellValue())
          .isEqualTo(new BigDecimal(jiexiuJson.get("achievement").toString()).doubleValue() * 100);
      assertThat(table.getPaneInformation().isFreezePane()).isTrue();
      assertThat(table.getCTWorksheet().getAutoFilter()).isNotNull();

      // Sheet 2: national indicators down, regions across, actuals as numbers with their units.
      XSSFSheet regions = book.getSheetAt(1);
      assertThat(regions.getLastRowNum()).isEqualTo(rows.size());
      List<String> regionHeaders = headers(regions);
      String tenantName = ((Map<?, ?>) jiexiuJson.get("tenantName")).get("zh").toString();
      assertThat(regionHeaders)
          .contains(tenantName + " 实际值", tenantName + " 单位", tenantName + " 完成率(%)");
      var regionRow = rowWhere(regions, "全国指标代码", COVERAGE);
      assertThat(cell(regions, regionRow, tenantName + " 实际值").getCellType())
          .isEqualTo(CellType.NUMERIC);
      assertThat(cell(regions, regionRow, tenantName + " 单位").getStringCellValue()).isEqualTo("%");

      // Sheet 3: a native bar chart per indicator with numbers: regions against the benchmark.
      XSSFSheet charts = book.getSheetAt(2);
      List<XSSFChart> drawn = charts.getDrawingPatriarch().getCharts();
      assertThat(drawn).isNotEmpty();
      XSSFChart chart =
          drawn.stream()
              .filter(c -> c.getTitleText().getString().contains(coverageName(coverage)))
              .findFirst()
              .orElseThrow();
      List<XDDFChartData> data = chart.getChartSeries();
      XDDFChartData bars = data.get(0);
      assertThat(bars).isInstanceOf(XDDFBarChartData.class);
      assertThat(bars.getSeriesCount()).isEqualTo(1);
      assertThat(bars.getSeries(0).getCategoryData().getPointCount()).isEqualTo(reported.size());
      assertThat(data.get(1)).isInstanceOf(XDDFLineChartData.class);
      assertThat(data.get(1).getSeries(0).getValuesData().getPointAt(0).doubleValue())
          .isEqualTo(cell(table, row, "全国基准值").getNumericCellValue());
    }
  }

  private static String coverageName(Map<?, ?> coverage) {
    return ((Map<?, ?>) coverage.get("name")).get("zh").toString();
  }

  @Test
  void oneIndicatorXlsxHasItsRowsAndABarChartWithTheNationalLines() throws Exception {
    String uri = "/api/v1/comparison?nationalIndicator=" + COVERAGE + "&period=2019";
    Map<?, ?> view = json(uri);
    int reported = withActual(view).size();
    try (XSSFWorkbook book = Workbook.open(download(uri + "&format=xlsx", "en"))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      XSSFSheet table = book.getSheetAt(0);
      assertThat(table.getSheetName()).isEqualTo("Comparison 2019");
      assertThat(headers(table))
          .startsWith("National indicator code", "National indicator", "National benchmark")
          .contains("Benchmark unit", "Actual unit", "Achievement (%)", "Reporting rate (%)");
      assertThat(table.getLastRowNum()).isEqualTo(((List<?>) view.get("tenants")).size());
      var row = rowWhere(table, "Tenant", "test-jiexiu");
      assertThat(cell(table, row, "Status").getStringCellValue())
          .isIn("achieved", "on track", "at risk", "behind", "insufficient data", "no data");
      assertThat(cell(table, row, "Approximate mapping").getStringCellValue()).isEqualTo("no");

      List<XSSFChart> charts = book.getSheetAt(1).getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(1);
      List<XDDFChartData> data = charts.get(0).getChartSeries();
      assertThat(data.get(0).getSeriesCount()).isEqualTo(1);
      assertThat(data.get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(reported);
      // The national benchmark as a line across the bars.
      assertThat(data.get(1).getSeriesCount()).isGreaterThanOrEqualTo(1);
      assertThat(data.get(1).getSeries(0).getValuesData().getPointCount()).isEqualTo(reported);
    }
  }

  @Test
  void csvPercentagesMatchTheirHeaders() {
    String uri = "/api/v1/comparison?nationalIndicator=" + COVERAGE + "&period=2019&format=csv";
    String csv = new String(download(uri, null), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    List<String> headers = List.of(lines.get(0).substring(1).split(","));
    String jiexiu =
        lines.stream().filter(l -> l.contains(",test-jiexiu,")).findFirst().orElseThrow();
    List<String> cells = List.of(jiexiu.split(",", -1));
    BigDecimal achievement = new BigDecimal(cells.get(headers.indexOf("完成率(%)")));
    BigDecimal rate = new BigDecimal(cells.get(headers.indexOf("填报率(%)")));
    assertThat(achievement).isGreaterThan(BigDecimal.ONE);
    assertThat(rate).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    assertThat(cells.get(headers.indexOf("基准日期"))).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  }

  @Test
  void aPeriodOutsideEveryPlanIsNotFound() {
    for (String uri :
        List.of(
            "/api/v1/comparison/matrix?period=2030",
            "/api/v1/comparison/matrix?period=2030&format=xlsx",
            "/api/v1/comparison?nationalIndicator=" + COVERAGE + "&period=2030")) {
      nationalAnalyst()
          .get()
          .uri(uri)
          .header("Accept-Language", "en")
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectBody()
          .jsonPath("$.detail")
          .isEqualTo("no plan covering period '2030'");
    }
    nationalAnalyst()
        .get()
        .uri("/api/v1/comparison/matrix?period=2030")
        .header("Accept-Language", "zh")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("覆盖该报告期的规划“2030”不存在");
    nationalAnalyst()
        .get()
        .uri("/api/v1/comparison/matrix?period=2019")
        .exchange()
        .expectStatus()
        .isOk();
  }
}
