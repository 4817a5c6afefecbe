package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
    Map<String, String> query = decodedQuery(location.toString());
    ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
    assertThat(session).as("the session remembering the authorization request").isNotNull();
    return new Authorization(query, session);
  }

  private static Map<String, String> decodedQuery(String uri) {
    Map<String, String> query = new LinkedHashMap<>();
    UriComponentsBuilder.fromUriString(uri)
        .build(true)
        .getQueryParams()
        .forEach(
            (name, values) ->
                query.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
    return query;
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

  /** Comes back from the issuer with {@code code}; the session cookie after sign-in. */
  private ResponseCookie callback(Authorization authorization, String code) {
    EntityExchangeResult<byte[]> result =
        client
            .get()
            .uri(
                "/login/oauth2/code/shequ?code={code}&state={state}",
                code,
                authorization.get("state"))
            .cookie("SESSION", authorization.session().getValue())
            .exchange()
            .expectStatus()
            .isFound()
            .expectHeader()
            .location("/")
            .expectBody()
            .returnResult();
    ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
    assertThat(session).as("the signed-in session").isNotNull();
    // A new session id at sign-in: an id planted before it is worth nothing after.
    assertThat(session.getValue()).isNotEqualTo(authorization.session().getValue());
    assertThat(session.isHttpOnly()).isTrue();
    return session;
  }

  private Map<String, Object> consoleSession(ResponseCookie session) {
    return client
        .get()
        .uri("/console/session")
        .cookie("SESSION", session.getValue())
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .cacheControl(CacheControl.noStore())
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }

  private String regionAdminToken() {
    return tokens.issue("admin-oidc", "jiexiu", List.of(Role.REGION_ADMIN), null);
  }

  @Test
  void theCodeIsExchangedWithItsVerifierAndTheSessionHandsOutTheIssuersToken() {
    client
        .get()
        .uri("/console/sign-in/options")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.oidc.url")
        .isEqualTo("/oauth2/authorization/shequ");
    Authorization authorization = startSignIn();
    String token = regionAdminToken();
    ISSUER.expect(
        "code-2",
        authorization.get("code_challenge"),
        authorization.get("nonce"),
        () -> token,
        3600);

    ResponseCookie session = callback(authorization, "code-2");

    Map<String, String> exchange = ISSUER.lastTokenRequest();
    assertThat(exchange)
        .containsEntry("grant_type", "authorization_code")
        .containsEntry("client_id", FakeIssuer.CLIENT_ID)
        .containsKey("code_verifier")
        .doesNotContainKey("client_secret");
    Map<String, Object> signedIn = consoleSession(session);
    assertThat(signedIn)
        .containsEntry("method", "oidc")
        .containsEntry("subject", "admin-oidc")
        .containsEntry("tenant", "jiexiu")
        .containsEntry("roles", List.of("REGION_ADMIN"))
        .containsEntry("accessToken", token);
    client
        .get()
        .uri("/api/v1/tenants/jiexiu")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void aTokenNearItsExpiryIsRefreshedBeforeTheConsoleIsGivenIt() {
    Authorization authorization = startSignIn();
    AtomicInteger issued = new AtomicInteger();
    String first = regionAdminToken();
    String refreshed = regionAdminToken();
    // Thirty seconds to live: within the minute before expiry in which the server refreshes.
    ISSUER.expect(
        "code-3",
        authorization.get("code_challenge"),
        authorization.get("nonce"),
        () -> issued.getAndIncrement() == 0 ? first : refreshed,
        30);
    ResponseCookie session = callback(authorization, "code-3");

    assertThat(consoleSession(session)).containsEntry("accessToken", refreshed);
    assertThat(ISSUER.lastTokenRequest())
        .containsEntry("grant_type", "refresh_token")
        .containsEntry("refresh_token", "refresh-1");
  }

  @Test
  void signingOutEndsTheSessionHereAndAtTheIssuer() {
    Authorization authorization = startSignIn();
    ISSUER.expect(
        "code-4",
        authorization.get("code_challenge"),
        authorization.get("nonce"),
        this::regionAdminToken,
        3600);
    ResponseCookie session = callback(authorization, "code-4");
    consoleSession(session);
    // The cookie a console answer would have set; what counts is that the header repeats it.
    String csrf = "csrf-" + authorization.get("state");

    String redirect =
        client
            .post()
            .uri("/console/sign-out")
            .cookie("SESSION", session.getValue())
            .cookie("XSRF-TOKEN", csrf)
            .header("X-XSRF-TOKEN", csrf)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .cacheControl(CacheControl.noStore())
            .expectBody(new ParameterizedTypeReference<Map<String, String>>() {})
            .returnResult()
            .getResponseBody()
            .get("redirect");

    assertThat(redirect).startsWith(FakeIssuer.ISSUER + "/logout?");
    Map<String, String> logout = decodedQuery(redirect);
    assertThat(logout.get("id_token_hint"))
        .as("the ID token")
        .matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    assertThat(logout.get("post_logout_redirect_uri")).matches("http://localhost:\\d+/");
    client
        .get()
        .uri("/console/session")
        .cookie("SESSION", session.getValue())
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }
}
