package org.shequ.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.server.support.ProblemChecks.expectProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** Spring's own refusals look like every other problem of Shequ, in Chinese and English. */
class ProblemLookTest extends ShequServerTest {

  @Test
  void noRouteIsAProblemNotSpringsErrorJson() {
    expectProblem(
        lang ->
            platformAdmin()
                .get()
                .uri("/api/v1/no-such-route")
                .header("Accept-Language", lang)
                .exchange(),
        404,
        "not-found",
        null,
        "没有这个路径",
        "there is no such route");
  }

  @Test
  void aWrongMethodNamesTheAllowedOnes() {
    expectProblem(
        lang ->
            platformAdmin()
                .delete()
                .uri("/api/v1/plans")
                .header("Accept-Language", lang)
                .exchange(),
        405,
        "method-not-allowed",
        null,
        "此处不允许 DELETE；允许：GET",
        "DELETE is not allowed here; allowed: GET");
    platformAdmin()
        .delete()
        .uri("/api/v1/plans")
        .exchange()
        .expectHeader()
        .valueEquals("Allow", "GET");
  }

  @Test
  void anUnservableAcceptIsAProblem() {
    expectProblem(
        lang ->
            client
                .get()
                .uri("/api/v1/plans")
                .header("Accept", "application/xml")
                .header("Accept-Language", lang)
                .exchange(),
        406,
        "not-acceptable",
        null,
        null,
        null);
  }

  @Test
  void aMissingParameterIsNamed() {
    expectProblem(
        lang ->
            nationalAnalyst()
                .get()
                .uri("/api/v1/comparison?nationalIndicator=x")
                .header("Accept-Language", lang)
                .exchange(),
        400,
        "missing-parameter",
        "period",
        "缺少“period”",
        "'period' is required");
  }

  @Test
  void aQueryParameterOfTheWrongTypeIsNamed() {
    expectProblem(
        lang ->
            regionAdmin("jiexiu")
                .get()
                .uri("/api/v1/tenants/jiexiu/org-units?view=flat&page=abc")
                .header("Accept-Language", lang)
                .exchange(),
        400,
        "invalid-parameter",
        "page",
        "参数“page”无效",
        "the parameter 'page' is invalid");
  }

  @Test
  void aMissingPartIsNamedWithEveryFieldMessageFilledIn() {
    String boundary = "shequ-look";
    byte[] body =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    expectProblem(
        lang ->
            regionAdmin("jiexiu")
                .post()
                .uri("/api/v1/tenants/jiexiu/org-units/import")
                .header("Accept-Language", lang)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
                .bodyValue(body)
                .exchange(),
        400,
        "missing-parameter",
        "file",
        "缺少“file”",
        "'file' is required");
    regionAdmin("jiexiu")
        .post()
        .uri("/api/v1/tenants/jiexiu/org-units/import")
        .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
        .bodyValue(body)
        .exchange()
        .expectBody()
        .jsonPath("$.errors[0].message")
        .isEqualTo("'file' is required");
  }

  @Test
  void anUnexpectedFailureIsAGeneric500ThatRevealsNothing() {
    var exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.get("/api/v1/anything").header("Accept-Language", "zh-CN"));
    new ProblemHandler()
        .handle(exchange, new IllegalStateException("secret table report_version broke"))
        .block(Duration.ofSeconds(5));
    var response = exchange.getResponse();
    assertThat(response.getStatusCode().value()).isEqualTo(500);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    String body = response.getBodyAsString().block(Duration.ofSeconds(5));
    assertThat(body)
        .contains("urn:shequ:problem:internal-error", "服务器出错，请求可能未执行")
        .doesNotContain("secret", "report_version", "timestamp");
  }

  @Test
  void bothBundlesHoldTheSameKeysAndEveryMessageFormats() throws IOException {
    Properties zh = bundle("zh");
    Properties en = bundle("en");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Properties p : new Properties[] {zh, en}) {
      for (String key : p.stringPropertyNames()) {
        assertThat(new MessageFormat(p.getProperty(key)).format(new Object[] {"a", "b", "c", "d"}))
            .as(key)
            .isNotBlank();
      }
    }
    assertThat(zh.getProperty("forbidden.detail")).isEqualTo("您的角色不允许此操作");
  }

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        ProblemLookTest.class.getResourceAsStream(
            "/messages/problems_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
