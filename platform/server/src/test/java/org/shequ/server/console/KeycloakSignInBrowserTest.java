package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shequ.server.support.KeycloakServer;
import org.shequ.server.support.KeycloakServerTest;

/**
 * The console's OpenID Connect sign-in in Chromium against a real Keycloak and the shipped realm's
 * console client: the sign-in page's button, Keycloak's own login form, back to the console signed
 * in with the user's tenant and role, the API called with Keycloak's token, and signing out ending
 * the Keycloak session too.
 */
class KeycloakSignInBrowserTest extends KeycloakServerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() {
    browser = ConsoleBrowserTest.newDriver();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static String base() {
    return "http://localhost:" + PORT;
  }

  @Test
  void aRegionAdminSignsInWithKeycloakUsesTheApiAndSignsOutOfBoth() {
    browser.get(base() + "/#/sign-in");
    click("[data-test='sign-in-oidc']");

    // Keycloak's login page, on Keycloak's own origin.
    waitFor("#username");
    assertThat(browser.getCurrentUrl())
        .startsWith(keycloak().issuer() + "/protocol/openid-connect/auth?")
        .contains("code_challenge_method=S256")
        .contains("client_id=shequ-console");
    browser.findElement(By.id("username")).sendKeys("admin-jiexiu");
    browser.findElement(By.id("password")).sendKeys("dev-admin-jiexiu");
    browser.findElement(By.id("kc-login")).click();

    // Back in the console, signed in as Keycloak says.
    WebElement who = waitFor("[data-test='who']");
    assertThat(browser.getCurrentUrl()).startsWith(base() + "/");
    assertThat(who.getText()).contains(keycloak().subjectOf("admin-jiexiu"));
    assertThat(waitFor("[data-test='who-tenant']").getText()).contains("介休");

    // The console's scripts call the API with Keycloak's access token.
    @SuppressWarnings("unchecked")
    Map<String, Object> answer =
        (Map<String, Object>)
            browser.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                const s = await (await fetch('/console/session')).json();
                const r = await fetch('/api/v1/tenants/jiexiu',
                    {headers: {Authorization: 'Bearer ' + s.accessToken}});
                done({method: s.method, tenant: s.tenant, token: s.accessToken, status: r.status});
                """);
    assertThat(answer).containsEntry("method", "oidc").containsEntry("tenant", "jiexiu");
    assertThat(((Number) answer.get("status")).intValue()).isEqualTo(200);
    assertThat(KeycloakServer.claims((String) answer.get("token")).path("iss").asString())
        .isEqualTo(keycloak().issuer());

    // Signing out ends Keycloak's session too: the next sign-in asks for the password again.
    click("[data-test='sign-out']");
    waitFor("[data-test='sign-in-oidc']");
    assertThat(browser.getCurrentUrl()).startsWith(base() + "/");
    click("[data-test='sign-in-oidc']");
    waitFor("#username");
  }

  private static WebElement waitFor(String css) {
    try {
      return new WebDriverWait(browser, WAIT)
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (org.openqa.selenium.TimeoutException e) {
      // Where the browser got stuck, and what it showed there.
      String page = browser.findElement(By.tagName("body")).getText();
      throw new AssertionError(
          "no " + css + " at " + browser.getCurrentUrl() + ", showing: " + page, e);
    }
  }

  private static void click(String css) {
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
        .click();
  }
}
