package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.server.support.ProblemChecks.expectProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Signing in to the console in the embedded default (demo users) and out again, with the session
 * cookie and CSRF token a browser would hold, and what the console's session leaves alone: the API.
 */
class ConsoleSignInTest extends ShequServerTest {

  /** The CSRF cookie a first console answer sets, as the console's scripts find it. */
  private ResponseCookie csrfCookie() {
    ResponseCookie csrf =
        client
            .get()
            .uri("/console/session")
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectBody()
            .returnResult()
            .getResponseCookies()
            .getFirst("XSRF-TOKEN");
    assertThat(csrf).as("the CSRF cookie").isNotNull();
    assertThat(csrf.getValue()).isNotBlank();
    assertThat(csrf.isHttpOnly()).as("readable by the console's scripts").isFalse();
    assertThat(csrf.getSameSite()).isEqualTo("Lax");
    return csrf;
  }

  private WebTestClient.ResponseSpec signInDemo(String subject, String csrf, String header) {
    WebTestClient.RequestBodySpec post =
        client.post().uri("/console/sign-in/demo").cookie("XSRF-TOKEN", csrf);
    if (header != null) {
      post.header("X-XSRF-TOKEN", header);
    }
    return post.bodyValue(Map.of("subject", subject)).exchange();
  }

  private WebTestClient.ResponseSpec session(String sessionId) {
    return client.get().uri("/console/session").cookie("SESSION", sessionId).exchange();
  }

  @Test
  void aDemoUserSignsInWithAnHttpOnlyCookieAndGetsATokenTheApiTakes() {
    String csrf = csrfCookie().getValue();

    ResponseCookie session =
        signInDemo("admin-jiexiu", csrf, csrf)
            .expectStatus()
            .isNoContent()
            .expectBody()
            .returnResult()
            .getResponseCookies()
            .getFirst("SESSION");
    assertThat(session).as("the session cookie").isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    // Plain HTTP here; over HTTPS the cookie is Secure.
    assertThat(session.isSecure()).isFalse();

    EntityExchangeResult<Map<String, Object>> answer =
        session(session.getValue())
            .expectStatus()
            .isOk()
            .expectHeader()
            .cacheControl(CacheControl.noStore())
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult();
    Map<String, Object> signedIn = answer.getResponseBody();
    assertThat(signedIn)
        .containsEntry("subject", "admin-jiexiu")
        .containsEntry("tenant", "jiexiu")
        .containsEntry("method", "demo");
    String token = (String) signedIn.get("accessToken");
    assertThat(token).isNotBlank();

    // The token is an ordinary bearer token of the API.
    client
        .get()
        .uri("/api/v1/tenants/jiexiu")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void signingInOrOutWithoutTheCsrfTokenIsRefused() {
    String csrf = csrfCookie().getValue();

    expectProblem(
        lang ->
            client
                .post()
                .uri("/console/sign-in/demo")
                .cookie("XSRF-TOKEN", csrf)
                .header(HttpHeaders.ACCEPT_LANGUAGE, lang)
                .bodyValue(Map.of("subject", "admin-jiexiu"))
                .exchange(),
        403,
        "csrf-refused",
        null,
        null,
        null);
    // A token other than the cookie's is no better, and no session was made.
    signInDemo("admin-jiexiu", csrf, csrf + "x")
        .expectStatus()
        .isForbidden()
        .expectBody()
        .consumeWith(
            result -> assertThat(result.getResponseCookies().getFirst("SESSION")).isNull());

    // Signed in, a sign-out without the token leaves the session as it was.
    String session =
        signInDemo("reporter-jiexiu", csrf, csrf)
            .expectStatus()
            .isNoContent()
            .expectBody()
            .returnResult()
            .getResponseCookies()
            .getFirst("SESSION")
            .getValue();
    client
        .post()
        .uri("/console/sign-out")
        .cookie("SESSION", session)
        .cookie("XSRF-TOKEN", csrf)
        .exchange()
        .expectStatus()
        .isForbidden();
    session(session).expectStatus().isOk();
  }

  @Test
  void signingOutEndsTheSession() {
    String csrf = csrfCookie().getValue();
    String session =
        signInDemo("admin-jiexiu", csrf, csrf)
            .expectStatus()
            .isNoContent()
            .expectBody()
            .returnResult()
            .getResponseCookies()
            .getFirst("SESSION")
            .getValue();
    session(session).expectStatus().isOk();

    client
        .post()
        .uri("/console/sign-out")
        .cookie("SESSION", session)
        .cookie("XSRF-TOKEN", csrf)
        .header("X-XSRF-TOKEN", csrf)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.redirect")
        .isEqualTo("/");

    // The old cookie is worth nothing now, whoever still holds it.
    session(session).expectStatus().isUnauthorized();
  }

  @Test
  void withoutAnIssuerOnlyTheDemoUsersAreOffered() {
    client
        .get()
        .uri("/console/sign-in/options")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.demo[?(@.subject == 'admin-jiexiu')]")
        .exists()
        .jsonPath("$.oidc")
        .doesNotExist();
    // And the issuer's sign-in route is not there.
    client.get().uri("/oauth2/authorization/shequ").exchange().expectStatus().isNotFound();
  }

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

  @Test
  void aMemberSignsInByIdAndThePageTakesTheMembersOwnToken() {
    // A member of its own, added a moment ago (the seeded ones may still be on their way).
    String tenant = "test-console-members";
    String username = "signin-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    platformAdmin()
        .post()
        .uri("/api/v1/tenants/" + tenant + "/members")
        .bodyValue(Map.of("username", username, "roles", List.of("REPORTER")))
        .exchange()
        .expectStatus()
        .isCreated();
    String memberId =
        client
            .get()
            .uri("/api/v1/dev/members")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .returnResult()
            .getResponseBody()
            .stream()
            .filter(m -> username.equals(m.get("username")))
            .map(m -> (String) m.get("memberId"))
            .findFirst()
            .orElseThrow();
    String csrf = csrfCookie().getValue();
    String session =
        client
            .post()
            .uri("/console/sign-in/demo")
            .cookie("XSRF-TOKEN", csrf)
            .header("X-XSRF-TOKEN", csrf)
            .bodyValue(Map.of("memberId", memberId))
            .exchange()
            .expectStatus()
            .isNoContent()
            .expectBody()
            .returnResult()
            .getResponseCookies()
            .getFirst("SESSION")
            .getValue();

    // The session names the member only: no token of claims that a change could leave behind.
    Map<String, Object> signedIn =
        session(session)
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    assertThat(signedIn).containsEntry("method", "member").containsEntry("memberId", memberId);
    assertThat(signedIn.get("accessToken")).isNull();

    // The page asks for the member's token, and the API places the caller by membership.
    String token =
        (String)
            client
                .post()
                .uri("/api/v1/dev/token")
                .bodyValue(Map.of("memberId", memberId))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("access_token");
    client
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.tenant")
        .isEqualTo(tenant)
        .jsonPath("$.roles[0]")
        .isEqualTo("REPORTER")
        .jsonPath("$.source")
        .isEqualTo("MEMBERSHIP");
  }
}
