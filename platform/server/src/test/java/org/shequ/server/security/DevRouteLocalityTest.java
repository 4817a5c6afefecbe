package org.shequ.server.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The development token routes answer only requests from this machine that were meant for it: not a
 * page of another site whose name was rebound to 127.0.0.1, not a caller behind a proxy.
 */
class DevRouteLocalityTest extends ShequServerTest {
  private static final String BODY = "{\"subject\":\"x\",\"roles\":[\"PLATFORM_ADMIN\"]}";

  private WebTestClient.ResponseSpec token(String header, String value) {
    return client
        .post()
        .uri("/api/v1/dev/token")
        .header(header, value)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(BODY)
        .exchange();
  }

  private WebTestClient.ResponseSpec login(String header, String value) {
    return client.get().uri("/dev/login").header(header, value).exchange();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evil.example",
        "evil.example:8080",
        "localhost.evil.example",
        "127.0.0.1.nip.io",
        "10.0.0.1:8080",
        "[2001:db8::1]:8080"
      })
  void aHostThatIsNotTheLoopbackFindsNoRoute(String host) {
    token("Host", host)
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    login("Host", host).expectStatus().isNotFound();
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST:8080", "127.0.0.1:1234", "127.9.9.9", "[::1]:80"})
  void aLoopbackHostIsServed(String host) {
    token("Host", host).expectStatus().isOk().expectBody().jsonPath("$.access_token").isNotEmpty();
    login("Host", host).expectStatus().isOk();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Forwarded:for=203.0.113.7",
        "X-Forwarded-For:203.0.113.7",
        "X-Forwarded-Host:evil.example",
        "X-Forwarded-Proto:https",
        "X-Real-IP:203.0.113.7"
      })
  void aForwardedRequestFindsNoRoute(String header) {
    String[] h = header.split(":", 2);
    token(h[0], h[1]).expectStatus().isNotFound();
    login(h[0], h[1]).expectStatus().isNotFound();
  }
}
