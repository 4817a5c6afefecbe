package org.shequ.server.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.server.support.ProblemChecks.expectProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Org-unit bodies and uploads that once answered 500, were silently changed or kept the server
 * busy: each gets its own 4xx problem naming the field, and no unit is stored.
 */
class OrgUnitBadInputTest extends OrgUnitTestBase {
  private static final String T = "changzhou-xinbei";
  private static final String BOUNDARY = "shequ-bad-input";

  private WebTestClient.ResponseSpec postRaw(String path, String json, String lang) {
    return regionAdmin(T)
        .post()
        .uri("/api/v1/tenants/" + T + "/org-units" + path)
        .header("Accept-Language", lang)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .exchange();
  }

  private void expectAbsent(String id) {
    regionAdmin(T)
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units/" + id)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private String street(String id) {
    return "{\"id\":\"" + id + "\",\"level\":\"STREET\",\"name\":{\"zh\":\"街道\"}";
  }

  @Test
  void aMergeIntoNothingIsRefused() {
    String a = id("a");
    String b = id("b");
    post(regionAdmin(T), T, "", street(a, "甲街道", "2016-01-01")).expectStatus().isCreated();
    post(regionAdmin(T), T, "", street(b, "乙街道", "2016-01-01")).expectStatus().isCreated();
    String from = "\"from\":[\"" + a + "\",\"" + b + "\"]";
    expectProblem(
        lang -> postRaw("/merge", "{" + from + ",\"into\":{}}", lang),
        422,
        "invalid-org-unit",
        "into.id",
        "请更正所列字段",
        "correct the fields listed");
    expectProblem(
        lang -> postRaw("/merge", "{" + from + ",\"into\":null}", lang),
        422,
        "invalid-org-unit",
        "into",
        "请更正所列字段",
        "correct the fields listed");
    expectProblem(
        lang -> postRaw("/merge", "{\"from\":[\"" + a + "\",null],\"into\":{}}", lang),
        422,
        "invalid-org-unit",
        "from[1]",
        "请更正所列字段",
        "correct the fields listed");
    expectProblem(
        lang -> postRaw("/" + a + "/split", "{\"into\":[{},null]}", lang),
        422,
        "invalid-org-unit",
        "into[0].id",
        "请更正所列字段",
        "correct the fields listed");
    get(regionAdmin(T), T, "/" + a).jsonPath("$.active").isEqualTo(true);
    get(regionAdmin(T), T, "/" + b).jsonPath("$.active").isEqualTo(true);
  }

  @Test
  void anEmptyParentIsRefusedNotTakenForTheRoot() {
    String id = id("p");
    expectProblem(
        lang -> postRaw("", street(id) + ",\"parentId\":\"\"}", lang),
        422,
        "invalid-org-unit",
        "parentId",
        "请更正所列字段",
        "correct the fields listed");
    expectAbsent(id);
  }

  @Test
  void numbersAndFarDaysAreNoEffectiveDate() {
    String id = id("d");
    expectProblem(
        lang -> postRaw("", street(id) + ",\"effective\":2147483648}", lang),
        400,
        "wrong-type",
        "effective",
        "请求体中“effective”应为日期文本（YYYY-MM-DD）",
        "the body's 'effective' should be a date as text, YYYY-MM-DD");
    for (String day : new String[] {"1899-12-31", "2101-01-01", "+999999-01-01"}) {
      expectProblem(
          lang -> postRaw("", street(id) + ",\"effective\":\"" + day + "\"}", lang),
          400,
          "date-out-of-range",
          "effective",
          "请求体中“effective”的日期不在 1900-01-01 至 2100-12-31 之间",
          "the body's 'effective' is a date outside 1900-01-01 to 2100-12-31");
    }
    expectProblem(
        lang ->
            regionAdmin(T)
                .get()
                .uri("/api/v1/tenants/" + T + "/org-units?asOf=2200-01-01")
                .header("Accept-Language", lang)
                .exchange(),
        400,
        "invalid-parameter",
        "asOf",
        "参数“asOf”无效",
        "the parameter 'asOf' is invalid");
    expectAbsent(id);
  }

