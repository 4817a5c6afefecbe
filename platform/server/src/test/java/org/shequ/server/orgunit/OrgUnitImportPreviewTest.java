package org.shequ.server.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import wizard's steps: a dry run shows how the headers were read, what each row would do and
 * every problem by row and column, and stores nothing; the real import refuses the same file with
 * the same list; the template comes back in as it went out.
 */
class OrgUnitImportPreviewTest extends OrgUnitImportTestBase {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(byte[] body) {
    return JSON.readTree(body);
  }

  @Test
  void aDryRunShowsTheMappingAndThePreviewAndStoresNothing() throws IOException {
    String s = id("s");
    add(T, street(s, "思明街道", "2020-01-01"));
    add(T, community(id("old"), s, "旧名社区", "URBAN", 1000, "2020-01-01"));
    byte[] file =
        csv(
            "单元编码,名称（必填）,Level,上级,区域类型,人口数,备注栏目",
            id("new") + ",新社区,社区," + s + ",城市,900,",
            id("old") + ",旧名社区,社区," + s + ",城市,1200,");
    byte[] answer =
        upload("?dryRun=true", "u.csv", file, "zh-CN")
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    JsonNode dry = json(answer);
    assertThat(dry.get("dryRun").asBoolean()).isTrue();
    assertThat(dry.get("imported").asBoolean()).isFalse();
    // The unknown header 备注栏目 is an error: nothing is left out silently.
    assertThat(dry.get("valid").asBoolean()).isFalse();
    assertThat(dry.get("columns").toString())
        .contains(
            "{\"index\":1,\"letter\":\"A\",\"header\":\"单元编码\",\"column\":\"id\"}",
            "{\"index\":2,\"letter\":\"B\",\"header\":\"名称（必填）\",\"column\":\"name\"}",
            "{\"index\":3,\"letter\":\"C\",\"header\":\"Level\",\"column\":\"level\"}",
            "{\"index\":4,\"letter\":\"D\",\"header\":\"上级\",\"column\":\"parent\"}",
            "{\"index\":5,\"letter\":\"E\",\"header\":\"区域类型\",\"column\":\"area\"}",
            "{\"index\":6,\"letter\":\"F\",\"header\":\"人口数\",\"column\":\"population\"}");
    JsonNode error = dry.get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(1);
    assertThat(error.get("header").asString()).isEqualTo("备注栏目");
    assertThat(error.get("letter").asString()).isEqualTo("G");
    assertThat(error.get("message").asString()).isEqualTo("未知列“备注栏目”");
    // A column without a header is left out, so the clerk's notes can stay beside the data.
    byte[] noted =
        csv(
            "单元编码,名称（必填）,Level,上级,区域类型,人口数,",
            id("new") + ",新社区,社区," + s + ",城市,900,新建",
            id("old") + ",旧名社区,社区," + s + ",城市,1200,人口普查");
    JsonNode clean =
        json(
            upload("?dryRun=true", "u.csv", noted, "en")
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    assertThat(clean.get("valid").asBoolean()).isTrue();
    assertThat(clean.get("created").asInt()).isEqualTo(1);
    assertThat(clean.get("updated").asInt()).isEqualTo(1);
    assertThat(clean.get("preview").toString())
        .contains(
            "{\"row\":2,\"id\":\"" + id("new") + "\",\"name\":\"新社区\",\"level\":\"COMMUNITY\"",
            "\"action\":\"create\"",
            "{\"row\":3,\"id\":\"" + id("old") + "\"",
            "\"action\":\"update\",\"changes\":[\"population\"]");
    // Nothing was stored.
    assertThat(exists(id("new"))).isFalse();
    get(regionAdmin(T), T, "/" + id("old")).jsonPath("$.population").isEqualTo(1000);

    // Confirming imports what the preview showed.
    upload("", "u.csv", noted, "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.imported")
        .isEqualTo(true)
        .jsonPath("$.created")
        .isEqualTo(1);
    get(regionAdmin(T), T, "/" + id("old")).jsonPath("$.population").isEqualTo(1200);
    assertThat(exists(id("new"))).isTrue();
  }

  @Test
  void theImportRefusesABadFileWithTheDryRunsErrorsNamingRowAndColumn() throws IOException {
    String s = id("s");
    byte[] file =
        xlsx(
            List.of("编码", "名称", "层级", "上级编码", "城乡", "人口"),
            List.of(s, "湖里街道", "街道", "", "", ""),
            List.of(id("c"), "殿前社区", "社区", s, "城乡结合部", 4000));
    JsonNode dry =
        json(
            upload("?dryRun=true", "u.xlsx", file, "zh-CN")
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    JsonNode real =
        json(
            upload("", "u.xlsx", file, "zh-CN")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .returnResult()
                .getResponseBody());
    assertThat(real.get("errors")).isEqualTo(dry.get("errors"));
    JsonNode error = real.get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asString()).isEqualTo("area");
    assertThat(error.get("header").asString()).isEqualTo("城乡");
    assertThat(error.get("letter").asString()).isEqualTo("E");
    assertThat(error.get("message").asString()).isEqualTo("未知城乡类型“城乡结合部”（城市/农村）");
    assertThat(real.get("columns")).isEqualTo(dry.get("columns"));
    // Not even the good row was stored.
    assertThat(exists(s)).isFalse();
  }

  @Test
  void theCsvTemplateComesBackInWithTheRowsAddedAndItsExampleSkipped() {
    byte[] template =
        regionAdmin(T)
            .get()
            .uri("/api/v1/tenants/" + T + "/org-units/import/template?format=csv")
            .header("Accept-Language", "zh-CN")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("text/csv;charset=UTF-8")
            .expectHeader()
            .valueMatches("Content-Disposition", ".*org-units-template\\.csv.*")
            .expectBody()
            .returnResult()
            .getResponseBody();
    String text = new String(template, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF编码,名称,英文名称,层级,上级编码,城乡类型,人口,户数,区划代码,标签\r\n#sq-example,");
    String s = id("s");
    String filled =
        text
            + s
            + ",厦港街道,Xiagang Subdistrict,街道,,,,,350203003,\r\n"
            + id("c")
            + ",沙坡尾社区,,社区,"
            + s
            + ",城市,2100,800,350203003001,渔港;老街\r\n";
    upload("", "模板.csv", filled.getBytes(StandardCharsets.UTF_8), "zh-CN")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.rows")
        .isEqualTo(2)
        .jsonPath("$.created")
        .isEqualTo(2);
    get(regionAdmin(T), T, "/" + id("c"))
        .jsonPath("$.households")
        .isEqualTo(800)
        .jsonPath("$.tags")
        .isEqualTo(List.of("渔港", "老街"));
    get(regionAdmin(T), T, "/" + s).jsonPath("$.name.en").isEqualTo("Xiagang Subdistrict");
    assertThat(exists("sq-example")).isFalse();
  }

  @Test
  void theXlsxTemplateInEnglishComesBackInWithTheRowsAdded() throws IOException {
    byte[] template =
        regionAdmin(T)
            .get()
            .uri("/api/v1/tenants/" + T + "/org-units/import/template?format=xlsx")
            .header("Accept-Language", "en")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    String s = id("s");
    byte[] filled;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      XSSFSheet sheet = book.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      List<String> headers = new java.util.ArrayList<>();
      sheet.getRow(0).forEach(c -> headers.add(f.formatCellValue(c)));
      assertThat(headers)
          .containsExactly(
              "id",
              "name",
              "name_en",
              "level",
              "parent",
              "area",
              "population",
              "households",
              "division_code",
              "tags");
      assertThat(f.formatCellValue(sheet.getRow(1).getCell(0))).startsWith("#");
      var street = sheet.createRow(2);
      List<String> values = List.of(s, "中山街道", "Zhongshan", "STREET", "", "", "", "", "350203");
      for (int i = 0; i < values.size(); i++) {
        street.createCell(i).setCellValue(values.get(i));
      }
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
    }
    upload("", "template.xlsx", filled, "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.created")
        .isEqualTo(1);
    get(regionAdmin(T), T, "/" + s).jsonPath("$.divisionCode").isEqualTo("350203");
  }

  @Test
  void theImportRoutesAreInTheOpenApiDocument() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/org-units/import'].post.parameters[*].name")
        .value(names -> assertThat(names.toString()).contains("dryRun", "charset", "effective"))
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/org-units/import/template'].get")
        .exists();
  }

  @Test
  void anUnknownTemplateFormatIsRefused() {
    regionAdmin(T)
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units/import/template?format=pdf")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("format");
  }
}
