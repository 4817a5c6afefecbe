package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sign-in page, in a real browser, where the sign-in itself is not the point. */
class SignInPageTest extends ConsoleBrowserTest {

  @Test
  void aSignInTheServerRefusedIsExplained() {
    // Where the server sends the browser when the issuer's answer is refused (e.g. a stale state).
    open("#/sign-in?error=oidc");
    assertThat(waitFor("[data-test='sign-in-oidc-failed']").getText())
        .isEqualTo("未能通过统一身份认证登录，请重试。");
    assertThat(waitFor("[data-test='sign-in-oidc-failed']").getAttribute("role"))
        .isEqualTo("alert");

    open("#/sign-in");
    waitFor("[data-test='demo-user']");
    assertThat(all("[data-test='sign-in-oidc-failed']")).isEmpty();
  }
}
