package org.shequ.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Pages carry a strict Content-Security-Policy, and the demo login page still works under it: its
 * script and style come from this origin, and what its buttons send gets a token.
 */
class ContentSecurityPolicyTest extends ShequServerTest {

  private EntityExchangeResult<String> loginPage() {
    return client
        .get()
        .uri("/dev/login")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class)
        .returnResult();
  }

  @Test
  void theDemoLoginPageCarriesAStrictPolicyAndTheUsualHeaders() {
    HttpHeaders headers = loginPage().getResponseHeaders();
    String csp = headers.getFirst("Content-Security-Policy");
    assertThat(csp)
        .contains("default-src 'self'")
        .contains("script-src 'self'")
        .contains("style-src 'self'")
        .contains("object-src 'none'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void thePageHasNoInlineScriptOrStyle() {
    String html = loginPage().getResponseBody();
    assertThat(html).contains("<script src=\"/dev/login.js\"></script>");
    assertThat(html).contains("<link rel=\"stylesheet\" href=\"/dev/login.css\">");
    // Every script element has a source and no content; no style elements or attributes.
    assertThat(html.split("<script", -1)).hasSize(2);
    assertThat(html).doesNotContain("<style").doesNotContain("style=").doesNotContain("onclick=");
  }

  @Test
  void thePagesScriptAndStyleAreServedFromThisOrigin() {
    client
        .get()
        .uri("/dev/login.js")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("text/javascript")
        .expectBody(String.class)
        .value(js -> assertThat(js).contains("fetch('/api/v1/dev/token'"));
    client
        .get()
        .uri("/dev/login.css")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("text/css")
        .expectBody(String.class)
        .value(css -> assertThat(css).contains("font-family"));
  }

  @Test
  void whatATokenButtonSendsGetsAToken() {
    Matcher button =
        Pattern.compile("<button data-body='([^']*)'>").matcher(loginPage().getResponseBody());
    assertThat(button.find()).isTrue();
    client
        .post()
        .uri("/api/v1/dev/token")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(HtmlUtils.htmlUnescape(button.group(1)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.access_token")
        .isNotEmpty();
  }

  @Test
  void jsonResponsesCarryThePolicyToo() {
    client
        .get()
        .uri("/api/v1/plans")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*");
  }
}
