package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.server.support.ProblemChecks.expectProblem;

import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Report bodies, path segments and query parameters that once answered 500 or were silently
 * changed: each gets its own 4xx problem naming the field, and nothing is stored.
 */
class ReportBadInputTest extends ReportTestSupport {
  @Value("http://localhost:${local.server.port}")
  String server;

  @BeforeEach
  void tree() {
    createTree();
  }

  private WebTestClient.ResponseSpec putRaw(String json, String lang) {
    return reporter(community)
        .put()
        .uri(path(community, "2019"))
        .header("Accept-Language", lang)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .exchange();
  }

  /** A valid report body with one value replaced by raw JSON. */
  private static String withValue(String field, String rawJson) {
    return "{\"values\":{\"premises_area\":800,\"office_area\":100,"
        + "\"high_standard_harmonious\":true,\"social_workers_under_45\":10,"
        + "\"certified_social_workers_under_45\":5,\"info_platform_functions_extended\":true,"
        + "\"social_orgs_with_party_work\":4,\"democratic_consultation\":false,"
        + "\""
        + field
        + "\":"
        + rawJson
        + "}}";
  }

  private void expectOutOfRange(String number) {
    expectProblem(
        lang -> putRaw(withValue("social_orgs", number), lang),
        400,
        "number-out-of-range",
        "values.social_orgs",
        "请求体中“values.social_orgs”的数值超出范围",
        "the body's 'values.social_orgs' is a number out of range");
  }

  @Test
  void numbersNoDoubleHoldsAreRefused() {
    expectOutOfRange("1e309");
    expectOutOfRange("-1e309");
    expectOutOfRange("1e999999999");
    expectOutOfRange("1" + "0".repeat(400));
    // In an integer field, 1e-400 would silently become 0.
    expectOutOfRange("1e-400");
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void aNulOrALoneSurrogateInAStringIsRefused() {
    for (String bad : new String[] {"\\u0000", "\\ud800", "\\udc00x"}) {
      expectProblem(
          lang ->
              putRaw("{\"values\":{\"premises_area\":800},\"comment\":\"a" + bad + "b\"}", lang),
          400,
          "invalid-character",
          "comment",
          "“comment”含有 NUL 字符或不成对的代理字符",
          "'comment' holds a NUL character or a lone surrogate");
    }
    // In a property name too.
    expectProblem(
        lang -> putRaw("{\"values\":{\"premises\\u0000area\":800}}", lang),
        400,
        "invalid-character",
        "values.premises\uFFFDarea",
        "“values.premises\uFFFDarea”含有 NUL 字符或不成对的代理字符",
        "'values.premises\uFFFDarea' holds a NUL character or a lone surrogate");
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void aNulInAPathSegmentOrQueryParameterIsRefused() {
    expectProblem(
        lang ->
            reporter(community)
                .get()
                .uri(
                    URI.create(
                        server + path(community, "2019").replace(community, community + "%00")))
                .header("Accept-Language", lang)
                .exchange(),
        400,
        "invalid-character",
        "path",
        "“path”含有 NUL 字符或不成对的代理字符",
        "'path' holds a NUL character or a lone surrogate");
    expectProblem(
        lang ->
            admin()
                .get()
                .uri(
                    URI.create(
                        server
                            + "/api/v1/tenants/"
                            + TENANT
                            + "/reports?formCode=XB%00&period=2019"))
                .header("Accept-Language", lang)
                .exchange(),
        400,
        "invalid-character",
        "formCode",
        "“formCode”含有 NUL 字符或不成对的代理字符",
        "'formCode' holds a NUL character or a lone surrogate");
    // No code or filter holds a control character: one in the address is refused, not searched.
    expectProblem(
        lang ->
            admin()
                .get()
                .uri(
                    URI.create(
                        server
                            + "/api/v1/tenants/"
                            + TENANT
                            + "/reports?formCode=XB%01%1b&period=2019"))
                .header("Accept-Language", lang)
                .exchange(),
        400,
        "control-character",
        "formCode",
        "“formCode”含有控制字符",
        "'formCode' holds a control character");
  }

  @Test
  void scalarsOfTheWrongTypeAreRefusedNotCoerced() {
    expectProblem(
        lang -> putRaw("{\"values\":{\"premises_area\":800},\"comment\":true}", lang),
        400,
        "wrong-type",
        "comment",
        "请求体中“comment”应为文本",
        "the body's 'comment' should be text");
    expectProblem(
        lang -> putRaw("{\"values\":{\"premises_area\":800},\"comment\":12}", lang),
        400,
        "wrong-type",
        "comment",
        "请求体中“comment”应为文本",
        "the body's 'comment' should be text");
    expectProblem(
        lang -> putRaw("{\"values\":\"lots\"}", lang),
        400,
        "wrong-type",
        "values",
        "请求体中“values”应为对象",
        "the body's 'values' should be an object");
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    expectProblem(
        lang -> putRaw("{\"values\":{\"premises_area\":800,\"premises_area\":9}}", lang),
        400,
        "duplicate-property",
        "premises_area",
        "请求体中“premises_area”出现了多次",
        "the body gives 'premises_area' more than once");
    expectProblem(
        lang -> putRaw("{\"comment\":\"a\",\"values\":{},\"comment\":\"b\"}", lang),
        400,
        "duplicate-property",
        "comment",
        "请求体中“comment”出现了多次",
        "the body gives 'comment' more than once");
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void unreadableBodiesNameTheFieldNotSpringsInternals() {
    expectProblem(
        lang -> putRaw("{\"values\":{}, \"colour\": 1}", lang),
        400,
        "unknown-property",
        "colour",
        "请求体中有未知属性“colour”",
        "the body has an unknown property 'colour'");
    expectProblem(
        lang -> putRaw("{\"values\": {", lang),
        400,
        "malformed-json",
        null,
        "请求体不是有效的 JSON（第 1 行第 13 列）",
        "the request body is not valid JSON (line 1, column 13)");
    expectProblem(
        lang ->
            reporter(community)
                .post()
                .uri(path(community, "2019") + "/return")
                .header("Accept-Language", lang)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"comment\": [1]}")
                .exchange(),
        400,
        "wrong-type",
        "comment",
        "请求体中“comment”应为文本",
        "the body's 'comment' should be text");
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void calendarDaysOutsideTheSaneRangeOrAsNumbersAreRefused() {
    String calendar = "/api/v1/tenants/" + TENANT + "/calendar/" + FORM + "/2020";
    for (String[] bad :
        new String[][] {
          {"\"1899-12-31\"", "date-out-of-range"},
          {"\"2101-01-01\"", "date-out-of-range"},
          {"2147483648", "wrong-type"}
        }) {
      String json = "{\"opens\":" + bad[0] + ",\"closes\":\"2019-12-31\"}";
      expectProblem(
          lang ->
              admin()
                  .put()
                  .uri(calendar)
                  .header("Accept-Language", lang)
                  .contentType(MediaType.APPLICATION_JSON)
                  .bodyValue(json)
                  .exchange(),
          400,
          bad[1],
          "opens",
          bad[1].equals("wrong-type")
              ? "请求体中“opens”应为日期文本（YYYY-MM-DD）"
              : "请求体中“opens”的日期不在 1900-01-01 至 2100-12-31 之间",
          bad[1].equals("wrong-type")
              ? "the body's 'opens' should be a date as text, YYYY-MM-DD"
              : "the body's 'opens' is a date outside 1900-01-01 to 2100-12-31");
    }
    admin().get().uri(calendar).exchange().expectStatus().isNotFound();
  }
}
