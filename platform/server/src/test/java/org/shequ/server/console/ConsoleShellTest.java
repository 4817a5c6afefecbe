package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console's frame, in a real browser: sign-in, language, the phone layout, sign-out. */
class ConsoleShellTest extends ConsoleBrowserTest {

  @Test
  void aDemoUserSignsInFromTheListAndSignsOut() {
    open("");
    waitFor("[data-test='sign-in'] [data-test='demo-user'][data-subject='operator']");
    assertThat(all("[data-test='demo-user']"))
        .extracting(e -> e.getAttribute("data-subject"))
        .contains("admin-jiexiu", "reporter-jiexiu", "analyst", "operator");
    screenshot("sign-in");

    signIn("analyst");
    // National staff start at the comparison; the navigation offers nothing they may not use.
    waitFor("[data-test='nav-comparison'][aria-current='page']");
    assertThat(all("nav a"))
        .extracting(e -> e.getAttribute("data-test"))
        .containsExactly("nav-comparison");
    assertThat(waitFor("[data-test='who']").getText()).contains("analyst", "国家级人员");

    click("[data-test='sign-out']");
    waitFor("[data-test='sign-in']");
    // The session is gone on the server, not just in the page.
    client.get().uri("/console/session").exchange().expectStatus().isUnauthorized();
    open("#/home");
    waitFor("[data-test='sign-in']");
  }

  @Test
  void theLanguageSwitchesBetweenChineseAndEnglish() {
    signIn("analyst");
    open("#/home");
    assertThat(waitFor("h1").getText()).isEqualTo("欢迎");
    assertThat(browser().executeScript("return document.documentElement.lang")).isEqualTo("zh-CN");

    setLanguage("en");
    waitForText("h1", "Welcome");
    assertThat(waitFor("[data-test='who']").getText()).contains("National analyst");
    assertThat(waitFor("[data-test='sign-out']").getText()).isEqualTo("Sign out");
    screenshot("home-en");

    // The choice holds across a reload.
    browser().navigate().refresh();
    waitForText("h1", "Welcome");
    setLanguage("zh");
    waitForText("h1", "欢迎");
  }

  @Test
  void thePhoneLayoutNeverScrollsSideways() {
    resize(390);
    open("#/sign-in");
    waitFor("[data-test='demo-user']");
    assertNoHorizontalScroll();
    screenshot("sign-in-390");
    signIn("operator");
    waitFor("[data-test='nav-platform/plugins'][aria-current='page']");
    assertNoHorizontalScroll();
  }
}
