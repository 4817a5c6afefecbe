package org.shequ.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Time to the first meaningful render of the console's "my work" page and of a report form, on the
 * embedded default with its synthetic demo data, in Debian's headless Chromium on this machine.
 * Each sample is a full page load (the browser fetches the page, the modules, the session, the
 * texts and the data): the time is the page's own clock ({@code performance.now()}, from the start
 * of navigation) when the first due form, or the first input of the form, is in the document.
 *
 * <p>Run: {@code java -cp benchmarks/target/shequ-benchmarks.jar
 * -Dloader.main=org.shequ.benchmarks.ConsoleRender
 * org.springframework.boot.loader.launch.PropertiesLauncher} (see docs/benchmarks.md); writes its
 * section of docs/benchmarks.md.
 */
public final class ConsoleRender {
  static final String BEGIN = "<!-- console-render -->";
  static final String END = "<!-- /console-render -->";

  private static final String FIRST_RENDER =
      """
      const selector = arguments[0], done = arguments[arguments.length - 1];
      const check = () => document.querySelector(selector)
          ? done(performance.now()) : setTimeout(check, 5);
      check();
      """;

  private ConsoleRender() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      o.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    int repeat = Integer.parseInt(o.getOrDefault("repeat", "20"));
    String subject = o.getOrDefault("reporter", "reporter-jiexiu");
    Path out = Path.of(o.getOrDefault("out", "docs/benchmarks.md"));
    Path jar = Path.of(o.getOrDefault("server-jar", "platform/server/target/shequ-server.jar"));
    Path work = Files.createTempDirectory("shequ-console-bench");
    int port = Integer.parseInt(o.getOrDefault("port", "18080"));

    System.out.println("starting the embedded default (first start, demo data) in " + work);
    try (ServerProcess server =
            ServerProcess.start(
                jar,
                work.resolve("server.log"),
                port,
                List.of("--shequ.data-dir=" + work.resolve("data"), "--server.address=127.0.0.1"));
        Browser browser = Browser.start()) {
      ChromeDriver driver = browser.driver;
      String base = "http://localhost:" + port;
      driver.get(base + "/#/sign-in");
      wait(driver)
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("[data-test='demo-user'][data-subject='" + subject + "']")))
          .click();
      wait(driver)
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test='who']")));

      List<Double> myWork = measure(driver, base + "/#/work", "[data-test='due-item']", repeat);
      String form =
          driver.findElement(By.cssSelector("[data-test='due-item'] a")).getDomProperty("href");
      List<Double> report = measure(driver, form, "[data-test^='field-']", repeat);

      LatencyStats workStats = LatencyStats.of(nanos(myWork));
      LatencyStats formStats = LatencyStats.of(nanos(report));
      String section =
          """
          %s
          ## Console: time to the first meaningful render (measured by the console harness)

          Run on %s with `ConsoleRender`, against the embedded
          default's first start with its **synthetic** demo data, signed in as `%s`.
          Debian's Chromium %s, headless, on the same 2-core machine as the server and PostgreSQL.
          Each sample is a full page load; the time is the page's own clock (`performance.now()`,
          from the start of navigation) when the first due form of "my work", or the first input of
          the form, is in the document: the page, its modules, Vue, the session, the texts and the
          API calls included. %d samples each.

          ```sh
          ./mvnw -q package -DskipTests
          java -cp benchmarks/target/shequ-benchmarks.jar -Dloader.main=org.shequ.benchmarks.ConsoleRender \\
            org.springframework.boot.loader.launch.PropertiesLauncher --repeat=20
          ```

          | page | goal | result | p50 ms | p90 ms | p99 ms | max ms |
          |---|---|---|---|---|---|---|
          | 我的填报 "my work" (`#/work`) | < 1 s | %s | %s |
          | a report form (`#/report/…`) | < 1 s | %s | %s |
          %s
          """
              .formatted(
                  BEGIN,
                  LocalDate.now(),
                  subject,
                  browser.version(),
                  repeat,
                  workStats.p90() < 1000 ? "met" : "**not met**",
                  workStats.row(),
                  formStats.p90() < 1000 ? "met" : "**not met**",
                  formStats.row(),
                  END);
      writeSection(out, section);
      System.out.println(section);
    }
  }

  private static List<Double> measure(ChromeDriver driver, String url, String css, int repeat) {
    List<Double> samples = new ArrayList<>();
    for (int i = 0; i < repeat + 2; i++) {
      driver.get("about:blank");
      driver.get(url);
      Object ms;
      try {
        ms = ((JavascriptExecutor) driver).executeAsyncScript(FIRST_RENDER, css);
      } catch (org.openqa.selenium.ScriptTimeoutException e) {
        throw new IllegalStateException(
            "no "
                + css
                + " at "
                + driver.getCurrentUrl()
                + ": "
                + driver.findElement(By.tagName("main")).getText(),
            e);
      }
      // The first two loads warm the server's and the browser's caches and are not counted.
      if (i >= 2) {
        samples.add(((Number) ms).doubleValue());
      }
    }
    return samples;
  }

  private static long[] nanos(List<Double> millis) {
    return millis.stream().mapToLong(ms -> (long) (ms * 1e6)).toArray();
  }

  private static WebDriverWait wait(ChromeDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Replaces this benchmark's section of the page, or adds it at the end. */
  static void writeSection(Path out, String section) throws Exception {
    String md = Files.exists(out) ? Files.readString(out) : "# Benchmarks\n";
    int begin = md.indexOf(BEGIN);
    int end = md.indexOf(END);
    if (begin >= 0 && end > begin) {
      md = md.substring(0, begin) + section.strip() + md.substring(end + END.length());
    } else {
      if (!md.contains(BenchReport.HAND_MEASURED)) {
        md = md + "\n" + BenchReport.HAND_MEASURED + "\n";
      }
      md = md.stripTrailing() + "\n\n" + section.strip() + "\n";
    }
    Files.writeString(out, md);
  }

  /** Debian's Chromium, headless, through its own chromedriver: nothing is downloaded. */
  private record Browser(ChromeDriver driver) implements AutoCloseable {
    static Browser start() {
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
              .usingAnyFreePort()
              .build();
      return new Browser(new ChromeDriver(service, options));
    }

    String version() {
      return String.valueOf(driver.getCapabilities().getBrowserVersion());
    }

    @Override
    public void close() {
      driver.quit();
    }
  }
}
