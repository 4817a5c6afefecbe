package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch reporting: a street's communities in one file, checked row by row as single reports are,
 * stored all or nothing (or the valid rows), and the same file twice storing nothing new.
 */
class ReportBatchTest extends ReportTestSupport {
  static final String HEADER =
      "orgUnit,premises_area,office_area,high_standard_harmonious,social_workers_under_45,"
          + "certified_social_workers_under_45,info_platform_functions_extended,social_orgs,"
          + "social_orgs_with_party_work,democratic_consultation";

  private final JsonMapper json = JsonMapper.builder().build();

  /** Five communities under the test's street, besides the one {@link #createTree} makes. */
  List<String> communities = new ArrayList<>();

  @BeforeEach
  void tree() {
    createTree();
    communities.add(community);
    for (int i = 1; i <= 4; i++) {
      String id = community + "-" + i;
      insertUnit(TENANT, id, "COMMUNITY", street, i % 2 == 0 ? "RURAL" : "URBAN");
      communities.add(id);
    }
  }

  static String validLine(String unit) {
    return unit + ",800,100,是,10,5,yes,8,4,否";
  }

  String csv(List<String> lines) {
    return HEADER + "\n" + String.join("\n", lines) + "\n";
  }

  WebTestClient.ResponseSpec upload(WebTestClient who, byte[] body, MediaType type, String query) {
    // A first workbook loads POI's classes: slow on a loaded machine.
    return who.mutate()
        .responseTimeout(Duration.ofSeconds(60))
        .build()
        .post()
        .uri("/api/v1/tenants/" + TENANT + "/reports/batch?" + query)
        .contentType(type)
        .header("Accept-Language", "en")
        .bodyValue(body)
        .exchange();
  }

  WebTestClient.ResponseSpec uploadCsv(WebTestClient who, String text, String query) {
    return upload(
        who,
        text.getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv"),
        "form=" + FORM + "&period=2019&" + query);
  }

  JsonNode body(WebTestClient.ResponseSpec spec, int status) {
    byte[] bytes =
        spec.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
    return json.readTree(bytes);
  }

  long audits(String action, String unit) {
    return database
        .inTenantOne(
            TENANT,
            db ->
                db.sql(
                        "SELECT count(*) AS n FROM audit_log WHERE action = :a"
                            + " AND resource LIKE :r")
                    .bind("a", action)
                    .bind("r", unit == null ? "%" : "%/" + unit + "/%")
                    .map(r -> r.get("n", Long.class))
                    .one())
        .block(Duration.ofSeconds(10));
  }

  long currentRows(String unit) {
    return database
        .inTenantOne(
            TENANT,
            db ->
                db.sql(
                        "SELECT count(*) AS n FROM report_current WHERE form_code = :f"
                            + " AND org_unit_id = :u AND period = '2019'")
                    .bind("f", FORM)
                    .bind("u", unit)
                    .map(r -> r.get("n", Long.class))
                    .one())
        .block(Duration.ofSeconds(10));
  }

