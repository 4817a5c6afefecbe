package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.Workbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A street with 5,000 communities reports in one spreadsheet: the template downloaded, every row
 * filled in as a person would in Excel, uploaded, and the stored reports read back.
 */
class ReportTemplateRoundTripTest extends ShequServerTest {
  static final String TENANT = ReportTemplateTest.TENANT;
  static final String FORM = ReportTemplateTest.COMMUNITY_FORM;
  static final int UNITS = 5_000;

  @Autowired TenantDatabase database;
  @Autowired PlanRegistry plans;

  @Test
  void fiveThousandRowsGoDownFilledAndComeBackStored() throws Exception {
    String sfx = UUID.randomUUID().toString().substring(0, 8);
    String street = "big-" + sfx;
    insertStreetWithCommunities(street, sfx);
    Form form = plans.plan(ReportTemplateTest.PLAN).orElseThrow().plan().form(FORM).orElseThrow();
    // Patient and roomy: 5,000 rows' answer is larger than the client buffers by default.
    WebTestClient admin =
        regionAdmin(TENANT)
            .mutate()
            .responseTimeout(Duration.ofMinutes(5))
            .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
            .build();

    byte[] template =
        admin
            .get()
            .uri(
                "/api/v1/tenants/{t}/forms/{f}/template.xlsx?period=2020&orgUnit={u}",
                TENANT,
                FORM,
                street)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();

    byte[] filled;
    try (XSSFWorkbook book = Workbook.open(template)) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(1 + UNITS);
      List<String> codes = Workbook.texts(sheet.getRow(1));
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        for (Field f : form.fields()) {
          row.createCell(codes.indexOf(f.code()));
          fill(row.getCell(codes.indexOf(f.code())), f, r);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
    }

    JsonNode answer =
        admin
            .post()
            .uri("/api/v1/tenants/{t}/reports/batch", TENANT)
            .contentType(
                MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .bodyValue(filled)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    assertThat(answer.get("rows").asInt()).isEqualTo(UNITS);
    assertThat(answer.get("stored").asInt()).isEqualTo(UNITS);
    assertThat(answer.get("refused").asInt()).isZero();
    assertThat(answer.get("form").asString()).isEqualTo(FORM);
    assertThat(answer.get("period").asString()).isEqualTo("2020");

    assertThat(storedReports(sfx)).isEqualTo(UNITS);
    // A sample across the file: first, middle and last community, each with its own row's values.
    for (int n : new int[] {1, UNITS / 2, UNITS}) {
      String unit = community(sfx, n);
      JsonNode report =
          admin
              .get()
              .uri("/api/v1/tenants/{t}/reports/{f}/{u}/2020", TENANT, FORM, unit)
              .exchange()
              .expectStatus()
              .isOk()
              .expectBody(JsonNode.class)
              .returnResult()
              .getResponseBody();
      assertThat(report.get("status").asString()).isEqualTo("DRAFT");
      // Communities sort by name, their number padded: community n is on row index n + 1.
      int row = n + 1;
      assertThat(report.get("values").get("community_workers").asInt()).isEqualTo(number(row));
      assertThat(report.get("values").get("has_service_centre").asBoolean())
          .isEqualTo(row % 2 == 0);
    }
  }

  /** What a person types for row {@code r}: the same whole number in every number field. */
  static int number(int r) {
    return r % 97 + 1;
  }

  static void fill(org.apache.poi.ss.usermodel.Cell cell, Field f, int r) {
    switch (f.type()) {
      case INTEGER, DECIMAL, PERCENT -> cell.setCellValue(number(r));
      case BOOLEAN -> cell.setCellValue(r % 2 == 0 ? "是" : "否");
      case ENUM -> cell.setCellValue(f.options().get(0).label().zh());
      case TEXT -> cell.setCellValue("行 " + r);
      case DATE -> cell.setCellValue("2020-06-30");
    }
  }

  static String community(String sfx, int n) {
    return "bc-" + sfx + "-" + String.format("%05d", n);
  }

  /** One street and its communities, inserted set-based as a large import would leave them. */
  void insertStreetWithCommunities(String street, String sfx) {
    database
        .inTenant(
            TENANT,
            db ->
                db.sql(
                        "INSERT INTO org_unit (tenant_id, org_unit_id, level)"
                            + " SELECT :t, :street, 'STREET'"
                            + " UNION ALL SELECT :t, 'bc-' || :sfx || '-' || lpad(g::text, 5, '0'),"
                            + " 'COMMUNITY' FROM generate_series(1, :n) g")
                    .bind("t", TENANT)
                    .bind("street", street)
                    .bind("sfx", sfx)
                    .bind("n", UNITS)
                    .fetch()
                    .rowsUpdated()
                    .then(
                        db.sql(
                                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from,"
                                    + " parent_id, name_zh, area, change_kind, changed_by)"
                                    + " SELECT :t, :street, DATE '2000-01-01', NULL, '大街道', NULL,"
                                    + " 'CREATE', 'test'"
                                    + " UNION ALL SELECT :t, 'bc-' || :sfx || '-' || lpad(g::text,"
                                    + " 5, '0'), DATE '2000-01-01', :street, '社区 ' || lpad(g::text,"
                                    + " 5, '0'), 'URBAN', 'CREATE', 'test'"
                                    + " FROM generate_series(1, :n) g")
                            .bind("t", TENANT)
                            .bind("street", street)
                            .bind("sfx", sfx)
                            .bind("n", UNITS)
                            .fetch()
                            .rowsUpdated()))
        .then()
        .block(Duration.ofSeconds(60));
  }

  long storedReports(String sfx) {
    return database
        .inTenantOne(
            TENANT,
            db ->
                db.sql(
                        "SELECT count(*) AS n FROM report_current WHERE form_code = :f"
                            + " AND period = '2020' AND org_unit_id LIKE :prefix")
                    .bind("f", FORM)
                    .bind("prefix", "bc-" + sfx + "-%")
                    .map(r -> r.get("n", Long.class))
                    .one())
        .block(Duration.ofSeconds(30));
  }
}
