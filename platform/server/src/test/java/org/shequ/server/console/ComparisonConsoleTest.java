package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shequ.server.security.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A national analyst compares regions in the browser: the heatmap of national indicators × regions
 * shows each region's figure in its status colour, a cell opens the local indicator, actual, own
 * target and note, an indicator's name leads to the regions' bar chart against the national
 * benchmark and target, a region leads to its progress, and the indicator's XLSX is downloaded and
 * read back. The pages speak English on the switch, fit a phone and pass axe-core.
 */
class ComparisonConsoleTest extends ConsoleBrowserTest {
  private static final String PERIOD = "2019";
  private static final String NATIONAL = "URBAN_SERVICE_FACILITY_COVERAGE";
  private static final String JIEXIU = "test-cmp-jiexiu";
  private static final String XIAMEN = "test-cmp-xiamen";
  private static final String ZHEJIANG = "test-cmp-zhejiang";
  private static final Map<String, String> PLANS =
      Map.of(
          JIEXIU, "jiexiu-2018-2020", XIAMEN, "xiamen-2016-2020", ZHEJIANG, "zhejiang-2016-2020");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static boolean seeded;

  /** The option of the chart at a data-test hook, as JSON, read from ECharts in the page. */
  private static final String CHART_OPTION =
      """
      const done = arguments[arguments.length - 1];
      import('/ui/core/echarts.js').then(m => {
        const chart = m.getInstanceByDom(document.querySelector(arguments[0]));
        const o = chart.getOption();
        done(JSON.stringify({x: o.xAxis[0].data, y: o.yAxis[0].data, series: o.series}));
      });
      """;

  /**
   * Where ECharts draws a data point, in the viewport: its frame scrolled (sideways too, for a wide
   * heatmap) so that the point is in view.
   */
  private static final String POINT_IN_VIEW =
      """
      const done = arguments[arguments.length - 1];
      const el = document.querySelector(arguments[0]);
      import('/ui/core/echarts.js').then(m => {
        const [x, y] = m.getInstanceByDom(el).convertToPixel({seriesIndex: 0}, arguments[1]);
        const frame = el.closest('.cmp-heatmap-frame');
        if (frame) frame.scrollLeft = Math.max(0, x - frame.clientWidth / 2);
        const top = el.getBoundingClientRect().top + window.scrollY + y;
        window.scrollTo(0, Math.max(0, top - window.innerHeight / 2));
        requestAnimationFrame(() => {
          const r = el.getBoundingClientRect();
          done([Math.round(r.left + x), Math.round(r.top + y)]);
        });
      });
      """;

  @Test
  void anAnalystComparesRegionsOnTheHeatmapAndTakesAnIndicatorsXlsx() throws IOException {
    seed();
    Path downloads = downloadsTo();
    signIn("analyst");

    // The heatmap: national indicators × regions, the figures in the cells, fresh as of now.
    open("#/comparison?period=" + PERIOD);
    waitFor("[data-test='cmp-heatmap']");
    waitFor("[data-test='freshness']");
    waitFor("[data-test='cmp-legend']");
    String option = chartOption("[data-test='cmp-heatmap']");
    assertThat(option).contains(JIEXIU, XIAMEN, ZHEJIANG, NATIONAL);
    List<String> tenants = tenantsOfMatrix();
    int column = tenants.indexOf(JIEXIU);
    int row = indicatorsOfMatrix().indexOf(NATIONAL);
    assertThat(column).isNotNegative();
    assertThat(row).isNotNegative();
    screenshot("comparison-heatmap");

    // A click on Jiexiu's cell shows its local indicator, actual, own target and status.
    clickChartAt("[data-test='cmp-heatmap']", List.of(column, row));
    WebElement detail = waitFor("[data-test='cmp-detail']");
    assertThat(detail.getAttribute("data-tenant")).isEqualTo(JIEXIU);
    assertThat(detail.getText()).contains("城市社区综合服务设施覆盖率", "≥ 100", "%", "填报率");
    assertThat(waitFor("[data-test='cmp-to-progress']").getAttribute("href"))
        .endsWith("#/progress?tenant=" + JIEXIU + "&period=" + PERIOD);

    // The same figures as a table; Xiamen's workstations only approximate the national indicator.
    click("[data-test='cmp-view-table']");
    String tableRow = "[data-test='cmp-row'][data-indicator='" + NATIONAL + "'] ";
    waitFor(tableRow);
    assertThat(waitFor(tableRow).getText()).contains("≈", "%");
    assertThat(all("[data-test='cmp-region'][data-tenant='" + XIAMEN + "']")).hasSize(1);

    // Picking the indicator leads to the regions' bars against the national benchmark and target.
    click(tableRow + "[data-test='cmp-indicator']");
    waitFor("[data-test='cmp-bars']");
    waitForText("[data-test='comparison-indicator'] h1", "城市社区综合服务设施覆盖率");
    String bars = chartOption("[data-test='cmp-bars']");
    assertThat(bars).contains("\"markLine\"", "\"yAxis\":100", "\"yAxis\":96.4", "decal");
    assertThat(waitFor("[data-test='cmp-target']").getText()).contains("≥ 100");
    assertThat(waitFor("[data-test='cmp-benchmark']").getText()).contains("96.4");
    String xiamenRow = "[data-test='cmp-indicator-row']:has([data-tenant='" + XIAMEN + "'])";
    assertThat(waitFor(xiamenRow).getText()).contains("≈");
    screenshot("comparison-indicator");

    // The indicator's XLSX, saved by the browser and read back.
    click("[data-test='cmp-export-xlsx']");
    Path xlsx = downloaded(downloads, "comparison-" + NATIONAL + "-" + PERIOD + ".xlsx");
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      List<String> header = texts(sheet.getRow(0));
      assertThat(header).anySatisfy(h -> assertThat(h).contains("单位"));
      assertThat(rowsNaming(sheet, JIEXIU)).isNotEmpty();
      assertThat(rowsNaming(sheet, XIAMEN)).isNotEmpty();
    }

