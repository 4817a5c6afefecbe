package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shequ.server.support.ShequServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.webjars.WebJarVersionLocator;

/**
 * Base of browser tests: the whole server on a real PostgreSQL, driven through Debian's Chromium
 * (headless) by its own chromedriver. Both paths are given, so nothing is ever downloaded. The
 * tests are skipped where no Chromium is installed, unless {@code SHEQU_BROWSER_TESTS=required}
 * (CI), where they fail instead.
 */
public abstract class ConsoleBrowserTest extends ShequServerTest {
  private static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static ChromeDriver driver;

  /** axe-core, from its test WebJar, injected into a page before each accessibility check. */
  private static final String AXE = axeScript();

  /** Runs axe on the document and answers each violation as "rule: target …". */
  private static final String RUN_AXE =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
            v.id + ': ' + n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\s+/g, ' ')))))
        .catch(e => done(['axe failed: ' + e]));
      """;

  @LocalServerPort private int port;

  /** The browser, shared by every browser test of this JVM; a fresh cookie jar for each test. */
  protected ChromeDriver browser() {
    return driver;
  }

  /**
   * A new browser for a test that holds a long-lived connection (an event stream): nothing an
   * earlier test left open in the shared one can stand in its way.
   */
  protected void restartBrowser() {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // Already gone: a new one is started below either way.
    }
    driver = newDriver();
    resize(1280);
  }

  @BeforeEach
  void startBrowser() {
    if (driver == null || !alive(driver)) {
      // A browser that crashed takes only its own test with it: the next one starts afresh.
      driver = newDriver();
    }
    resize(1280);
    driver.manage().deleteAllCookies();
    driver.get(base() + "/console/messages/zh");
    driver.manage().deleteAllCookies();
    ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
  }

  @AfterAll
  static void keepBrowser() {
    // The browser is reused by the next test class; the JVM's shutdown hook ends it.
  }

  private static boolean alive(ChromeDriver browser) {
    try {
      browser.getWindowHandle();
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      return false;
    }
  }

  /** A new headless Chromium, or the test skipped (failed where browser tests are required). */
  static ChromeDriver newDriver() {
    Optional<String> browser = firstExisting(BROWSERS);
    Optional<String> chromedriver = firstExisting(DRIVERS);
    boolean required = "required".equals(System.getenv("SHEQU_BROWSER_TESTS"));
    if (browser.isEmpty() || chromedriver.isEmpty()) {
      String why =
          "no Chromium and chromedriver installed (apt-get install chromium chromium-driver)";
      if (required) {
        throw new IllegalStateException(why);
      }
      Assumptions.abort(why);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=zh-CN",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(chromedriver.get()).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver started = new ChromeDriver(service, options);
    Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
    return started;
  }

  private static Optional<String> firstExisting(List<String> paths) {
    return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
  }

  protected String base() {
    return "http://localhost:" + port;
  }

  /** Opens a console address, e.g. {@code open("#/work")}. */
  protected void open(String hash) {
    driver.get(base() + "/" + hash);
  }

  /** Signs in through the sign-in page as one of the listed demo users. */
  protected void signIn(String subject) {
    open("#/sign-in");
    click("[data-test='demo-user'][data-subject='" + subject + "']");
    waitFor("[data-test='who']");
  }

  /**
   * A wait that polls through a page load: a lookup the browser aborts because the page navigated
   * (signing out reloads it) is tried again at the next poll rather than failing the test.
   */
  protected WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  protected WebElement waitFor(String css) {
    try {
      return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (org.openqa.selenium.TimeoutException e) {
      // What the browser showed instead is the first thing to look at.
      screenshot("failed-" + getClass().getSimpleName());
      throw e;
    }
  }

  protected void waitForText(String css, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  protected void waitUntilGone(String css) {
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
  }

  protected void click(String css) {
    waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  protected List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Replaces the text of an input as a user types it. */
  protected void type(String css, String text) {
    WebElement input = waitFor(css);
    input.clear();
    input.sendKeys(text);
  }

  /** The viewport's width in CSS pixels: 390 (a phone) or 1280 (a desktop). */
  protected void resize(int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
    Object inner = ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
    int innerWidth = ((Number) inner).intValue();
    if (innerWidth != width) {
      // Headless window sizes include no frame; correct for any difference once.
      driver.manage().window().setSize(new Dimension(2 * width - innerWidth, 900));
    }
  }

  /** Nothing on the page is wider than the viewport (wide tables scroll inside their frame). */
  protected void assertNoHorizontalScroll() {
    Object wider =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) wider).intValue())
        .as("the page scrolls sideways by so many pixels")
        .isLessThanOrEqualTo(0);
  }

  /** Switches the console's language with its own switch. */
  protected void setLanguage(String lang) {
    String current =
        (String)
            ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang");
    if (!current.startsWith(lang)) {
      click("[data-test='language']");
      waiting()
          .until(
              d ->
                  ((String)
                          ((JavascriptExecutor) d)
                              .executeScript("return document.documentElement.lang"))
                      .startsWith(lang));
    }
  }

  /** Saves what the browser shows to target/screenshots/{name}.png. */
  protected Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces an input's text by typing over its selection, so the page sees input events only
   * (clearing first would change the value without one, and a re-render could bring it back).
   */
  protected void retype(String css, String text) {
    WebElement input = waitFor(css);
    driver.executeScript("arguments[0].focus(); arguments[0].select();", input);
    input.sendKeys(text);
  }

  /** Every field of the open report form still empty: numbers get 3, yes-or-no questions yes. */
  protected void fillEmptyFields() {
    for (WebElement input :
        driver.findElements(
            By.cssSelector(".report-form input[type='text'][data-test^='field-']"))) {
      if (input.getDomProperty("value").isEmpty()) {
        input.sendKeys("3");
      }
    }
    for (WebElement yes :
        driver.findElements(
            By.cssSelector(".report-form input[type='radio'][data-test$='-yes']"))) {
      if (!yes.isSelected()) {
        yes.click();
      }
    }
  }

  /** Adds an org unit through the API, as the tenant's region admin. */
  protected void addUnit(String tenant, java.util.Map<String, Object> unit) {
    regionAdmin(tenant)
        .post()
        .uri("/api/v1/tenants/" + tenant + "/org-units")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(unit)
        .exchange()
        .expectStatus()
        .isCreated();
  }

  /** Sets a form's reporting window through the API, as the tenant's region admin. */
  protected void setWindow(String tenant, String form, String period, String opens, String closes) {
    regionAdmin(tenant)
        .put()
        .uri("/api/v1/tenants/" + tenant + "/calendar/" + form + "/" + period)
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(java.util.Map.of("opens", opens, "closes", closes))
        .exchange()
        .expectStatus()
        .isOk();
  }

  /**
   * Opens a page, waits for it, and answers axe-core's WCAG 2 A/AA violations on it (labels, names,
   * contrast, landmarks, ARIA), each as "{@code where} {@code hash} rule: target — summary".
   */
  @SuppressWarnings("unchecked")
  protected List<String> axeViolations(String where, String hash, String ready) {
    open(hash);
    waitFor(ready);
    browser().executeScript(AXE);
    List<String> found = (List<String>) browser().executeAsyncScript(RUN_AXE);
    return found.stream().map(v -> where + " " + hash + " " + v).toList();
  }

  /** axe-core's WCAG 2 A/AA violations on the page as it stands now (after a walk through it). */
  @SuppressWarnings("unchecked")
  protected List<String> axeViolationsHere(String where) {
    browser().executeScript(AXE);
    List<String> found = (List<String>) browser().executeAsyncScript(RUN_AXE);
    return found.stream().map(v -> where + " " + v).toList();
  }

  private static String axeScript() {
    try {
      return new ClassPathResource(new WebJarVersionLocator().fullPath("axe-core", "axe.min.js"))
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
