package org.shequ.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every problem names its trace id, in the body ({@code traceId}) and in {@code X-Trace-Id}: the
 * one of the request's W3C {@code traceparent} when it sends a valid one, else a new one.
 */
class TraceIdTest extends ShequServerTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

  @Test
  void aNotFoundCarriesANewTraceIdInBodyAndHeader() {
    String first = traceId(notFound(spec -> spec), 404);
    String second = traceId(notFound(spec -> spec), 404);
    assertThat(first).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
    assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
  }

  @Test
  void anUnprocessableTenantCarriesANewTraceId() {
    assertThat(traceId(invalidTenant(spec -> spec), 422)).matches("[0-9a-f]{32}");
  }

  @Test
  void theTraceparentsTraceIdIsKept() {
    assertThat(traceId(notFound(spec -> spec.header("traceparent", TRACEPARENT)), 404))
        .isEqualTo(TRACE);
    assertThat(traceId(invalidTenant(spec -> spec.header("traceparent", TRACEPARENT)), 422))
        .isEqualTo(TRACE);
  }

  @Test
  void aMalformedTraceparentGetsANewTraceId() {
    for (String bad :
        List.of(
            "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",
            "ff-" + TRACE + "-00f067aa0ba902b7-01",
            "00-" + TRACE.toUpperCase() + "-00f067aa0ba902b7-01",
            "not a traceparent")) {
      String id = traceId(notFound(spec -> spec.header("traceparent", bad)), 404);
      assertThat(id).as(bad).matches("[0-9a-f]{32}").isNotEqualTo(TRACE);
    }
  }

  @Test
  void aRefusalBeforeAnyRouteCarriesOneToo() {
    // No token: refused by the security filters, before any handler.
    WebTestClient.ResponseSpec anonymous =
        client.get().uri("/api/v1/tenants").header("traceparent", TRACEPARENT).exchange();
    assertThat(traceId(anonymous, 401)).isEqualTo(TRACE);
  }

  private WebTestClient.ResponseSpec notFound(
      Function<WebTestClient.RequestHeadersSpec<?>, WebTestClient.RequestHeadersSpec<?>> headers) {
    return headers.apply(platformAdmin().get().uri("/api/v1/no-such-route")).exchange();
  }

  private WebTestClient.ResponseSpec invalidTenant(
      Function<WebTestClient.RequestHeadersSpec<?>, WebTestClient.RequestHeadersSpec<?>> headers) {
    return headers
        .apply(
            platformAdmin()
                .post()
                .uri("/api/v1/tenants")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(
                    Map.of(
                        "id",
                        "trace-test",
                        "name",
                        Map.of("zh", "x", "en", "x"),
                        "divisionCode",
                        "990101",
                        "level",
                        "DISTRICT",
                        "plans",
                        List.of("no-such-plan-2020"))))
        .exchange();
  }

  /** The problem's trace id, after checking the body and the header name the same one. */
  private static String traceId(WebTestClient.ResponseSpec response, int status) {
    EntityExchangeResult<Map> result =
        response
            .expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody(Map.class)
            .returnResult();
    String header = result.getResponseHeaders().getFirst(TraceIds.HEADER);
    assertThat(header).isNotNull();
    assertThat(result.getResponseBody()).containsEntry("traceId", header);
    return header;
  }
}
