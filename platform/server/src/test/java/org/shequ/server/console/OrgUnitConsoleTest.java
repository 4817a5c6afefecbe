package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.MediaType;

/**
 * A region administrator keeps the org units in the browser: an import with a bad row is refused
 * with the row and column named, a GBK file then passes, the new units are in the tree and found by
 * search, a unit is added and another deactivated with an effective date, and the history shows it.
 */
class OrgUnitConsoleTest extends ConsoleBrowserTest {
  private static final String T = "test-console-units";
  private static final Charset GBK = Charset.forName("GBK");

  private final String sfx = UUID.randomUUID().toString().substring(0, 6);

  private String id(String name) {
    return name + "-" + sfx;
  }

  private void add(Map<String, Object> unit) {
    regionAdmin(T)
        .post()
        .uri("/api/v1/tenants/" + T + "/org-units")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(unit)
        .exchange()
        .expectStatus()
        .isCreated();
  }

  /** A file in the browser's file chooser, as the admin saved it. */
  private static String file(String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("shequ-import");
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file.toAbsolutePath().toString();
  }

  private void choose(String path) {
    WebElement input = browser().findElement(By.cssSelector("[data-test='import-file']"));
    input.sendKeys(path);
  }

  /** Sets a date input as a user picking a day does (typing depends on the browser's locale). */
  private void setDate(String css, String isoDate) {
    WebElement input = waitFor(css);
    browser()
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            input,
            isoDate);
  }

  private void scrollTo(String css) {
    browser().executeScript("arguments[0].scrollIntoView({block: 'start'})", waitFor(css));
  }

  private String node(String unitId) {
    return "[data-test='tree-node'][data-id='" + unitId + "']";
  }

  @Test
  void theAdminImportsChecksAndChangesOrgUnitsInTheBrowser() throws IOException {
    String old = id("jd-old");
    String gone = id("sq-gone");
    add(
        Map.of(
            "id", old, "level", "STREET", "name", Map.of("zh", "老城街道"), "effective", "2020-01-01"));
    add(
        Map.of(
            "id",
            gone,
            "parentId",
            old,
            "level",
            "COMMUNITY",
            "area",
            "URBAN",
            "name",
            Map.of("zh", "将撤社区"),
            "effective",
            "2020-01-01"));

    signIn("admin-" + T);
    open("#/org-units-import");
    waitFor("[data-test='org-units-import']");

    // A file with a bad row: the check names the row and the column; confirming is impossible.
    String street = id("jd-new");
    String bad =
        file(
            "bad.csv",
            ("\uFEFF编码,名称,层级,上级编码,城乡,人口\r\n"
                    + street
                    + ",新港街道,街道,,,\r\n"
                    + id("sq-bad")
                    + ",错误社区,社区,"
                    + street
                    + ",城乡结合部,100\r\n")
                .getBytes(StandardCharsets.UTF_8));
    choose(bad);
    click("[data-test='dry-run']");
    waitFor("[data-test='import-error-row']");
    List<WebElement> errors = all("[data-test='import-error-row']");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getText()).contains("3", "E", "城乡", "城乡结合部");
    assertThat(waitFor("[data-test='confirm-import']").isEnabled()).isFalse();
    assertThat(all("[data-test='mapping-row']")).hasSize(6);
    scrollTo("[data-test='import-outcome']");
    screenshot("org-units-import-errors");
    // On a phone the errors table scrolls inside its frame, never the page.
    resize(390);
    assertNoHorizontalScroll();
    resize(1280);

    // The same units in GBK, as Excel in China saves "CSV": the check passes, then the import.
    String good =
        file(
            "good.csv",
            ("编码,名称,层级,上级编码,城乡,人口\r\n"
                    + street
                    + ",新港街道,街道,,,\r\n"
                    + id("sq-zc")
                    + ",曾厝垵社区,社区,"
                    + street
                    + ",城市,5600\r\n"
                    + id("sq-hc")
                    + ",黄厝村,村,"
                    + street
                    + ",农村,3100\r\n")
                .getBytes(GBK));
    choose(good);
    waitUntilGone("[data-test='import-error-row']");
    click("[data-test='dry-run']");
    waitFor("[data-test='import-preview']");
    assertThat(all("[data-test='preview-row']")).hasSize(3);
    assertThat(all("[data-test='mapping-row']"))
        .extracting(WebElement::getText)
        .anySatisfy(text -> assertThat(text).contains("城乡", "城乡类型"));
    assertThat(waitFor("[data-test='charset']").getText()).contains("GB18030");
    scrollTo("[data-test='import-outcome']");
    screenshot("org-units-import-preview");
    click("[data-test='confirm-import']");
    waitFor("[data-test='import-done']");
    assertThat(waitFor("[data-test='import-done']").getText()).contains("3");

    // The new units are in the tree, and the search finds them with their path.
    open("#/org-units");
    waitFor(node(street));
    WebElement toggle = waitFor(node(street) + " > .tree-row [data-test='tree-toggle']");
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
    toggle.click();
    waitFor(node(id("sq-zc")));
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    type("[data-test='search']", "曾厝");
    waitFor("[data-test='search-result'][data-id='" + id("sq-zc") + "']");
    assertThat(all("[data-test='search-result']"))
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains("曾厝垵社区", "新港街道");
    type("[data-test='search']", id("sq-hc"));
    waitForText("[data-test='search-result']", "黄厝村");

    // Add a community under the old street, effective on a day of the admin's choosing.
    waitFor("[data-test='search']").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    waitFor("[data-test='tree']");
    String added = id("sq-add");
    click(node(old) + " > .tree-row [data-test='unit-actions']");
    click("[data-test='action-add']");
    type("[data-test='unit-id']", added);
    type("[data-test='unit-name']", "新设社区");
    new Select(waitFor("[data-test='unit-area']")).selectByValue("URBAN");
    type("[data-test='unit-population']", "2400");
    setDate("[data-test='unit-effective']", "2024-03-01");
    click("[data-test='unit-submit']");
    waitUntilGone("[data-test='action-dialog']");
    click(node(old) + " > .tree-row [data-test='tree-toggle']");
    waitFor(node(added));

    // A bad change shows the server's answer in the form.
    click(node(old) + " > .tree-row [data-test='unit-actions']");
    click("[data-test='action-add']");
    type("[data-test='unit-id']", added);
    type("[data-test='unit-name']", "重复社区");
    new Select(waitFor("[data-test='unit-area']")).selectByValue("URBAN");
    click("[data-test='unit-submit']");
    assertThat(waitFor("[data-test='form-error']").getText()).contains(added);
    click("[data-test='action-dialog'] .dialog-actions button[type='button']");
    waitUntilGone("[data-test='action-dialog']");

    // Deactivate a community: greyed, with the word, not the colour alone.
    click(node(gone) + " > .tree-row [data-test='unit-actions']");
    click("[data-test='action-deactivate']");
    setDate("[data-test='unit-effective']", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    click("[data-test='unit-submit']");
    waitUntilGone("[data-test='action-dialog']");
    waitFor(node(gone) + " [data-test='inactive']");
    assertThat(waitFor(node(gone) + " [data-test='inactive']").getText()).isEqualTo("已停用");
    screenshot("org-units");

    resize(390);
    assertNoHorizontalScroll();
    resize(1280);

    // Split the added community in two, then merge the two into one.
    String a = id("sq-a");
    String b = id("sq-b");
    String m = id("sq-m");
    click(node(added) + " > .tree-row [data-test='unit-actions']");
    click("[data-test='action-split']");
    all("[data-test='split-id']").get(0).sendKeys(a);
    all("[data-test='split-name']").get(0).sendKeys("东区社区");
    all("[data-test='split-id']").get(1).sendKeys(b);
    all("[data-test='split-name']").get(1).sendKeys("西区社区");
    click("[data-test='unit-submit']");
    waitUntilGone("[data-test='action-dialog']");
    waitFor(node(a));
    click(node(a) + " > .tree-row [data-test='unit-actions']");
    click("[data-test='action-merge']");
    click("[data-test='merge-from'][value='" + b + "']");
    type("[data-test='unit-id']", m);
    type("[data-test='unit-name']", "合并社区");
    new Select(waitFor("[data-test='unit-area']")).selectByValue("URBAN");
    click("[data-test='unit-submit']");
    waitUntilGone("[data-test='action-dialog']");
    waitFor(node(m));
    open("#/org-units/" + a);
    assertThat(waitFor("[data-test='lineage']").getText()).contains("拆分自", added);
    assertThat(all("[data-test='lineage']"))
        .extracting(WebElement::getText)
        .anySatisfy(text -> assertThat(text).contains("并入", m));

    // The unit's page shows its versions and what the last one changed.
    open("#/org-units/" + gone);
    waitFor("[data-test='history-row']");
    List<WebElement> versions = all("[data-test='history-row']");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1).getText()).contains("停用", "状态", "在用", "已停用");
    assertThat(waitFor("[data-test='unit-status']").getText()).isEqualTo("已停用");
    scrollTo(".orgunits-history");
    screenshot("org-unit-history");

    // In English too.
    setLanguage("en");
    new WebDriverWait(browser(), java.time.Duration.ofSeconds(15))
        .until(
            d ->
                all("[data-test='history-change']").stream()
                    .anyMatch(e -> e.getText().equals("Deactivated")));
  }
}
