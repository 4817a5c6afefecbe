package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shequ.server.security.Role;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestPaths;
import org.shequ.server.support.TestPostgres;

/**
 * The platform operator's pages in the browser, on a server of their own whose plugins directory
 * holds a corrupt jar and a plugin built for a future plan-api beside the good plugins (all but
 * Jiexiu's), and whose tenants directory holds a tenant file with a misspelt key. The operator sees
 * both refusals with their reasons, uploads Jiexiu's plugin jar, creates a tenant for its plan,
 * deactivates and activates it, disables and enables the plugin (told which tenant runs it), and
 * reads which tenant files were refused at which line; in Chinese and English, on a phone's width
 * too, with no axe-core violation.
 *
 * <p>The steps build on each other (the tenant needs the uploaded plugin), so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformConsoleTest extends ConsoleBrowserTest {
  private static final String TENANT = "test-platform-jiexiu";
  private static final String JIEXIU_PLAN = "jiexiu-2018-2020";
  private static final String CHOSEN = "[data-test='plugin'][data-plugin='jiexiu']";

  private static RunningServer server;
  private static Path jiexiuJar;
  private static Path notAPlugin;

  @BeforeAll
  static void startOwnServer() throws IOException {
    Path plugins = Files.createTempDirectory("shequ-platform-plugins");
    List<Path> built = builtPluginJars();
    for (Path jar : built) {
      if (jar.getFileName().toString().startsWith("plan-jiexiu")) {
        jiexiuJar = jar;
      } else {
        Files.copy(jar, plugins.resolve(jar.getFileName()));
      }
    }
    assertThat(jiexiuJar).as("the build made Jiexiu's plugin jar").isNotNull();
    Files.writeString(plugins.resolve("corrupt.jar"), "this is not a zip file");
    Path national =
        built.stream()
            .filter(p -> p.getFileName().toString().startsWith("plan-national"))
            .findFirst()
            .orElseThrow();
    futurePlugin(national, plugins.resolve("future.jar"));
    notAPlugin = Files.createTempFile("not-a-plugin", ".jar");
    Files.writeString(notAPlugin, "a text file with a jar's name");

    Path tenants = Files.createTempDirectory("shequ-platform-tenants");
    try (Stream<Path> files = Files.list(Path.of(TestPaths.tenantsDir()))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, tenants.resolve(f.getFileName()));
      }
    }
    // A typo an operator makes: the key on line 4 is misspelt.
    Files.writeString(
        tenants.resolve("datong.yaml"),
        "id: datong\nname: {zh: 大同市, en: Datong}\nlevel: CITY\ndivisonCode: \"140200\"\n"
            + "plans: [zhejiang-2016-2020]\n");

    server =
        RunningServer.start(
            TestPostgres.newDatabase("platform_console"),
            "shequ.plugins-dir=" + plugins,
            "shequ.tenants-dir=" + tenants,
            "shequ.embedded-database.enabled=false",
            "shequ.demo-data.enabled=false");
  }

  @AfterAll
  static void stopOwnServer() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected String base() {
    return "http://localhost:" + server.port();
  }

  @Test
  @Order(1)
  void theOperatorSeesRefusedPluginsWithTheirReasonsAndUploadsOne() {
    signIn("operator");
    open("#/platform/plugins");
    waitFor("[data-test='platform-plugins']");
    WebElement corrupt =
        waitFor("[data-test='plugin'][data-state='REFUSED'] [data-test='plugin-file']");
    assertThat(refused("corrupt.jar").getText()).startsWith("cannot load the jar");
    assertThat(refusedById("future").getText())
        .startsWith("requires plan-api >=2.0.0 but this host provides");
    assertThat(corrupt.isDisplayed()).isTrue();
    assertThat(waitFor("[data-test='plugin'][data-plugin='national']").getAttribute("data-state"))
        .isEqualTo("LOADED");
    assertThat(text("[data-test='plugin'][data-plugin='national'] [data-test='plugin-plans']"))
        .contains("national-2016-2020")
        .contains("2016–2020");
    assertThat(all(CHOSEN)).as("Jiexiu's plugin is not there before the upload").isEmpty();
    screenshot("platform-plugins", "[data-test='platform-plugins']");

    // A file that is no plugin: refused, and the answer says why.
    upload(notAPlugin);
    waitFor("[data-test='upload-refused']");
    assertThat(text("[data-test='upload-refused']")).startsWith("插件被拒绝");
    assertThat(text("[data-test='upload-reason']")).contains("jar");
    assertThat(all(CHOSEN)).isEmpty();

    // Jiexiu's real plugin jar: installed, loaded at once, listed as installed by the operator.
    upload(jiexiuJar);
    waitFor("[data-test='upload-ok']");
    assertThat(text("[data-test='upload-ok']")).contains("jiexiu").contains(JIEXIU_PLAN);
    WebElement jiexiu = waitFor(CHOSEN);
    assertThat(jiexiu.getAttribute("data-state")).isEqualTo("LOADED");
    assertThat(text(CHOSEN + " [data-test='plugin-source']")).contains("operator");
    assertThat(text(CHOSEN + " [data-test='plugin-plans']")).contains("2018–2020");
  }

  @Test
  @Order(2)
  void theOperatorCreatesATenantForThePlanAndDeactivatesAndActivatesIt() {
    signIn("operator");
    open("#/platform/tenants");
    waitFor("[data-test='tenant-row']");
    // The repository's tenants, with their plans and where they come from.
    WebElement zhejiang = row("zhejiang");
    assertThat(zhejiang.getText()).contains("zhejiang-2016-2020").contains("2016–2020");
    assertThat(
            zhejiang
                .findElement(By.cssSelector("[data-test='tenant-source']"))
                .getAttribute("data-source"))
        .isEqualTo("FILE");
    assertThat(zhejiang.findElement(By.cssSelector("[data-test='tenant-state']")).getText())
        .isEqualTo("启用中");

    click("[data-test='tenant-new']");
    type("[data-test='tenant-id']", TENANT);
    type("[data-test='tenant-nameZh']", "介休测试");
    type("[data-test='tenant-nameEn']", "Jiexiu test");
    // A city's code for a county-level city: refused on its field.
    type("[data-test='tenant-divisionCode']", "140700");
    new org.openqa.selenium.support.ui.Select(waitFor("[data-test='tenant-level']"))
        .selectByValue("COUNTY_CITY");
    click("[data-test='tenant-plan-" + JIEXIU_PLAN + "']");
    click("[data-test='tenant-create']");
    waitFor("[data-test='field-error']");
    assertThat(text("[data-test='field-error']")).contains("140700");

    retype("[data-test='tenant-divisionCode']", "140781");
    click("[data-test='tenant-create']");
    waitFor("[data-test='tenant-detail'][data-tenant='" + TENANT + "']");
    assertThat(text("[data-test='tenant-detail-source']")).isEqualTo("通过 API 创建");
    assertThat(text("[data-test='tenant-detail-plans']"))
        .contains(JIEXIU_PLAN)
        .contains("2018–2020");
    assertThat(actions()).containsExactly("CREATE");
    assertThat(row(TENANT).getText()).contains(JIEXIU_PLAN);

    click("[data-test='tenant-deactivate']");
    waitFor("[data-test='confirm-tenant']");
    click("[data-test='confirm-deactivate']");
    waitForText("[data-test='tenant-detail-state']", "已停用");
    waitFor("[data-test='tenant-activate']");
    assertThat(actions()).containsExactly("CREATE", "DEACTIVATE");
    click("[data-test='tenant-activate']");
    click("[data-test='confirm-activate']");
    waitForText("[data-test='tenant-detail-state']", "启用中");
    assertThat(actions()).containsExactly("CREATE", "DEACTIVATE", "ACTIVATE");

    // A file-managed tenant cannot be changed here; the page says to change its file.
    open("#/platform/tenants?tenant=zhejiang");
    waitFor("[data-test='tenant-detail'][data-tenant='zhejiang']");
    assertThat(text("[data-test='tenant-file-managed']")).contains("zhejiang.yaml");
    assertThat(all("[data-test='tenant-deactivate']")).isEmpty();
    open("#/platform/tenants");
    waitFor("[data-test='tenant-row']");
    screenshot("platform-tenants", "[data-test='platform-tenants']");
  }

  @Test
  @Order(3)
  void theOperatorDisablesAPluginKnowingWhoRunsItAndEnablesItAgain() {
    signIn("operator");
    open("#/platform/plugins");
    waitFor(CHOSEN);
    assertThat(text(CHOSEN + " [data-test='plugin-tenants']")).contains("介休测试");
    click(CHOSEN + " [data-test='disable-plugin']");
    waitFor("[data-test='confirm-plugin']");
    assertThat(text("[data-test='confirm-tenants']")).contains("介休测试").contains(TENANT);
    screenshot("platform-plugins-disable");
    click("[data-test='confirm-disable']");
    waitFor(CHOSEN + "[data-state='DISABLED']");
    assertThat(planServed()).as("a disabled plugin's plan is no longer served").isFalse();

    click(CHOSEN + " [data-test='enable-plugin']");
    waitFor(CHOSEN + "[data-state='LOADED']");
    assertThat(planServed()).isTrue();
  }

  @Test
  @Order(4)
  void theOperatorReadsWhichTenantFilesWereRefusedAndWhere() {
    signIn("operator");
    open("#/platform/tenant-files");
    waitFor("[data-test='tenant-file']");
    WebElement datong = file("datong.yaml");
    assertThat(datong.getAttribute("data-state")).isEqualTo("INVALID");
    assertThat(datong.findElement(By.cssSelector("[data-test='file-line']")).getText())
        .isEqualTo("datong.yaml，第 4 行");
    assertThat(datong.findElement(By.cssSelector("[data-test='file-problem']")).getText())
        .contains("divisonCode");
    assertThat(datong.findElement(By.cssSelector("[data-test='file-field']")).getText())
        .isEqualTo("字段： divisonCode");
    // Jiexiu's file was read before its plugin was uploaded: refused on its plans line.
    WebElement jiexiu = file("jiexiu.yaml");
    assertThat(jiexiu.getAttribute("data-state")).isEqualTo("INVALID");
    assertThat(jiexiu.findElement(By.cssSelector("[data-test='file-line']")).getText())
        .isEqualTo("jiexiu.yaml，第 " + lineOf("jiexiu.yaml", "plans:") + " 行");
    assertThat(jiexiu.findElement(By.cssSelector("[data-test='file-problem']")).getText())
        .isEqualTo("no plugin provides plan " + JIEXIU_PLAN + " (see /api/v1/plugins)");
    assertThat(file("zhejiang.yaml").getAttribute("data-state")).isEqualTo("VALID");
    // The API names the key to correct, as the page shows it.
    server
        .client(server.token("ops", null, null, Role.PLATFORM_ADMIN))
        .get()
        .uri("/api/v1/platform/tenant-files")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.file == 'datong.yaml')].field")
        .isEqualTo(List.of("divisonCode"))
        .jsonPath("$[?(@.file == 'jiexiu.yaml')].field")
        .isEqualTo(List.of("plans"));
    assertThat(text("[data-test='files-summary']")).isEqualTo("5 个租户文件中有 2 个被拒绝。");
    screenshot("platform-tenant-files", "[data-test='platform-tenant-files']");

    setLanguage("en");
    waitForText("#page-title", "Tenant files");
    assertThat(file("datong.yaml").findElement(By.cssSelector("[data-test='file-line']")).getText())
        .isEqualTo("datong.yaml, line 4");
    assertThat(
            file("zhejiang.yaml").findElement(By.cssSelector("[data-test='file-state']")).getText())
        .isEqualTo("Read");
    open("#/platform/plugins");
    waitForText("#page-title", "Plan plugins");
    waitFor(CHOSEN);
    assertThat(text("[data-test='plugin-counts']")).contains("refused");
    assertThat(refused("corrupt.jar").getText()).startsWith("cannot load the jar");
  }

  @Test
  @Order(5)
  void thePagesFitAPhoneAndMeetWcagAaInBothLanguages() {
    List<String> violations = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      for (int width : List.of(390, 1280)) {
        resize(width);
        browser().manage().deleteAllCookies();
        signIn("operator");
        setLanguage(lang);
        check(violations, lang, width, "#/platform/plugins", CHOSEN);
        check(violations, lang, width, "#/platform/tenants", "[data-test='tenant-row']");
        check(
            violations,
            lang,
            width,
            "#/platform/tenants?tenant=" + TENANT,
            "[data-test='tenant-revision']");
        check(violations, lang, width, "#/platform/tenant-files", "[data-test='tenant-file']");
        click("[data-test='sign-out']");
        waitFor("[data-test='sign-in']");
      }
    }
    assertThat(violations).as("WCAG 2 A/AA violations found by axe-core").isEmpty();
  }

  @Test
  @Order(6)
  void theOperatorDeletesTheInstalledPluginAndItsTenantShowsThePlanNoLongerServed() {
    signIn("operator");
    open("#/platform/plugins");
    waitFor(CHOSEN);
    // Plugins from the plugins directory cannot be deleted here, only installed ones.
    assertThat(all("[data-test='plugin'][data-plugin='national'] [data-test='delete-plugin']"))
        .isEmpty();
    click(CHOSEN + " [data-test='delete-plugin']");
    waitFor("[data-test='confirm-plugin']");
    assertThat(text("[data-test='confirm-tenants']")).contains(TENANT);
    click("[data-test='confirm-delete']");
    waitUntilGone(CHOSEN);
    assertThat(planServed()).isFalse();

    open("#/platform/tenants?tenant=" + TENANT);
    waitFor("[data-test='tenant-detail'][data-tenant='" + TENANT + "']");
    assertThat(text("[data-test='tenant-detail-plans']")).contains(JIEXIU_PLAN).contains("当前未提供");
  }

  private void check(List<String> violations, String lang, int width, String hash, String ready) {
    violations.addAll(axeViolations(lang + " " + width + "px", hash, ready));
    if (width == 390) {
      assertNoHorizontalScroll();
    }
  }

  /** A screenshot of the page from its top, in a tall window, once the last toast has gone. */
  private void screenshot(String name, String page) {
    waitFor(page);
    browser()
        .executeScript(
            "document.getElementById('toast')?.classList.remove('show'); window.scrollTo(0, 0);");
    new org.openqa.selenium.support.ui.WebDriverWait(browser(), java.time.Duration.ofSeconds(5))
        .until(
            d ->
                "0"
                    .equals(
                        browser()
                            .executeScript(
                                "const t = document.getElementById('toast');"
                                    + " return t ? getComputedStyle(t).opacity : '0';")));
    browser().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
    screenshot(name);
    resize(1280);
  }

  private void upload(Path jar) {
    WebElement input = waitFor("[data-test='plugin-jar']");
    input.sendKeys(jar.toAbsolutePath().toString());
    click("[data-test='upload-plugin']");
  }

  private String text(String css) {
    return waitFor(css).getText();
  }

  /** The first reason given for the refused jar of that file name. */
  private WebElement refused(String file) {
    return all("[data-test='plugin'][data-state='REFUSED']").stream()
        .filter(
            p ->
                p.findElements(By.cssSelector("[data-test='plugin-file']")).stream()
                    .anyMatch(f -> f.getText().equals(file)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no refused plugin " + file))
        .findElement(By.cssSelector("[data-test='plugin-problem']"));
  }

  private WebElement refusedById(String pluginId) {
    return waitFor(
        "[data-test='plugin'][data-plugin='"
            + pluginId
            + "'][data-state='REFUSED'] [data-test='plugin-problem']");
  }

  private WebElement row(String tenant) {
    waitFor("[data-tenant='" + tenant + "']");
    return browser()
        .findElement(
            By.xpath("//tr[@data-test='tenant-row'][.//*[@data-tenant='" + tenant + "']]"));
  }

  /** The 1-based line of the repository's tenant file where {@code key} starts. */
  private static int lineOf(String file, String key) {
    try {
      List<String> lines = Files.readAllLines(Path.of(TestPaths.tenantsDir(), file));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(key)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError(file + " has no " + key);
  }

  private WebElement file(String name) {
    return waitFor("[data-test='tenant-file'][data-file='" + name + "']");
  }

  private List<String> actions() {
    return all("[data-test='tenant-revision'] [data-action]").stream()
        .map(e -> e.getAttribute("data-action"))
        .toList();
  }

  /** Whether the server lists the plan as served now. */
  private boolean planServed() {
    String plans =
        server
            .client()
            .get()
            .uri("/api/v1/plans")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    return plans.contains("\"" + JIEXIU_PLAN + "\"");
  }

  /** The plugin jars this build made (plugins/*\/target/plan-*.jar). */
  private static List<Path> builtPluginJars() throws IOException {
    try (Stream<Path> modules = Files.list(Path.of(TestPaths.pluginsDir()))) {
      List<Path> jars = new ArrayList<>();
      for (Path target :
          modules.map(m -> m.resolve("target")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(target)) {
          files.filter(j -> j.getFileName().toString().matches("plan-.*\\.jar")).forEach(jars::add);
        }
      }
      return jars;
    }
  }

  /** The national plugin, renamed "future" and built for a plan-api this host does not provide. */
  private static void futurePlugin(Path source, Path target) throws IOException {
    try (JarFile in = new JarFile(source.toFile())) {
      Manifest manifest = new Manifest(in.getManifest());
      manifest.getMainAttributes().putValue("Plugin-Id", "future");
      manifest.getMainAttributes().putValue("Plugin-Requires", ">=2.0.0");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
        for (JarEntry e : java.util.Collections.list(in.entries())) {
          if (e.getName().equals(JarFile.MANIFEST_NAME)) {
            continue;
          }
          out.putNextEntry(new JarEntry(e.getName()));
          in.getInputStream(e).transferTo(out);
          out.closeEntry();
        }
      }
      Files.write(target, bytes.toByteArray());
    }
  }
}