    // A region's bar leads to its progress, read-only for national staff.
    assertThat(
            waitFor(
                    "[data-test='cmp-indicator-row'] [data-test='cmp-region'][data-tenant='"
                        + ZHEJIANG
                        + "']")
                .getAttribute("href"))
        .endsWith("#/progress?tenant=" + ZHEJIANG + "&period=" + PERIOD);
    List<Map<String, Object>> barList = barsOf();
    int bar = -1;
    for (int i = 0; i < barList.size(); i++) {
      if (JIEXIU.equals(barList.get(i).get("tenant"))) {
        bar = i;
      }
    }
    assertThat(bar).as("a bar for %s in %s", JIEXIU, barList).isNotNegative();
    double half = ((Number) barList.get(bar).get("value")).doubleValue() / 2;
    clickChartAt("[data-test='cmp-bars']", List.of(bar, half));
    new WebDriverWait(browser(), WAIT)
        .until(d -> d.getCurrentUrl().contains("#/progress?tenant=" + JIEXIU));
  }

  @Test
  void theComparisonSpeaksEnglishFitsAPhoneAndPassesAxe() {
    seed();
    signIn("analyst");
    open("#/comparison?period=" + PERIOD);
    waitFor("[data-test='cmp-heatmap']");
    setLanguage("en");
    waitForText("[data-test='comparison'] h1", "National comparison");
    waitForText("[data-test='cmp-legend']", "Behind");
    assertThat(chartOption("[data-test='cmp-heatmap']")).contains(NATIONAL);
    click("[data-test='cmp-view-table']");
    String tableRow = "[data-test='cmp-row'][data-indicator='" + NATIONAL + "'] ";
    waitForText(tableRow + "[data-test='cmp-indicator']", "Urban community");
    assertThat(waitFor("[data-test='cmp-table'] caption").getText())
        .isEqualTo("National comparison matrix, " + PERIOD);
    assertThat(waitFor("[data-test='cmp-export-xlsx']").getText()).isEqualTo("Matrix as XLSX");

    click("[data-test='cmp-view-chart']");
    waitFor("[data-test='cmp-heatmap']");

    List<String> violations = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      setLanguage(lang);
      for (int width : List.of(1280, 390)) {
        resize(width);
        check(
            violations, lang, width, "#/comparison?period=" + PERIOD, "[data-test='cmp-heatmap']");
        assertNoHorizontalScroll();
        check(
            violations,
            lang,
            width,
            "#/comparison/" + NATIONAL + "?period=" + PERIOD,
            "[data-test='cmp-bars']");
        assertNoHorizontalScroll();
        if (width == 390 && lang.equals("zh")) {
          screenshot("comparison-indicator-390");
        }
      }
    }
    resize(1280);
    assertThat(violations).as("WCAG 2 A/AA violations found by axe-core").isEmpty();
  }

  @Test
  void theIndicatorsXlsxIsReadyToPasteIntoAReport() throws IOException {
    seed();
    Path downloads = downloadsTo();
    signIn("analyst");
    open("#/comparison/" + NATIONAL + "?period=" + PERIOD);
    waitFor("[data-test='cmp-bars']");
    click("[data-test='cmp-export-xlsx']");
    Path xlsx = downloaded(downloads, "comparison-" + NATIONAL + "-" + PERIOD + ".xlsx");
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      List<String> header = texts(sheet.getRow(0));
      int actual = header.indexOf("实际值");
      assertThat(actual).as("an 实际值 column in %s", header).isNotNegative();
      assertThat(header).anySatisfy(h -> assertThat(h).contains("单位"));
      Row jiexiu = rowsNaming(sheet, JIEXIU).get(0);
      assertThat(jiexiu.getCell(actual).getCellType()).isEqualTo(CellType.NUMERIC);
      boolean chart = false;
      for (int i = 0; i < book.getNumberOfSheets(); i++) {
        var drawing = ((XSSFSheet) book.getSheetAt(i)).getDrawingPatriarch();
        chart |= drawing != null && !drawing.getCharts().isEmpty();
      }
      assertThat(chart).as("a native chart in the workbook").isTrue();
    }
  }

  private void check(List<String> violations, String lang, int width, String hash, String ready) {
    violations.addAll(axeViolations(lang + " " + width + "px", hash, ready));
  }

  private String chartOption(String css) {
    return (String) browser().executeAsyncScript(CHART_OPTION, css);
  }

  @SuppressWarnings("unchecked")
  private List<String> tenantsOfMatrix() {
    return (List<String>)
        browser()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " import('/ui/core/echarts.js').then(m => done(m.getInstanceByDom("
                    + "document.querySelector(\"[data-test='cmp-heatmap']\")).getOption().xAxis[0].data))");
  }

  @SuppressWarnings("unchecked")
  private List<String> indicatorsOfMatrix() {
    return (List<String>)
        browser()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " import('/ui/core/echarts.js').then(m => done(m.getInstanceByDom("
                    + "document.querySelector(\"[data-test='cmp-heatmap']\")).getOption().yAxis[0].data))");
  }

  /** The bars, in order: each one's tenant and value. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> barsOf() {
    return (List<Map<String, Object>>)
        browser()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " import('/ui/core/echarts.js').then(m => done(m.getInstanceByDom("
                    + "document.querySelector(\"[data-test='cmp-bars']\")).getOption().series[0].data"
                    + ".map(d => ({tenant: d.tenant, value: d.value}))))");
  }

  /** Clicks a chart where ECharts draws the data point, as a user's pointer does. */
  private void clickChartAt(String css, List<? extends Number> point) {
    waitFor(css);
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) browser().executeAsyncScript(POINT_IN_VIEW, css, point);
    new Actions(browser())
        .moveToLocation(at.get(0).intValue(), at.get(1).intValue())
        .click()
        .perform();
  }

  /** Lets the browser save downloads into a fresh directory, without asking. */
  private Path downloadsTo() throws IOException {
    Path dir = Files.createTempDirectory("shequ-downloads");
    browser()
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    return dir;
  }

  private Path downloaded(Path dir, String name) {
    Path file = dir.resolve(name);
    new WebDriverWait(browser(), WAIT)
        .until(
            d -> {
              try {
                return Files.isRegularFile(file) && Files.size(file) > 0;
              } catch (IOException e) {
                return false;
              }
            });
    return file;
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell cell : row) {
      out.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString());
    }
    return out;
  }

  private static List<Row> rowsNaming(Sheet sheet, String tenant) {
    List<Row> out = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && tenant.equals(cell.getStringCellValue())) {
          out.add(row);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Three regions of different plans, each with a street and three urban communities whose every
   * community report for the period is approved: two with every facility, one with none, so the
   * figures differ from region to region.
   */
  private synchronized void seed() {
    if (seeded) {
      return;
    }
    // Once only, even if it fails: a second attempt would only trip over the units made already.
    seeded = true;
    for (String tenant : List.of(JIEXIU, XIAMEN, ZHEJIANG)) {
      String street = tenant + "-s";
      addUnit(tenant, unit(street, null, "STREET", "比较街道"));
      for (int i = 1; i <= 3; i++) {
        String community = tenant + "-c" + i;
        addUnit(tenant, unit(community, street, "COMMUNITY", "比较社区" + i));
        for (Map<String, Object> form : communityForms(PLANS.get(tenant))) {
          approve(tenant, String.valueOf(form.get("code")), community, values(form, i < 3));
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> communityForms(String plan) {
    Map<String, Object> body =
        client
            .get()
            .uri("/api/v1/plans/" + plan)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return ((List<Map<String, Object>>) body.get("forms"))
        .stream()
            .filter(f -> "COMMUNITY".equals(f.get("level")))
            .filter(f -> !"RURAL".equals(f.get("appliesTo")))
            .toList();
  }

  /**
   * A value for every field: yes (or no, for the community without facilities), 3, the first
   * option.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> values(Map<String, Object> form, boolean yes) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map<String, Object> field : (List<Map<String, Object>>) form.get("fields")) {
      List<Map<String, Object>> options = (List<Map<String, Object>>) field.get("options");
      Object value =
          switch (String.valueOf(field.get("type"))) {
            case "BOOLEAN" -> yes;
            case "TEXT" -> "示例";
            case "DATE" -> PERIOD + "-06-30";
            case "ENUM" -> options.get(0).get("code");
            default -> yes ? 3 : 0;
          };
      values.put(String.valueOf(field.get("code")), value);
    }
    return values;
  }

  private void approve(String tenant, String form, String unit, Map<String, Object> values) {
    String path = "/api/v1/tenants/" + tenant + "/reports/" + form + "/" + unit + "/" + PERIOD;
    WebTestClient reporter = as("reporter-" + unit, tenant, unit, Role.REPORTER);
    reporter
        .put()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", values))
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
    regionAdmin(tenant)
        .post()
        .uri(path + "/approve")
        .header("If-Match", "\"2\"")
        .exchange()
        .expectStatus()
        .isOk();
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