  @Test
  void aStreetSavesItsCommunitiesFromOneCsvFile() {
    List<String> lines = communities.stream().map(ReportBatchTest::validLine).toList();
    JsonNode answer = body(uploadCsv(admin(), csv(lines), ""), 201);

    assertThat(answer.get("rows").asInt()).isEqualTo(5);
    assertThat(answer.get("stored").asInt()).isEqualTo(5);
    assertThat(answer.get("refused").asInt()).isZero();
    assertThat(answer.get("action").asString()).isEqualTo("SAVE");
    assertThat(answer.get("id").asString()).hasSize(64);
    assertThat(answer.get("results").get(0).get("row").asInt()).isEqualTo(2);
    assertThat(answer.get("results").get(0).get("outcome").asString()).isEqualTo("STORED");
    assertThat(answer.get("results").get(0).get("status").asString()).isEqualTo("DRAFT");
    assertThat(answer.get("results").get(0).get("version").asInt()).isEqualTo(1);
    for (String unit : communities) {
      assertThat(versionCount(unit, "2019")).isEqualTo(1);
      assertThat(audits("report.save", unit)).isEqualTo(1);
    }
    // The stored report reads as a single save's would.
    reporter(community)
        .get()
        .uri(path(community, "2019"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DRAFT")
        .jsonPath("$.values.premises_area")
        .isEqualTo(800)
        .jsonPath("$.values.high_standard_harmonious")
        .isEqualTo(true)
        .jsonPath("$.values.democratic_consultation")
        .isEqualTo(false)
        .jsonPath("$.missing.length()")
        .isEqualTo(0);
  }

  @Test
  void anyErrorRefusesTheWholeFileListingEveryErrorAndStoresNothing() {
    List<String> lines = new ArrayList<>();
    lines.add(validLine(communities.get(0)));
    lines.add(communities.get(1) + ",800,100,是,10,5,yes,8,4,maybe");
    lines.add(validLine(communities.get(2)));
    lines.add(communities.get(3) + ",lots,100,是,10,5,yes,8,4,否");
    lines.add(communities.get(4) + ",800,100,是,10,50,yes,8,4,否");
    JsonNode problem = body(uploadCsv(admin(), csv(lines), ""), 422);

    assertThat(problem.get("type").asString()).isEqualTo("urn:shequ:problem:batch-invalid");
    assertThat(problem.get("rows").asInt()).isEqualTo(5);
    assertThat(problem.get("refused").asInt()).isEqualTo(3);
    JsonNode errors = problem.get("errors");
    assertThat(errors.size()).isEqualTo(3);
    assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
    assertThat(errors.get(0).get("column").asString()).isEqualTo("J");
    assertThat(errors.get(0).get("field").asString()).isEqualTo("democratic_consultation");
    assertThat(errors.get(0).get("orgUnit").asString()).isEqualTo(communities.get(1));
    assertThat(errors.get(0).get("message").asString())
        .isEqualTo("'Democratic consultation system in practice' must be true or false");
    assertThat(errors.get(1).get("row").asInt()).isEqualTo(5);
    assertThat(errors.get(1).get("column").asString()).isEqualTo("B");
    assertThat(errors.get(1).get("code").asString()).isEqualTo("type");
    assertThat(errors.get(2).get("row").asInt()).isEqualTo(6);
    assertThat(errors.get(2).get("code").asString()).isEqualTo("certified-within-workers");
    assertThat(errors.get(2).get("column").asString()).isEqualTo("F");
    for (String unit : communities) {
      assertThat(versionCount(unit, "2019")).isZero();
      assertThat(currentRows(unit)).isZero();
      assertThat(audits("report.save", unit)).isZero();
    }
  }

  @Test
  void partialStoresTheValidRowsAndListsTheRest() {
    List<String> lines = new ArrayList<>();
    lines.add(validLine(communities.get(0)));
    lines.add(communities.get(1) + ",800,100,是,10,5,yes,8,4,maybe");
    lines.add(validLine(communities.get(2)));
    JsonNode answer = body(uploadCsv(admin(), csv(lines), "partial=true"), 201);

    assertThat(answer.get("partial").asBoolean()).isTrue();
    assertThat(answer.get("stored").asInt()).isEqualTo(2);
    assertThat(answer.get("refused").asInt()).isEqualTo(1);
    assertThat(answer.get("errors").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(answer.get("results").get(1).get("outcome").asString()).isEqualTo("REFUSED");
    assertThat(versionCount(communities.get(0), "2019")).isEqualTo(1);
    assertThat(versionCount(communities.get(1), "2019")).isZero();
    assertThat(versionCount(communities.get(2), "2019")).isEqualTo(1);
  }

  @Test
  void aDryRunChecksEveryRowAndStoresNothing() {
    List<String> lines = new ArrayList<>();
    lines.add(validLine(communities.get(0)));
    lines.add(communities.get(1) + ",800,100,是,10,5,yes,8,4,maybe");
    JsonNode answer = body(uploadCsv(admin(), csv(lines), "dryRun=true"), 200);

    assertThat(answer.get("dryRun").asBoolean()).isTrue();
    assertThat(answer.get("stored").asInt()).isZero();
    assertThat(answer.get("refused").asInt()).isEqualTo(1);
    assertThat(answer.get("results").get(0).get("outcome").asString()).isEqualTo("CHECKED");
    assertThat(answer.get("errors").get(0).get("field").asString())
        .isEqualTo("democratic_consultation");
    assertThat(versionCount(communities.get(0), "2019")).isZero();
    assertThat(audits("report.save", communities.get(0))).isZero();
    // A dry run is no upload: the same file stored afterwards names no earlier one.
    JsonNode stored = body(uploadCsv(admin(), csv(lines), "partial=true"), 201);
    assertThat(stored.get("stored").asInt()).isEqualTo(1);
    assertThat(stored.has("previousUpload")).isFalse();
  }

  @Test
  void theSameFileTwiceStoresNothingNewAndNamesTheEarlierUpload() {
    String file = csv(communities.stream().map(ReportBatchTest::validLine).toList());
    JsonNode first = body(uploadCsv(admin(), file, ""), 201);
    assertThat(first.get("stored").asInt()).isEqualTo(5);
    assertThat(first.has("previousUpload")).isFalse();

    JsonNode second = body(uploadCsv(admin(), file, ""), 200);
    assertThat(second.get("id").asString()).isEqualTo(first.get("id").asString());
    assertThat(second.get("stored").asInt()).isZero();
    assertThat(second.get("unchanged").asInt()).isEqualTo(5);
    assertThat(second.get("results").findValuesAsString("outcome")).containsOnly("UNCHANGED");
    assertThat(second.get("previousUpload").get("stored").asInt()).isEqualTo(5);
    assertThat(second.get("previousUpload").get("actor").asString()).isEqualTo("admin-" + TENANT);
    for (String unit : communities) {
      assertThat(versionCount(unit, "2019")).isEqualTo(1);
    }
  }

  @Test
  void aReportersRowForAUnitOutsideItsSubtreeIsRefused() {
    List<String> lines = List.of(validLine(community), validLine(otherCommunity));
    JsonNode answer = body(uploadCsv(reporter(street), csv(lines), "partial=true"), 201);

    assertThat(answer.get("stored").asInt()).isEqualTo(1);
    JsonNode error = answer.get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asString()).isEqualTo("A");
    assertThat(error.get("code").asString()).isEqualTo("org-unit-not-found");
    assertThat(error.get("message").asString())
        .isEqualTo("org unit '" + otherCommunity + "' is not within your units");
    assertThat(versionCount(otherCommunity, "2019")).isZero();
    assertThat(versionCount(community, "2019")).isEqualTo(1);
  }

  @Test
  void aUnitOfAnotherTenantIsRefusedLikeAnAbsentOne() {
    String foreign = "foreign-" + community;
    insertUnit("test-review", foreign, "COMMUNITY", null, "URBAN");
    JsonNode problem =
        body(uploadCsv(admin(), csv(List.of(validLine(foreign), validLine("nowhere-x"))), ""), 422);
    assertThat(problem.get("errors").findValuesAsString("code"))
        .containsExactly("org-unit-not-found", "org-unit-not-found");
    assertThat(problem.get("errors").get(0).get("message").asString())
        .isEqualTo("org unit '" + foreign + "' is not within your units");
  }

  @Test
  void aGbkCsvWithChineseHeadersIsRead() {
    String text =
        "单位编码,单位名称,社区服务用房(社区用房)总面积 (平方米),其中社区干部办公用房面积 (平方米),已创建高标准城乡和谐社区,"
            + "45周岁以下社区社工人数 (人),其中取得初级以上社工证书的人数,本社区已实现信息化平台功能扩展,社区社会组织数,"
            + "其中党的工作已覆盖的社区社会组织数,已推行民主协商制度,备注\n"
            + community
            + ",和平社区,\"1,200\",150.5,是,12,6,否,9,3,是,第一季度补报\n";
    JsonNode answer =
        body(
            upload(
                admin(),
                text.getBytes(Charset.forName("GBK")),
                MediaType.parseMediaType("text/csv"),
                "form=" + FORM + "&period=2019"),
            201);
    assertThat(answer.get("stored").asInt()).isEqualTo(1);
    admin()
        .get()
        .uri(path(community, "2019"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.values.premises_area")
        .isEqualTo(1200)
        .jsonPath("$.values.office_area")
        .isEqualTo(150.5)
        .jsonPath("$.values.info_platform_functions_extended")
        .isEqualTo(false)
        .jsonPath("$.comment")
        .isEqualTo("第一季度补报");
  }

  @Test
  void aReturnedReportSavedAgainUnchangedStaysReturned() {
    String line = validLine(community);
    body(uploadCsv(admin(), csv(List.of(line)), "action=submit"), 201);
    admin()
        .post()
        .uri(path(community, "2019") + "/return")
        .header("If-Match", "\"2\"")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("comment", "请核对"))
        .exchange()
        .expectStatus()
        .isOk();

    JsonNode again = body(uploadCsv(admin(), csv(List.of(line)), ""), 200);

    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    assertThat(again.get("results").get(0).get("status").asString()).isEqualTo("RETURNED");
    assertThat(versionCount(community, "2019")).isEqualTo(3);
  }

  @Test
  void blankLinesAboveTheHeaderDoNotHideTheFirstDataRow() {
    JsonNode answer =
        body(uploadCsv(admin(), "\n\n" + csv(List.of(validLine(community))), ""), 201);
    assertThat(answer.get("stored").asInt()).isEqualTo(1);
    assertThat(answer.get("results").get(0).get("orgUnit").asString()).isEqualTo(community);
  }

  @Test
  void warningsAreCarriedThroughToTheAnswerAndTheStoredReport() {
    String line = community + ",500,150,是,10,5,yes,8,4,否";
    JsonNode answer = body(uploadCsv(admin(), csv(List.of(line)), ""), 201);
    JsonNode warning = answer.get("warnings").get(0);
    assertThat(warning.get("row").asInt()).isEqualTo(2);
    assertThat(warning.get("column").asString()).isEqualTo("C");
    assertThat(warning.get("field").asString()).isEqualTo("office_area");
    assertThat(warning.get("code").asString()).isEqualTo("office-area-within-20-percent");
    assertThat(warning.get("message").asString()).startsWith("Office space for community staff");
    admin()
        .get()
        .uri(path(community, "2019"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.warnings[0].code")
        .isEqualTo("office-area-within-20-percent");
  }

  @Test
  void aJsonArrayIsCheckedAndStoredAsSingleSavesWouldBe() throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(Map.of("orgUnit", community, "values", validValues(), "comment", "batch"));
    Map<String, Object> partial = new LinkedHashMap<>();
    partial.put("premises_area", 900);
    rows.add(Map.of("orgUnit", communities.get(1), "values", partial));
    JsonNode answer =
        body(
            upload(
                admin(),
                json.writeValueAsBytes(rows),
                MediaType.APPLICATION_JSON,
                "form=" + FORM + "&period=2019"),
            201);
    assertThat(answer.get("stored").asInt()).isEqualTo(2);
    assertThat(answer.get("results").get(1).get("row").asInt()).isEqualTo(2);
    admin()
        .get()
        .uri(path(communities.get(1), "2019"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.values.premises_area")
        .isEqualTo(900)
        .jsonPath("$.missing.length()")
        .isEqualTo(8);
  }

  @Test
  void submitStoresASaveAndASubmitVersionAndProgressCountsTheSubmittedFigures() {
    List<String> lines = communities.stream().map(ReportBatchTest::validLine).toList();
    JsonNode answer = body(uploadCsv(admin(), csv(lines), "action=submit"), 201);
    assertThat(answer.get("action").asString()).isEqualTo("SUBMIT");
    assertThat(answer.get("results").get(0).get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(answer.get("results").get(0).get("version").asInt()).isEqualTo(2);
    for (String unit : communities) {
      assertThat(versionCount(unit, "2019")).isEqualTo(2);
      assertThat(audits("report.submit", unit)).isEqualTo(1);
    }
    admin()
        .get()
        .uri(path(community, "2019") + "/history")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].action")
        .isEqualTo("SAVE")
        .jsonPath("$[1].action")
        .isEqualTo("SUBMIT");
    // Progress counts the five communities' submitted reports, and none of them as approved
    // (an indicator of urban or of rural communities counts only its three or two).
    assertThat(communityReports(true)).isNotEmpty().allMatch(n -> n > 0).contains(5);
    assertThat(communityReports(false)).isNotEmpty().containsOnly(0);

    // A submitted report is under review: the same values again are unchanged, new ones refused.
    JsonNode again = body(uploadCsv(admin(), csv(lines), "action=submit"), 200);
    assertThat(again.get("unchanged").asInt()).isEqualTo(5);
    JsonNode changed =
        body(uploadCsv(admin(), csv(List.of(community + ",801,100,是,10,5,yes,8,4,否")), ""), 422);
    assertThat(changed.get("errors").get(0).get("code").asString())
        .isEqualTo("report-under-review");
  }

  @Test
  void theXlsxTemplateIsReadWithItsFormAndPeriodFromItsHiddenSheet() throws IOException {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Reports");
      Row human = sheet.createRow(0);
      Row codes = sheet.createRow(1);
      String[] header = HEADER.split(",");
      String[] names = {
        "Unit id",
        "Total area of the community service premises (m²)",
        "x",
        "y",
        "z",
        "a",
        "b",
        "c",
        "d",
        "e"
      };
      for (int i = 0; i < header.length; i++) {
        human.createCell(i).setCellValue(names[i]);
        codes.createCell(i).setCellValue(header[i]);
      }
      int r = 2;
      for (String unit : communities) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(unit);
        row.createCell(1).setCellValue(800.0);
        row.createCell(2).setCellValue(100);
        row.createCell(3).setCellValue("Yes");
        row.createCell(4).setCellValue(10);
        row.createCell(5).setCellValue(5);
        row.createCell(6).setCellValue(true);
        row.createCell(7).setCellValue(8);
        row.createCell(8).setCellValue(4);
        row.createCell(9).setCellValue("否");
      }
      Sheet props = book.createSheet("shequ");
      String[][] kv = {{"tenant", TENANT}, {"form", FORM}, {"period", "2019"}};
      for (int i = 0; i < kv.length; i++) {
        Row row = props.createRow(i);
        row.createCell(0).setCellValue(kv[i][0]);
        row.createCell(1).setCellValue(kv[i][1]);
      }
      book.setSheetHidden(1, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      file = out.toByteArray();
    }
    JsonNode answer = body(upload(admin(), file, MediaType.APPLICATION_OCTET_STREAM, ""), 201);
    assertThat(answer.get("form").asString()).isEqualTo(FORM);
    assertThat(answer.get("period").asString()).isEqualTo("2019");
    assertThat(answer.get("stored").asInt()).isEqualTo(5);
    assertThat(answer.get("results").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(versionCount(communities.get(4), "2019")).isEqualTo(1);

    // The template names its form and period: a request naming others is refused.
    JsonNode problem =
        body(upload(admin(), file, MediaType.APPLICATION_OCTET_STREAM, "period=2018"), 400);
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:shequ:problem:batch-template-mismatch");
  }

  /** How many reports each indicator computed from the community form counts under the street. */
  List<Integer> communityReports(boolean submitted) {
    JsonNode progress =
        body(
            admin()
                .get()
                .uri(
                    "/api/v1/tenants/"
                        + TENANT
                        + "/progress?period=2019&orgUnit="
                        + street
                        + (submitted ? "&include=submitted" : ""))
                .exchange(),
            200);
    List<Integer> reports = new ArrayList<>();
    for (JsonNode indicator : progress.get("indicators")) {
      if (FORM.equals(indicator.path("formCode").asString(null))) {
        reports.add(indicator.get("reports").asInt());
      }
    }
    return reports;
  }

  @Test
  void theRouteIsInTheOpenApiDocument() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/reports/batch'].post.summary")
        .value(summary -> assertThat((String) summary).contains("many reports"))
        .jsonPath("$.components.schemas.BatchAnswer.properties.previousUpload")
        .exists();
  }

  @Test
  void rolesThatWriteNoReportsAreRefusedAndBadRequestsSaySo() {
    byte[] file = csv(List.of(validLine(community))).getBytes(StandardCharsets.UTF_8);
    upload(
            nationalAnalyst(),
            file,
            MediaType.parseMediaType("text/csv"),
            "form=" + FORM + "&period=2019")
        .expectStatus()
        .isForbidden();
    JsonNode noForm = body(upload(admin(), file, MediaType.parseMediaType("text/csv"), ""), 400);
    assertThat(noForm.get("type").asString()).isEqualTo("urn:shequ:problem:invalid-parameter");
    JsonNode unknown =
        body(
            uploadCsv(admin(), "orgUnit,premises_area,floors\n" + community + ",800,3\n", ""), 400);
    assertThat(unknown.get("type").asString()).isEqualTo("urn:shequ:problem:batch-unknown-columns");
    assertThat(unknown.get("detail").asString()).contains("C: floors");
    JsonNode badAction = body(uploadCsv(admin(), csv(List.of()), "action=approve"), 400);
    assertThat(badAction.get("type").asString()).isEqualTo("urn:shequ:problem:invalid-parameter");
  }
}
