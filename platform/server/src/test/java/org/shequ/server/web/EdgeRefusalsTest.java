package org.shequ.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shequ.server.support.RawHttp;
import org.shequ.server.support.ShequServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before any handler runs, by the request firewall or by Netty itself, still get a
 * problem+json body saying why.
 */
class EdgeRefusalsTest extends ShequServerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private static JsonNode problem(RawHttp.Response response, int status) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asString()).isNotBlank();
    assertThat(body.get("detail").asString()).isNotBlank();
    return body;
  }

  // An encoded NUL is answered before the firewall, as invalid-character naming the path (see
  // ReportBadInputTest).
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/plans/%2e%2e/national-indicators",
        "/api/v1/plans/%2E",
        "/api/v1/plans/a%5cb",
        "/api/v1/tenants/jiexiu/org-units/a%2fb"
      })
  void theFirewallsRejectionsAreProblems(String path) throws IOException {
    JsonNode body =
        problem(
            RawHttp.send(
                port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: zh"),
            400);
    assertThat(body.get("type").asString()).isEqualTo("urn:shequ:problem:rejected-request");
    assertThat(body.get("detail").asString()).contains("不允许的字符");
  }

  @Test
  void aTooLongRequestLineIsA414Problem() throws IOException {
    JsonNode body =
        problem(
            RawHttp.send(
                port, "GET /api/v1/plans/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost"),
            414);
    assertThat(body.get("type").asString()).isEqualTo("urn:shequ:problem:uri-too-long");
  }

  @Test
  void tooLargeHeadersAreA431Problem() throws IOException {
    JsonNode body =
        problem(
            RawHttp.send(
                port,
                "GET /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                    + "a".repeat(10_000)),
            431);
    assertThat(body.get("type").asString()).isEqualTo("urn:shequ:problem:headers-too-large");
  }

  @Test
  void anOrdinaryRequestIsUntouched() throws IOException {
    RawHttp.Response ok = RawHttp.send(port, "GET /api/v1/plans HTTP/1.1\r\nHost: localhost");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).contains("national-2016-2020");
  }
}
