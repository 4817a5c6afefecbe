package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Option;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.security.Role;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.Workbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The batch-report template on Zhejiang's forms: a small tree of its own per test (a province unit,
 * two streets, communities urban, rural and inactive), read back with POI as Excel would.
 */
class ReportTemplateTest extends ShequServerTest {
  static final String TENANT = "test-template";
  static final String PLAN = "zhejiang-2016-2020";
  static final String COMMUNITY_FORM = "ZJ-COMMUNITY";
  static final String RURAL_FORM = "ZJ-RURAL-COMMUNITY";
  static final String REGION_FORM = "ZJ-REGION";

  @Autowired TenantDatabase database;
  @Autowired PlanRegistry plans;

  String province;
  String street;
  String otherStreet;
  String urban;
  String rural;
  String inactive;
  String otherRural;

  @BeforeEach
  void tree() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 8);
    province = "pr-" + s;
    street = "st-" + s;
    otherStreet = "st2-" + s;
    urban = "cu-" + s;
    rural = "cr-" + s;
    inactive = "ci-" + s;
    otherRural = "co-" + s;
    insertUnit(province, "REGION", null, null, "浙江省 " + s, true);
    insertUnit(street, "STREET", province, null, "A街道", true);
    insertUnit(otherStreet, "STREET", province, null, "B街道", true);
    // Named so the tree's order (by name) differs from the ids' order.
    insertUnit(urban, "COMMUNITY", street, "URBAN", "A社区", true);
    insertUnit(rural, "COMMUNITY", street, "RURAL", "B社区", true);
    insertUnit(inactive, "COMMUNITY", street, "URBAN", "已撤销社区", false);
    insertUnit(otherRural, "COMMUNITY", otherStreet, "RURAL", "丙村", true);
  }

  @Test
  void chineseHeadersWithUnitsMachineCodesAndMetaSheet() throws Exception {
    byte[] xlsx = download(admin(), COMMUNITY_FORM, "2020", street, null);
    Form form = form(COMMUNITY_FORM);
    try (XSSFWorkbook book = Workbook.open(xlsx)) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("填报");
      List<String> headers = Workbook.texts(sheet.getRow(0));
      assertThat(headers.subList(0, 3)).containsExactly("单位编码", "单位名称", "上级");
      assertThat(headers).contains("社区工作者人数 (人)").hasSize(3 + form.fields().size());
      Field yesNo = field(form, "has_service_centre");
      assertThat(headers.get(3 + form.fields().indexOf(yesNo))).isEqualTo(yesNo.label().zh());
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

      Row codes = sheet.getRow(1);
      assertThat(codes.getZeroHeight()).as("machine-code row hidden").isTrue();
      List<String> expectedCodes = new ArrayList<>(List.of("orgUnit", "orgUnitName", "path"));
      form.fields().forEach(f -> expectedCodes.add(f.code()));
      assertThat(Workbook.texts(codes)).containsExactlyElementsOf(expectedCodes);

      Sheet meta = book.getSheet("shequ");
      assertThat(meta).isNotNull();
      assertThat(book.isSheetHidden(book.getSheetIndex(meta))).isTrue();
      Map<String, String> values = keyValues(meta);
      assertThat(values)
          .containsEntry("tenant", TENANT)
          .containsEntry("form", COMMUNITY_FORM)
          .containsEntry("period", "2020")
          .containsEntry("orgUnit", street)
          .containsEntry("language", "zh");
      assertThat(Instant.parse(values.get("generated")))
          .isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(5));
    }
  }

  @Test
  void englishUnderAcceptLanguage() throws Exception {
    byte[] xlsx = download(admin(), COMMUNITY_FORM, "2020", street, "en");
    try (XSSFWorkbook book = Workbook.open(xlsx)) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Reports");
      List<String> headers = Workbook.texts(sheet.getRow(0));
      assertThat(headers.subList(0, 3)).containsExactly("Unit id", "Unit name", "Parent units");
      assertThat(headers).contains("Community workers (persons)");
      assertThat(keyValues(book.getSheet("shequ"))).containsEntry("language", "en");
      XSSFDataValidation yesNo = validationOf(sheet, "has_service_centre");
      assertThat(yesNo.getValidationConstraint().getExplicitListValues())
          .containsExactly("Yes", "No");
      assertThat(yesNo.getErrorBoxTitle()).isEqualTo("Invalid entry");
    }
  }

  @Test
  void aReporterGetsItsActiveUnitsThatTakeTheFormInTreeOrder() throws Exception {
    WebTestClient reporter = as("rep-" + street, TENANT, street, Role.REPORTER);
    byte[] xlsx = download(reporter, COMMUNITY_FORM, "2020", null, null);
    try (XSSFWorkbook book = Workbook.open(xlsx)) {
      // A社区 before B社区: by name; the street itself, the inactive community and the other
      // street's community are absent.
      assertThat(unitIds(book.getSheetAt(0))).containsExactly(urban, rural);
      Row first = book.getSheetAt(0).getRow(2);
      assertThat(Workbook.texts(first).subList(1, 3))
          .containsExactly("A社区", "浙江省 " + province.substring(3) + " / A街道");
      assertThat(keyValues(book.getSheet("shequ"))).containsEntry("orgUnit", street);
    }
  }

  @Test
  void anAdminGetsEveryUnitUnderTheOneItNamesAndOnlyThoseTheFormFits() throws Exception {
    try (XSSFWorkbook book =
        Workbook.open(download(admin(), COMMUNITY_FORM, "2020", province, null))) {
      assertThat(unitIds(book.getSheetAt(0))).containsExactly(urban, rural, otherRural);
    }
    try (XSSFWorkbook book = Workbook.open(download(admin(), RURAL_FORM, "2020", province, null))) {
      assertThat(unitIds(book.getSheetAt(0)))
          .as("rural form: rural communities")
          .containsExactly(rural, otherRural);
    }
    // Without orgUnit: the whole tenant, this test's units among them.
    try (XSSFWorkbook book = Workbook.open(download(admin(), COMMUNITY_FORM, "2020", null, null))) {
      assertThat(unitIds(book.getSheetAt(0)))
          .contains(rural, urban, otherRural)
          .doesNotContain(inactive, street, province);
      assertThat(keyValues(book.getSheet("shequ"))).containsEntry("orgUnit", "");
    }
  }

  @Test
  void currentValuesAreFilledAndTyped() throws Exception {
    put(urban, COMMUNITY_FORM, Map.of("community_workers", 12, "has_service_centre", true));
    put(rural, COMMUNITY_FORM, Map.of("has_service_centre", false));
    Form region = form(REGION_FORM);
    Field stage = region.fields().stream().filter(f -> !f.options().isEmpty()).findFirst().get();
    Option last = stage.options().get(stage.options().size() - 1);
    put(province, REGION_FORM, Map.of(stage.code(), last.code()));

    try (XSSFWorkbook book =
        Workbook.open(download(admin(), COMMUNITY_FORM, "2020", street, null))) {
      Sheet sheet = book.getSheetAt(0);
      Row urbanRow = sheet.getRow(2);
      assertThat(urbanRow.getCell(0).getStringCellValue()).isEqualTo(urban);
      Cell workers = cell(sheet, urbanRow, "community_workers");
      assertThat(workers.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(workers.getNumericCellValue()).isEqualTo(12.0);
      assertThat(cell(sheet, urbanRow, "has_service_centre").getStringCellValue()).isEqualTo("是");
      assertThat(cell(sheet, sheet.getRow(3), "has_service_centre").getStringCellValue())
          .isEqualTo("否");
      assertThat(cell(sheet, sheet.getRow(3), "community_workers")).as("not reported").isNull();
    }
    try (XSSFWorkbook book =
        Workbook.open(download(admin(), REGION_FORM, "2020", province, "en"))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(unitIds(sheet)).containsExactly(province);
      assertThat(cell(sheet, sheet.getRow(2), stage.code()).getStringCellValue())
          .isEqualTo(last.label().en());
    }
  }

  @Test
  void dataValidationsCarryTheFieldsListsAndLimits() throws Exception {
    Form community = form(COMMUNITY_FORM);
    try (XSSFWorkbook book =
        Workbook.open(download(admin(), COMMUNITY_FORM, "2020", street, null))) {
      XSSFSheet sheet = book.getSheetAt(0);
      XSSFDataValidation workers = validationOf(sheet, "community_workers");
      DataValidationConstraint c = workers.getValidationConstraint();
      assertThat(c.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
      assertThat(c.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
      Field f = field(community, "community_workers");
      assertThat(c.getFormula1()).isEqualTo(f.min().toPlainString());
      assertThat(c.getFormula2()).isEqualTo(f.max().toPlainString());
      assertThat(workers.getRegions().getCellRangeAddress(0).formatAsString())
          .as("over the data rows")
          .isEqualTo(
              column(sheet, "community_workers") + "3:" + column(sheet, "community_workers") + "4");
      assertThat(workers.getShowPromptBox()).isTrue();
      assertThat(workers.getPromptBoxTitle()).isEqualTo(f.label().zh());
      assertThat(workers.getPromptBoxText()).contains("0 到 2000");
      assertThat(workers.getShowErrorBox()).isTrue();
      assertThat(workers.getErrorBoxTitle()).isEqualTo("输入有误");

      XSSFDataValidation yesNo = validationOf(sheet, "has_service_centre");
      assertThat(yesNo.getValidationConstraint().getExplicitListValues()).containsExactly("是", "否");
      // POI reads OOXML's inverted showDropDown: "suppressed" here is what shows the arrow.
      assertThat(yesNo.getSuppressDropDownArrow()).isTrue();
    }
    Form region = form(REGION_FORM);
    try (XSSFWorkbook book =
        Workbook.open(download(admin(), REGION_FORM, "2020", province, null))) {
      XSSFSheet sheet = book.getSheetAt(0);
      for (Field stage : region.fields()) {
        if (stage.options().isEmpty()) {
          continue;
        }
        XSSFDataValidation list = validationOf(sheet, stage.code());
        assertThat(list.getValidationConstraint().getValidationType())
            .isEqualTo(DataValidationConstraint.ValidationType.LIST);
        assertThat(list.getValidationConstraint().getExplicitListValues())
            .containsExactlyElementsOf(stage.options().stream().map(o -> o.label().zh()).toList());
      }
    }
  }

  @Test
  void unitsOutOfReachLookAbsentAndReadOnlyRolesAreRefused() throws Exception {
    WebTestClient reporter = as("rep-" + street, TENANT, street, Role.REPORTER);
    template(reporter, COMMUNITY_FORM, "2020", otherStreet, null)
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    template(admin(), COMMUNITY_FORM, "2020", "no-such-unit", null).expectStatus().isNotFound();
    template(regionAdmin("test-reports"), COMMUNITY_FORM, "2020", null, null)
        .expectStatus()
        .isNotFound();
    template(nationalAnalyst(), COMMUNITY_FORM, "2020", null, null).expectStatus().isForbidden();
    template(admin(), "NO-SUCH-FORM", "2020", null, null).expectStatus().isNotFound();
    template(admin(), COMMUNITY_FORM, "1999", null, null).expectStatus().isNotFound();
  }

  // --- helpers

  WebTestClient admin() {
    return regionAdmin(TENANT);
  }

  WebTestClient.ResponseSpec template(
      WebTestClient who, String form, String period, String orgUnit, String language) {
    // Patient: a loaded build machine can take seconds where a quiet one takes milliseconds.
    var spec =
        who.mutate()
            .responseTimeout(Duration.ofSeconds(60))
            .build()
            .get()
            .uri(
                b -> {
                  b.path("/api/v1/tenants/" + TENANT + "/forms/" + form + "/template.xlsx")
                      .queryParam("period", period);
                  if (orgUnit != null) {
                    b.queryParam("orgUnit", orgUnit);
                  }
                  return b.build();
                });
    if (language != null) {
      spec = spec.header(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return spec.exchange();
  }

  byte[] download(WebTestClient who, String form, String period, String orgUnit, String language) {
    return template(who, form, period, orgUnit, language)
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .expectHeader()
        .valueEquals(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + form + "-" + period + ".xlsx\"")
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
  }

  void put(String orgUnit, String form, Map<String, Object> values) {
    admin()
        .put()
        .uri("/api/v1/tenants/" + TENANT + "/reports/" + form + "/" + orgUnit + "/2020")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", values))
        .exchange()
        .expectStatus()
        .isCreated();
  }

  Form form(String code) {
    return plans.plan(PLAN).orElseThrow().plan().form(code).orElseThrow();
  }

  static Field field(Form form, String code) {
    return form.field(code).orElseThrow();
  }

  static List<String> unitIds(Sheet sheet) {
    List<String> ids = new ArrayList<>();
    for (int r = 2; r <= sheet.getLastRowNum(); r++) {
      ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
    }
    return ids;
  }

  static Map<String, String> keyValues(Sheet meta) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Row row : meta) {
      out.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
    }
    return out;
  }

  /** The column of the field whose machine code (row 2) is {@code code}. */
  static int columnIndex(Sheet sheet, String code) {
    int c = Workbook.texts(sheet.getRow(1)).indexOf(code);
    assertThat(c).as("column " + code).isNotNegative();
    return c;
  }

  static String column(Sheet sheet, String code) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(columnIndex(sheet, code));
  }

  static Cell cell(Sheet sheet, Row row, String code) {
    return row.getCell(columnIndex(sheet, code));
  }

  static XSSFDataValidation validationOf(XSSFSheet sheet, String code) {
    int c = columnIndex(sheet, code);
    return sheet.getDataValidations().stream()
        .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == c)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no validation on " + code));
  }

  void insertUnit(
      String id, String level, String parent, String area, String name, boolean active) {
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
                                    + " parent_id, name_zh, area, active, change_kind, changed_by)"
                                    + " VALUES (:t, :id, DATE '2000-01-01', NULLIF(:parent, ''),"
                                    + " :name, NULLIF(:area, ''), :active, 'CREATE', 'test')")
                            .bind("t", TENANT)
                            .bind("id", id)
                            .bind("parent", parent == null ? "" : parent)
                            .bind("name", name)
                            .bind("area", area == null ? "" : area)
                            .bind("active", active)
                            .fetch()
                            .rowsUpdated()))
        .then()
        .block(Duration.ofSeconds(10));
  }
}
