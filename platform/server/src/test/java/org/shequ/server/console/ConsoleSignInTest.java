package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.HttpHeaders;

/** Signing in to the console in the embedded default (demo users), and what it leaves alone. */
class ConsoleSignInTest extends ShequServerTest {

  @Test
  void theApiTakesBearerTokensAndMakesNoSession() {
    HttpHeaders headers =
        as("admin-jiexiu", "jiexiu", null, Role.REGION_ADMIN)
            .get()
            .uri("/api/v1/tenants/jiexiu")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseHeaders();
    assertThat(headers.get(HttpHeaders.SET_COOKIE)).as("cookies set by the API").isNull();

    // Nor without a token, nor for a POST without a CSRF token: the API has no CSRF to refuse.
    client
        .get()
        .uri("/api/v1/tenants/jiexiu")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .doesNotExist(HttpHeaders.SET_COOKIE);
    as("admin-jiexiu", "jiexiu", null, Role.REGION_ADMIN)
        .post()
        .uri("/api/v1/tenants/jiexiu/org-units/no-such-unit/deactivate")
        .exchange()
        .expectStatus()
        .value(status -> assertThat(status).isNotEqualTo(403))
        .expectHeader()
        .doesNotExist(HttpHeaders.SET_COOKIE);
  }
}
