package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/**
 * A region admin manages the tenant's people in the browser: adds a reporter for a village made a
 * moment ago, who then signs in through the demo sign-in and finds the village's form in 我的填报;
 * moves a reporter to another unit and deactivates them, each change read back with its before and
 * after; and is told on the field that the tenant's last admin cannot lose the role. Zhejiang's
 * plan, whose rural communities (villages) report the rural form.
 */
class MembersConsoleTest extends ConsoleBrowserTest {
  static final String T = "test-console-members";
  static final String RURAL_FORM = "ZJ-RURAL-COMMUNITY";

  private final String sfx = UUID.randomUUID().toString().substring(0, 6);
  private String street;

  private String id(String name) {
    return name + "-" + sfx;
  }

  @BeforeEach
  void streetAndWindow() {
    street = id("mstreet");
    addUnit(T, unit(street, "STREET", null, "成员街道" + sfx, null));
    setWindow(T, RURAL_FORM, "2020", "2020-01-01", "2099-12-31");
  }

  private static Map<String, Object> unit(
      String id, String level, String parent, String name, String area) {
    Map<String, Object> unit = new java.util.HashMap<>();
    unit.put("id", id);
    unit.put("level", level);
    unit.put("name", Map.of("zh", name));
    unit.put("effective", "2000-01-01");
    if (parent != null) {
      unit.put("parentId", parent);
    }
    if (area != null) {
      unit.put("area", area);
    }
    return unit;
  }

