package org.shequ.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * Requests without a valid token are limited per client address; callers with a valid token are
 * not. Each test calls from an address of its own in 127.0.0.0/8, so each starts with a full
 * allowance.
 */
@TestPropertySource(
    properties = {
      "shequ.rate-limit.enabled=true",
      "shequ.rate-limit.requests=3",
      "shequ.rate-limit.period=1h"
    })
class RateLimitTest extends ShequServerTest {

  @LocalServerPort int port;

  /** A client whose requests come from {@code address}. */
  private WebTestClient from(String address) {
    HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
    return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
        .baseUrl("http://127.0.0.1:" + port)
        .build();
  }

  private static void expectTooMany(WebTestClient.ResponseSpec response) {
    response
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .value("Retry-After", v -> assertThat(Long.parseLong(v)).isBetween(1L, 3600L))
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:too-many-requests")
        .jsonPath("$.status")
        .isEqualTo(429);
  }

  @Test
  void anonymousRequestsBeyondTheAllowanceGet429WithRetryAfter() {
    WebTestClient anonymous = from("127.0.0.21");
    for (int i = 0; i < 3; i++) {
      anonymous.get().uri("/api/v1/plans").exchange().expectStatus().isOk();
    }
    expectTooMany(anonymous.get().uri("/api/v1/plans").exchange());
    // Unauthenticated requests to protected routes count alike.
    expectTooMany(anonymous.get().uri("/api/v1/tenants").exchange());
    // Another address has its own allowance.
    from("127.0.0.22").get().uri("/api/v1/plans").exchange().expectStatus().isOk();
  }

  @Test
  void theConsolesFilesAreNeverLimited() {
    WebTestClient browser = from("127.0.0.31");
    for (int i = 0; i < 5; i++) {
      browser.get().uri("/").exchange().expectStatus().isOk();
      browser.get().uri("/ui/app.js").exchange().expectStatus().isOk();
      browser.get().uri("/ui/core/vue.js").exchange().expectStatus().isOk();
      browser.get().uri("/console/messages/zh").exchange().expectStatus().isOk();
    }
    // The API still counts: the allowance of 3 is whole.
    for (int i = 0; i < 3; i++) {
      browser.get().uri("/api/v1/plans").exchange().expectStatus().isOk();
    }
    expectTooMany(browser.get().uri("/api/v1/plans").exchange());
  }

  @Test
  void refusedTokensCountAndThenGet429() {
    WebTestClient client = from("127.0.0.23");
    for (int i = 0; i < 3; i++) {
      client
          .get()
          .uri("/api/v1/tenants")
          .header("Authorization", "Bearer not-a-token")
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }
    expectTooMany(
        client
            .get()
            .uri("/api/v1/tenants")
            .header("Authorization", "Bearer not-a-token")
            .exchange());
  }

  @Test
  void callersWithAValidTokenAreNotLimited() {
    WebTestClient client = from("127.0.0.24");
    String token =
        tokens.issue("admin-jiexiu", "jiexiu", java.util.List.of(Role.REGION_ADMIN), null);
    // Use the address's allowance up first.
    for (int i = 0; i < 3; i++) {
      client.get().uri("/api/v1/plans").exchange().expectStatus().isOk();
    }
    expectTooMany(client.get().uri("/api/v1/plans").exchange());
    for (int i = 0; i < 10; i++) {
      client
          .get()
          .uri("/api/v1/tenants/jiexiu")
          .header("Authorization", "Bearer " + token)
          .exchange()
          .expectStatus()
          .isOk();
    }
  }

  @Test
  void probesAreNeverLimited() {
    WebTestClient probe = from("127.0.0.25");
    for (int i = 0; i < 6; i++) {
      probe.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
      probe.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
  }
}