  @Test
  void wrongScalarsAreRefusedNotCoerced() {
    String id = id("s");
    expectProblem(
        lang -> postRaw("", "{\"id\":true,\"level\":\"STREET\",\"name\":{\"zh\":\"街道\"}}", lang),
        400,
        "wrong-type",
        "id",
        "请求体中“id”应为文本",
        "the body's 'id' should be text");
    expectProblem(
        lang -> postRaw("", street(id) + ",\"population\":\"12\"}", lang),
        400,
        "wrong-type",
        "population",
        "请求体中“population”应为整数",
        "the body's 'population' should be a whole number");
    expectProblem(
        lang -> postRaw("", street(id) + ",\"population\":1.5}", lang),
        400,
        "wrong-type",
        "population",
        "请求体中“population”应为整数",
        "the body's 'population' should be a whole number");
    expectProblem(
        lang -> postRaw("", street(id) + ",\"population\":1e-400}", lang),
        400,
        "number-out-of-range",
        "population",
        "请求体中“population”的数值超出范围",
        "the body's 'population' is a number out of range");
    expectProblem(
        lang -> postRaw("", street(id) + ",\"population\":1e309}", lang),
        400,
        "number-out-of-range",
        "population",
        "请求体中“population”的数值超出范围",
        "the body's 'population' is a number out of range");
    expectProblem(
        lang -> postRaw("", "{\"id\":\"" + id + "\",\"level\":1,\"name\":{\"zh\":\"街道\"}}", lang),
        400,
        "wrong-type",
        "level",
        "请求体中“level”应为REGION, CITY, COUNTY, STREET, COMMUNITY 之一",
        "the body's 'level' should be one of REGION, CITY, COUNTY, STREET, COMMUNITY");
    expectProblem(
        lang -> postRaw("", street(id) + ",\"id\":\"other\"}", lang),
        400,
        "duplicate-property",
        "id",
        "请求体中“id”出现了多次",
        "the body gives 'id' more than once");
    expectProblem(
        lang -> postRaw("", "{\"id\":\"" + id + "\\u0000\",\"level\":\"STREET\"}", lang),
        400,
        "invalid-character",
        "id",
        "“id”含有 NUL 字符或不成对的代理字符",
        "'id' holds a NUL character or a lone surrogate");
    expectAbsent(id);
  }

  private WebTestClient.ResponseSpec upload(String contentType, byte[] body, String lang) {
    return regionAdmin(T)
        .post()
        .uri("/api/v1/tenants/" + T + "/org-units/import")
        .header("Accept-Language", lang)
        .contentType(MediaType.parseMediaType(contentType))
        .bodyValue(body)
        .exchange();
  }

  private static byte[] part(String filename, byte[] content, boolean closed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    if (closed) {
      out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void truncatedOrBoundlessMultipartIsRefused() {
    String id = id("m");
    byte[] csv = ("id,name,level\r\n" + id + ",街道,STREET\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] truncated = part("u.csv", csv, false);
    expectProblem(
        lang -> upload("multipart/form-data; boundary=" + BOUNDARY, truncated, lang),
        400,
        "invalid-multipart",
        "file",
        "multipart 请求体不完整或缺少 boundary；请以 multipart/form-data 的“file”部分上传文件",
        "the multipart body is incomplete or has no boundary; send the file as"
            + " multipart/form-data part 'file'");
    expectProblem(
        lang -> upload("multipart/form-data", part("u.csv", csv, true), lang),
        400,
        "invalid-multipart",
        "file",
        "multipart 请求体不完整或缺少 boundary；请以 multipart/form-data 的“file”部分上传文件",
        "the multipart body is incomplete or has no boundary; send the file as"
            + " multipart/form-data part 'file'");
    expectAbsent(id);
  }

  /** A workbook whose one sheet inflates about a thousandfold. */
  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".getBytes();
      for (int i = 0; i < 37 * 1024 * 1024 / row.length; i++) {
        zip.write(row);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void anXlsxBombIsRefusedWithinASecond() throws IOException {
    byte[] bomb = zipBomb();
    assertThat(bomb.length).isLessThan(1024 * 1024);
    expectProblem(
        lang ->
            upload("multipart/form-data; boundary=" + BOUNDARY, part("u.xlsx", bomb, true), lang),
        422,
        "import-file-bomb",
        "file",
        "文件解压后远大于其本身（压缩“炸弹”），未导入任何数据",
        "the file expands to far more than its size (a compressed \"bomb\"); nothing was"
            + " imported");
    long start = System.nanoTime();
    upload("multipart/form-data; boundary=" + BOUNDARY, part("u.xlsx", bomb, true), "en")
        .expectStatus()
        .isEqualTo(422);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
  }
}
