package org.shequ.server.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.security.Role;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Tenant files: a malformed one is reported by name and line, the others are provisioned. */
@ExtendWith({PostgresExtension.class, OutputCaptureExtension.class})
class TenantFilesTest {

  private static final String XIAMEN =
      """
      id: xiamen
      name: {zh: 厦门市, en: Xiamen}
      divisionCode: "350200"
      level: CITY
      plans: [xiamen-2016-2020]
      """;

  @Test
  void reportsTheLineOfASyntaxError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("xiamen.yaml"), XIAMEN);
    Files.writeString(
        dir.resolve("jiexiu.yaml"),
        "id: jiexiu\nname: {zh: 介休市, en: Jiexiu}\ndivisionCode: \"140781\"\n\tlevel: CITY\n");
    List<TenantFile> read = new TenantFiles().read(dir);
    assertThat(read).extracting(TenantFile::file).containsExactly("jiexiu.yaml", "xiamen.yaml");
    assertThat(read.get(0).valid()).isFalse();
    assertThat(read.get(0).line()).isEqualTo(4);
    assertThat(read.get(1).valid()).isTrue();
    assertThat(read.get(1).descriptor().divisionCode()).isEqualTo("350200");
  }

  @Test
  void refusesUnknownKeysBadCodesAndMismatchedIds(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), XIAMEN.replace("id: xiamen", "id: a") + "mayor: x\n");
    Files.writeString(
        dir.resolve("b.yaml"), XIAMEN.replace("id: xiamen", "id: b").replace("350200", "35020"));
    Files.writeString(dir.resolve("c.yaml"), XIAMEN);
    List<TenantFile> read = new TenantFiles().read(dir);
    assertThat(read.get(0).problem()).contains("mayor");
    assertThat(read.get(0).line()).isEqualTo(6);
    assertThat(read.get(1).problem()).contains("divisionCode");
    assertThat(read.get(2).problem()).contains("must match the file name 'c'");
  }

  @Test
  void aFileNamingAPlanNoPluginProvidesIsRefusedAtThePlansLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("xiamen.yaml"), XIAMEN);
    List<TenantFile> read = new TenantFiles().read(dir, plan -> java.util.Optional.empty());
    assertThat(read.get(0).valid()).isFalse();
    assertThat(read.get(0).line()).isEqualTo(5);
    assertThat(read.get(0).problem()).contains("no plugin provides plan xiamen-2016-2020");
  }

  /** A plan of {@code years} with one form, for checking a tenant's list of plans. */
  private static org.shequ.plan.api.Plan plan(String id, int start, int end, String form) {
    var p = org.shequ.plan.api.Provenance.stated("一", "合成测试");
    return org.shequ.plan.api.Plan.builder(id)
        .title("合成测试", "Synthetic")
        .issuer(org.shequ.plan.api.Issuer.lead("合成", "Synthetic"))
        .issueDate(java.time.LocalDate.of(start, 1, 1))
        .period(start, end)
        .form(
            new org.shequ.plan.api.Form(
                form,
                org.shequ.plan.api.LocalizedText.of("表", "Form"),
                org.shequ.plan.api.OrgUnitLevel.COMMUNITY,
                null,
                null,
                List.of(),
                List.of(),
                p))
        .build();
  }

  private static List<TenantFile> readWithPlans(Path dir, String plans) throws Exception {
    Files.writeString(
        dir.resolve("xiamen.yaml"), XIAMEN.replace("plans: [xiamen-2016-2020]", "plans: " + plans));
    var known =
        java.util.Map.of(
            "xiamen-2016-2020", plan("xiamen-2016-2020", 2016, 2020, "XM-A"),
            "xiamen-2021-2025", plan("xiamen-2021-2025", 2021, 2025, "XM-B"),
            "xiamen-2020-2022", plan("xiamen-2020-2022", 2020, 2022, "XM-C"),
            "xiamen-2026-2030", plan("xiamen-2026-2030", 2026, 2030, "XM-A"));
    return new TenantFiles().read(dir, id -> java.util.Optional.ofNullable(known.get(id)));
  }

  @Test
  void plansInTimeOrderWithoutOverlapAreAccepted(@TempDir Path dir) throws Exception {
    List<TenantFile> read = readWithPlans(dir, "[xiamen-2016-2020, xiamen-2021-2025]");
    assertThat(read.get(0).valid()).as(read.get(0).problem()).isTrue();
    assertThat(read.get(0).descriptor().plans())
        .containsExactly("xiamen-2016-2020", "xiamen-2021-2025");
  }

  @Test
  void overlappingPlansAreRefusedNamingTheYears(@TempDir Path dir) throws Exception {
    TenantFile f = readWithPlans(dir, "[xiamen-2016-2020, xiamen-2020-2022]").get(0);
    assertThat(f.valid()).isFalse();
    assertThat(f.line()).isEqualTo(5);
    assertThat(f.problem())
        .isEqualTo(
            "plans xiamen-2016-2020 (2016–2020) and xiamen-2020-2022 (2020–2022) overlap in 2020;"
                + " each year must belong to one plan only");
  }

  @Test
  void plansOutOfTimeOrderAreRefused(@TempDir Path dir) throws Exception {
    TenantFile f = readWithPlans(dir, "[xiamen-2021-2025, xiamen-2016-2020]").get(0);
    assertThat(f.valid()).isFalse();
    assertThat(f.problem())
        .isEqualTo(
            "plans must be listed in time order, earliest first: xiamen-2021-2025 (2021–2025) is"
                + " listed before xiamen-2016-2020 (2016–2020)");
  }

  @Test
  void aPlanListedTwiceOrPlansSharingAFormAreRefused(@TempDir Path dir) throws Exception {
    assertThat(readWithPlans(dir, "[xiamen-2016-2020, xiamen-2016-2020]").get(0).problem())
        .isEqualTo("plan xiamen-2016-2020 is listed twice");
    assertThat(readWithPlans(dir, "[xiamen-2016-2020, xiamen-2026-2030]").get(0).problem())
        .isEqualTo(
            "plans xiamen-2016-2020 and xiamen-2026-2030 both define form XM-A; the plans of one"
                + " tenant need distinct form codes");
  }

  @Test
  void theServerProvisionsTheGoodFilesAndReportsTheBadOnes(
      @TempDir Path dir, TestDatabase db, CapturedOutput log) throws Exception {
    Files.writeString(dir.resolve("xiamen.yaml"), XIAMEN);
    Files.writeString(dir.resolve("jiexiu.yaml"), "id: jiexiu\nname: [\n");
    // Well-formed, but its plan is provided by no plugin: it must not become a tenant.
    Files.writeString(
        dir.resolve("atlantis.yaml"),
        XIAMEN
            .replace("id: xiamen", "id: atlantis")
            .replace("350200", "990099")
            .replace("xiamen-2016-2020", "atlantis-2016-2020"));
    try (RunningServer server =
        RunningServer.start(
            db,
            "shequ.tenants-dir=" + dir,
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.embedded-database.enabled=false")) {
      String ops = server.token("ops", null, null, Role.PLATFORM_ADMIN);
      server
          .client(ops)
          .get()
          .uri("/api/v1/tenants")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$[*].id")
          .isEqualTo("xiamen");
      server
          .client(ops)
          .get()
          .uri("/api/v1/platform/tenant-files")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$[?(@.file == 'jiexiu.yaml')].line")
          .isEqualTo(3)
          .jsonPath("$[?(@.file == 'atlantis.yaml')].line")
          .isEqualTo(5)
          .jsonPath("$[?(@.file == 'atlantis.yaml')].problem")
          .value(
              problem ->
                  assertThat(problem.toString())
                      .contains("no plugin provides plan atlantis-2016-2020"))
          .jsonPath("$[?(@.file == 'xiamen.yaml')].problem")
          .doesNotExist();
      server
          .client(ops)
          .get()
          .uri("/api/v1/tenants/atlantis")
          .exchange()
          .expectStatus()
          .isNotFound();
      assertThat(log.getOut())
          .contains("Tenant file atlantis.yaml line 5 refused: no plugin provides plan");
    }
  }
}
