package org.shequ.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;

class ComparisonTest extends ShequServerTest {
  private static final String URL =
      "/api/v1/comparison?nationalIndicator=URBAN_SERVICE_FACILITY_COVERAGE&period=2019";

  @Test
  void onlyNationalAnalystsAndPlatformAdminsCompare() {
    regionAdmin("jiexiu").get().uri(URL).exchange().expectStatus().isForbidden();
    as("rep", "jiexiu", "C1", Role.REPORTER).get().uri(URL).exchange().expectStatus().isForbidden();
    platformAdmin().get().uri(URL).exchange().expectStatus().isOk();
    Map<?, ?> body =
        nationalAnalyst()
            .get()
            .uri(URL)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(body.get("nationalIndicator")).isEqualTo("URBAN_SERVICE_FACILITY_COVERAGE");
    List<?> tenants = (List<?>) body.get("tenants");
    assertThat(tenants)
        .anySatisfy(
            t -> {
              assertThat(((Map<?, ?>) t).get("tenant")).isEqualTo("jiexiu");
              assertThat(((Map<?, ?>) t).get("indicator")).isEqualTo("JX-URBAN-FACILITY-COVERAGE");
            });
    nationalAnalyst()
        .get()
        .uri("/api/v1/comparison?nationalIndicator=NOPE&period=2019")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void matrixExportsAsCsvAndXlsxWithTheSameRows() throws Exception {
    byte[] csv =
        nationalAnalyst()
            .get()
            .uri("/api/v1/comparison/matrix?period=2019")
            .header("Accept", "text/csv")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF全国指标代码,全国指标名称,全国基准值");
    String[] lines = text.split("\r\n");
    byte[] xlsx =
        nationalAnalyst()
            .get()
            .uri("/api/v1/comparison/matrix?period=2019&format=xlsx")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("全国指标代码");
      assertThat(sheet.getLastRowNum() + 1).isEqualTo(lines.length);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(lines[1].split(",")[0]);
    }
    assertThat(text).contains("URBAN_SERVICE_FACILITY_COVERAGE").contains("jiexiu");
  }
}