  /** A member added through the API by the platform admin; answers its id. */
  private String member(String username, List<String> roles, List<String> units) {
    Map<String, Object> made =
        platformAdmin()
            .post()
            .uri("/api/v1/tenants/" + T + "/members")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "username",
                    username,
                    "displayName",
                    username,
                    "roles",
                    roles,
                    "orgUnits",
                    units))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    return (String) made.get("id");
  }

  /** The tenant's own admin for this test, a member signed in through the demo sign-in. */
  private String signInAdmin() {
    String admin = id("boss");
    member(admin, List.of("REGION_ADMIN"), List.of());
    signIn(admin);
    return admin;
  }

  private String row(String username) {
    return "[data-test='member-row'][data-username='" + username + "']";
  }

  /** Ticks a unit in the open member form, found by typing its name. */
  private void pickUnit(String unitId, String name) {
    type("[data-test='unit-search']", name);
    click("[data-test='unit-option'][data-id='" + unitId + "']");
    waitFor("[data-test='chosen-unit'][data-id='" + unitId + "']");
  }

  private void signOut() {
    click("[data-test='sign-out']");
    waitFor("[data-test='sign-in']");
  }

  @Test
  void anAdminAddsAReporterForANewVillageWhoSignsInAndSeesItsForm() {
    String village = id("village");
    addUnit(T, unit(village, "COMMUNITY", street, "新村" + sfx, "RURAL"));
    signInAdmin();
    open("#/members");
    waitFor("[data-test='members'] [data-test='member-row']");

    click("[data-test='add-member']");
    type("[data-test='member-username']", id("li"));
    type("[data-test='member-display-name']", "李" + sfx);
    pickUnit(village, "新村" + sfx);
    screenshot("members-add");
    click("[data-test='member-save']");
    waitUntilGone("[data-test='member-dialog']");
    WebElement added = waitFor(row(id("li")));
    assertThat(added.getText()).contains("李" + sfx).contains("新村" + sfx).contains("填报员");
    assertThat(added.findElement(By.cssSelector("[data-test='member-status']")).getText())
        .isEqualTo("在用");
    screenshot("members");
    assertThat(axeViolationsHere("zh 1280 #/members")).isEmpty();
    resize(390);
    assertNoHorizontalScroll();
    resize(1280);

    // The new reporter signs in at once, through the demo sign-in, and sees the village's form.
    signOut();
    signIn(id("li"));
    waitFor(
        "[data-test='due-item'][data-form='"
            + RURAL_FORM
            + "'][data-unit='"
            + village
            + "'] [data-test='status'][data-status='NOT_STARTED']");
    assertThat(waitFor("[data-test='who']").getText()).contains("新村" + sfx);
  }

  @Test
  void anAdminMovesAReporterToAnotherVillageAndDeactivatesThem() {
    String first = id("v1");
    String second = id("v2");
    addUnit(T, unit(first, "COMMUNITY", street, "东村" + sfx, "RURAL"));
    addUnit(T, unit(second, "COMMUNITY", street, "西村" + sfx, "RURAL"));
    String reporter = id("wang");
    member(reporter, List.of("REPORTER"), List.of(first));
    signInAdmin();

    open("#/members?q=" + reporter);
    click(row(reporter) + " [data-test='edit-member']");
    waitFor("[data-test='member-form']");
    click("[data-test='chosen-unit'][data-id='" + first + "'] [data-test='remove-unit']");
    pickUnit(second, "西村" + sfx);
    click("[data-test='member-save']");
    waitUntilGone("[data-test='member-dialog']");
    waitForText(row(reporter) + " [data-test='member-units']", "西村" + sfx);
    assertThat(waitFor(row(reporter) + " [data-test='member-units']").getText())
        .doesNotContain("东村" + sfx);

    // Deactivating asks first; then the status says so, in words.
    click(row(reporter) + " [data-test='deactivate-member']");
    waitFor("[data-test='confirm-dialog']");
    click("[data-test='confirm-deactivate']");
    waitUntilGone("[data-test='confirm-dialog']");
    waitFor(row(reporter) + " [data-test='member-status'][data-status='DEACTIVATED']");

    // The history shows each change with its before and after.
    click(row(reporter) + " [data-test='member-link']");
    waitFor("[data-test='history-row'][data-action='DEACTIVATED']");
    WebElement moved = waitFor("[data-test='history-row'][data-action='CHANGED']");
    assertThat(moved.findElement(By.cssSelector("[data-test='history-before']")).getText())
        .contains(first);
    assertThat(moved.findElement(By.cssSelector("[data-test='history-after']")).getText())
        .contains(second);
    screenshot("member-history");
    assertThat(axeViolationsHere("zh 1280 #/members/{id}")).isEmpty();

    // A deactivated member is no longer offered at sign-in.
    signOut();
    open("#/sign-in");
    waitFor("[data-test='demo-user']");
    assertThat(all("[data-test='demo-user'][data-subject='" + reporter + "']")).isEmpty();
  }

  @Test
  void theLastAdminCannotGiveUpTheRoleAndIsToldOnTheField() {
    String admin = signInAdmin();
    // Every other admin of the tenant goes, so this one is the last.
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> admins =
        (List<Map<String, Object>>)
            platformAdmin()
                .get()
                .uri("/api/v1/tenants/" + T + "/members?role=REGION_ADMIN&status=ACTIVE&size=200")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("items");
    admins.stream()
        .filter(m -> !admin.equals(m.get("username")))
        .forEach(
            m ->
                platformAdmin()
                    .post()
                    .uri("/api/v1/tenants/" + T + "/members/" + m.get("id") + "/deactivate")
                    .exchange()
                    .expectStatus()
                    .isOk());

    open("#/members?q=" + admin);
    click(row(admin) + " [data-test='edit-member']");
    click("[data-test='role-REGION_ADMIN']");
    click("[data-test='role-REPORTER']");
    click("[data-test='member-save']");
    WebElement refused = waitFor("[data-test='field-error'][data-field='roles']");
    assertThat(refused.getText()).isNotBlank();
    assertThat(
            waitFor("[data-test='member-roles']")
                .findElement(By.cssSelector("[data-test='role-REGION_ADMIN']"))
                .isSelected())
        .isFalse();
    screenshot("members-last-admin");
    assertThat(axeViolationsHere("zh 1280 #/members last admin")).isEmpty();
    click("[data-test='member-cancel']");

    // Deactivating oneself, the last admin, is refused in the confirmation.
    click(row(admin) + " [data-test='deactivate-member']");
    click("[data-test='confirm-deactivate']");
    assertThat(waitFor("[data-test='member-refused']").getText()).isNotBlank();
    waitFor(row(admin) + " [data-test='member-status'][data-status='ACTIVE']");
  }

  @Test
  void aPlatformAdminAddsANationalAnalystOnThePlatformMembersPage() {
    signIn("operator");
    click("[data-test='nav-platform/members']");
    // The seeded staff may still be on their way (seeding runs in the background): any answer will
    // do.
    waitFor("[data-test='members'] table, [data-test='members'] [data-test='empty']");
    // The platform's roles, and no org units to pick.
    click("[data-test='add-member']");
    assertThat(all("[data-test='role-REPORTER']")).isEmpty();
    assertThat(all("[data-test='member-units']")).isEmpty();
    type("[data-test='member-username']", id("zhao"));
    click("[data-test='member-save']");
    waitUntilGone("[data-test='member-dialog']");
    open("#/platform/members?q=" + id("zhao"));
    assertThat(waitFor(row(id("zhao")) + " [data-test='member-roles']").getText())
        .isEqualTo("国家级人员");
    assertThat(axeViolationsHere("zh 1280 #/platform/members")).isEmpty();
    click(row(id("zhao")) + " [data-test='member-link']");
    waitFor("[data-test='history-row'][data-action='ADDED']");
  }
}
