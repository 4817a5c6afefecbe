package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing in to the console with an external OpenID Connect issuer: authorization code with PKCE,
 * against a {@link FakeIssuer} configured with explicit endpoints (no discovery).
 */
class OidcSignInTest extends ShequServerTest {
  private static final FakeIssuer ISSUER = new FakeIssuer();

  @DynamicPropertySource
  static void issuer(DynamicPropertyRegistry registry) {
    String client = "spring.security.oauth2.client.registration.shequ.";
    registry.add(client + "client-id", () -> FakeIssuer.CLIENT_ID);
    registry.add(client + "client-authentication-method", () -> "none");
    registry.add(client + "authorization-grant-type", () -> "authorization_code");
    registry.add(client + "scope", () -> "openid");
    registry.add(client + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    String provider = "spring.security.oauth2.client.provider.shequ.";
    registry.add(provider + "authorization-uri", () -> FakeIssuer.ISSUER + "/auth");
    registry.add(provider + "token-uri", () -> ISSUER.uri("/token"));
    registry.add(provider + "jwk-set-uri", () -> ISSUER.uri("/jwks"));
    registry.add(provider + "user-name-attribute", () -> "sub");
    registry.add("shequ.console.oidc.end-session-uri", () -> FakeIssuer.ISSUER + "/logout");
  }

  @AfterAll
  static void stopIssuer() {
    ISSUER.close();
  }

  /** The server's redirect to the issuer, and the session cookie that remembers it. */
  private record Authorization(Map<String, String> query, ResponseCookie session) {
    String get(String name) {
      return query.get(name);
    }
  }

  private Authorization startSignIn() {
    EntityExchangeResult<byte[]> result =
        client
            .get()
            .uri("/oauth2/authorization/shequ")
            .exchange()
            .expectStatus()
            .isFound()
            .expectBody()
            .returnResult();
    URI location = result.getResponseHeaders().getLocation();
    assertThat(location).isNotNull();
    assertThat(location.toString()).startsWith(FakeIssuer.ISSUER + "/auth?");
    Map<String, String> query =
        UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
    ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
    assertThat(session).as("the session remembering the authorization request").isNotNull();
    return new Authorization(query, session);
  }

  @Test
  void signingInRedirectsToTheIssuerWithPkceStateAndNonce() {
    Authorization authorization = startSignIn();

    assertThat(authorization.get("response_type")).isEqualTo("code");
    assertThat(authorization.get("client_id")).isEqualTo(FakeIssuer.CLIENT_ID);
    assertThat(authorization.get("scope")).isEqualTo("openid");
    assertThat(authorization.get("code_challenge_method")).isEqualTo("S256");
    // A base64url SHA-256: 43 characters.
    assertThat(authorization.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    assertThat(authorization.get("state")).isNotBlank();
    assertThat(authorization.get("nonce")).isNotBlank();
    assertThat(authorization.get("redirect_uri")).endsWith("/login/oauth2/code/shequ");
    assertThat(authorization.session().isHttpOnly()).isTrue();
    assertThat(authorization.session().getSameSite()).isEqualTo("Lax");
    // Each sign-in gets its own state and verifier.
    Authorization another = startSignIn();
    assertThat(another.get("state")).isNotEqualTo(authorization.get("state"));
    assertThat(another.get("code_challenge")).isNotEqualTo(authorization.get("code_challenge"));
  }

  @Test
  void aCallbackWithAnotherStateIsRefusedWithoutAskingTheIssuer() {
    Authorization authorization = startSignIn();
    int tokenRequests = ISSUER.tokenRequests().size();
    ISSUER.expect(
        "code-1", authorization.get("code_challenge"), authorization.get("nonce"), () -> "x", 60);

    client
        .get()
        .uri("/login/oauth2/code/shequ?code=code-1&state=forged")
        .cookie("SESSION", authorization.session().getValue())
        .exchange()
        .expectStatus()
        .isFound()
        .expectHeader()
        .location("/#/sign-in?error=oidc");

    assertThat(ISSUER.tokenRequests()).hasSize(tokenRequests);
  }
}
