package org.shequ.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.server.plan.fixture.SyntheticSecondPlanModule;
import org.shequ.server.security.Role;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One tenant, two plans in a row: Jiexiu runs its real 2018–2020 plan, files a 2019 report under
 * it, and is then given a SYNTHETIC 2021–2025 plan (a plugin jar built here from a test class,
 * loaded through the ordinary plugin path, never shipped). The 2019 report stays with the first
 * plan; a 2022 report is validated by and filed under the second; progress, the reporting calendar
 * and the national comparison pick the plan covering the year; and the plan JSON serves plan-api
 * 1.1.
 */
@ExtendWith(PostgresExtension.class)
class SecondPlanTest {
  private static final String TENANT = "jiexiu";
  private static final String PLAN_A = "jiexiu-2018-2020";
  private static final String PLAN_B = SyntheticSecondPlanModule.PLAN_ID;
  private static final String FORM_A = "JX-COMMUNITY";
  private static final String FORM_B = SyntheticSecondPlanModule.FORM;

  @Test
  void aSecondPlanTakesOverFromItsFirstYearAndReportsStayWithTheirPlan(
      @TempDir Path plugins, @TempDir Path tenants, TestDatabase db) throws Exception {
    for (Path jar : PluginRefusalTest.builtPluginJars()) {
      Files.copy(jar, plugins.resolve(jar.getFileName()));
    }
    copyTenants(tenants);
    String street = "st-second-plan";
    String community = "co-second-plan";

    // The first plan alone: a 2019 report is filed, submitted and approved under it.
    try (RunningServer server = start(db, plugins, tenants)) {
      WebTestClient admin = admin(server);
      addUnits(admin, street, community);
      Form formA =
          server.bean(PlanRegistry.class).plan(PLAN_A).orElseThrow().plan().form(FORM_A).get();
      put(admin, FORM_A, community, "2019", plainValues(formA), null)
          .expectStatus()
          .isCreated()
          .expectBody()
          .jsonPath("$.planId")
          .isEqualTo(PLAN_A);
      step(admin, FORM_A, community, "2019", "submit", "\"1\"").expectStatus().isOk();
      step(admin, FORM_A, community, "2019", "approve", "\"2\"").expectStatus().isOk();
    }

    // The second plan is added after the first, as the next five-year plan.
    syntheticPlanJar(plugins.resolve("plan-jiexiu-synthetic.jar"));
    Files.writeString(
        tenants.resolve("jiexiu.yaml"),
        Files.readString(tenants.resolve("jiexiu.yaml"))
            .replace("  - " + PLAN_A, "  - " + PLAN_A + "\n  - " + PLAN_B));
    try (RunningServer server = start(db, plugins, tenants)) {
      WebTestClient admin = admin(server);
      assertThat(server.bean(PlanRegistry.class).plan(PLAN_B)).isPresent();

      // The 2019 report is still the first plan's, readable, and its history says so.
      get(admin, FORM_A, community, "2019")
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.planId")
          .isEqualTo(PLAN_A)
          .jsonPath("$.status")
          .isEqualTo("APPROVED");
      admin
          .get()
          .uri(reportPath(FORM_A, community, "2019") + "/history")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.length()")
          .isEqualTo(3)
          .jsonPath("$[?(@.planId != '" + PLAN_A + "')]")
          .doesNotExist();

      // 2022 belongs to the second plan: the first plan's form is outside its years there, and
      // the second plan's form is outside its own years in 2019.
      put(admin, FORM_A, community, "2022", Map.of(), null)
          .expectStatus()
          .isNotFound()
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:period-outside-plan");
      put(admin, FORM_B, community, "2019", Map.of(), null)
          .expectStatus()
          .isNotFound()
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:period-outside-plan");

      // The second plan's form validates the 2022 report: its own limit (at most 50 social
      // workers) refuses, and a field only the first plan's form has is unknown to it.
      Map<String, Object> values = planBValues();
      values.put("social_workers", 51);
      put(admin, FORM_B, community, "2022", values, null)
          .expectStatus()
          .isEqualTo(422)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("social_workers");
      Map<String, Object> withFieldOfA = planBValues();
      withFieldOfA.put(formFieldOfA(server), 0);
      put(admin, FORM_B, community, "2022", withFieldOfA, null)
          .expectStatus()
          .isEqualTo(422)
          .expectBody()
          .jsonPath("$.errors[0].code")
          .isEqualTo("unknown-field");
      put(admin, FORM_B, community, "2022", planBValues(), null)
          .expectStatus()
          .isCreated()
          .expectBody()
          .jsonPath("$.planId")
          .isEqualTo(PLAN_B);
      step(admin, FORM_B, community, "2022", "submit", "\"1\"").expectStatus().isOk();
      step(admin, FORM_B, community, "2022", "approve", "\"2\"")
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.planId")
          .isEqualTo(PLAN_B);

      // The review listing names each report's plan.
      admin
          .get()
          .uri("/api/v1/tenants/" + TENANT + "/reports?status=APPROVED")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.items[?(@.period == '2019')].planId")
          .isEqualTo(PLAN_A)
          .jsonPath("$.items[?(@.period == '2022')].planId")
          .isEqualTo(PLAN_B);

      // The calendar of a period is the calendar of its plan's forms.
      admin
          .put()
          .uri("/api/v1/tenants/" + TENANT + "/calendar/" + FORM_B + "/2023")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("opens", "2024-01-01", "closes", "2024-03-31"))
          .exchange()
          .expectStatus()
          .isOk();
      admin
          .put()
          .uri("/api/v1/tenants/" + TENANT + "/calendar/" + FORM_A + "/2023")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("opens", "2024-01-01", "closes", "2024-03-31"))
          .exchange()
          .expectStatus()
          .isNotFound();

      // The forms due in a period are the forms of the plan covering it, with their windows.
      admin
          .get()
          .uri("/api/v1/tenants/" + TENANT + "/calendar?period=2023")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.plan")
          .isEqualTo(PLAN_B)
          .jsonPath("$.forms.length()")
          .isEqualTo(1)
          .jsonPath("$.forms[0].formCode")
          .isEqualTo(FORM_B)
          .jsonPath("$.forms[0].opens")
          .isEqualTo("2024-01-01")
          .jsonPath("$.forms[0].closes")
          .isEqualTo("2024-03-31");
      admin
          .get()
          .uri("/api/v1/tenants/" + TENANT + "/calendar?period=2019")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.plan")
          .isEqualTo(PLAN_A)
          .jsonPath("$.forms[?(@.formCode == '" + FORM_A + "')].level")
          .isEqualTo("COMMUNITY")
          // No window set for 2019: the period is open, and no dates are given.
          .jsonPath("$.forms[?(@.formCode == '" + FORM_A + "')].opens")
          .doesNotExist()
          .jsonPath("$.forms[?(@.formCode == '" + FORM_B + "')]")
          .doesNotExist();
      admin
          .get()
          .uri("/api/v1/tenants/" + TENANT + "/calendar?period=2030")
          .header("Accept-Language", "en")
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectBody()
          .jsonPath("$.detail")
          .isEqualTo("no plan covering period '2030'");

      // Progress picks the plan by period.
      progress(admin, "2019").jsonPath("$.plan").isEqualTo(PLAN_A);
      progress(admin, "2022")
          .jsonPath("$.plan")
          .isEqualTo(PLAN_B)
          .jsonPath(
              "$.indicators[?(@.code == '" + SyntheticSecondPlanModule.URBAN_CENTRES + "')].actual")
          .isEqualTo(100.0);

      // Comparison too, and it says what each figure measures and how far it matches the
      // national indicator.
      WebTestClient analyst = analyst(server);
      comparison(analyst, "URBAN_SERVICE_FACILITY_COVERAGE", "2019")
          .jsonPath("$.tenants[?(@.tenant == 'jiexiu')].plan")
          .isEqualTo(PLAN_A);
      String perUnit = "$.tenants[?(@.tenant == 'jiexiu')]";
      comparison(analyst, "URBAN_SERVICE_FACILITY_COVERAGE", "2022")
          .jsonPath(perUnit + ".plan")
          .isEqualTo(PLAN_B)
          .jsonPath(perUnit + ".indicator")
          .isEqualTo(SyntheticSecondPlanModule.URBAN_CENTRES)
          .jsonPath(perUnit + ".approximation")
          .isEqualTo(false)
          .jsonPath(perUnit + ".status")
          .isEqualTo("achieved");
      comparison(analyst, "SOCIAL_WORKERS_PER_COMMUNITY", "2022")
          .jsonPath(perUnit + ".plan")
          .isEqualTo(PLAN_B)
          .jsonPath(perUnit + ".actual")
          .isEqualTo(100.0)
          .jsonPath(perUnit + ".actualUnit.zh")
          .isEqualTo("%")
          .jsonPath(perUnit + ".perUnitClause.zh")
          .isEqualTo("≥ 1 人/社区")
          .jsonPath(perUnit + ".target.text")
          .isEqualTo("≥ 100")
          .jsonPath(perUnit + ".approximation")
          .isEqualTo(true)
          .jsonPath(perUnit + ".approximationNote")
          .isEqualTo(SyntheticSecondPlanModule.APPROXIMATION)
          .jsonPath(perUnit + ".status")
          .isEqualTo("achieved");
      String csv =
          new String(
              analyst
                  .get()
                  .uri(
                      "/api/v1/comparison?nationalIndicator=SOCIAL_WORKERS_PER_COMMUNITY&period=2022")
                  .header("Accept", "text/csv")
                  .exchange()
                  .expectStatus()
                  .isOk()
                  .expectBody()
                  .returnResult()
                  .getResponseBody(),
              StandardCharsets.UTF_8);
      String header = csv.lines().findFirst().orElseThrow();
      assertThat(header).contains("规划", "实际值单位", "每单位目标", "口径近似", "口径说明");
      String jiexiuRow = csv.lines().filter(l -> l.contains(PLAN_B)).findFirst().orElseThrow();
      assertThat(jiexiuRow).contains("≥ 1 人/社区", "是（近似）", "合成测试：达到每社区至少1名社工的社区占比");
      byte[] xlsx =
          analyst
              .get()
              .uri("/api/v1/comparison/matrix?period=2022&format=xlsx")
              .exchange()
              .expectStatus()
              .isOk()
              .expectBody()
              .returnResult()
              .getResponseBody();
      try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        var sheet = book.getSheetAt(0);
        List<String> headers = cells(sheet.getRow(0));
        int note = headers.indexOf("口径说明");
        int flag = headers.indexOf("口径近似");
        int indicator = headers.indexOf("本地指标代码");
        boolean found = false;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          List<String> row = cells(sheet.getRow(r));
          if (row.size() > note
              && SyntheticSecondPlanModule.SOCIAL_WORKERS.equals(row.get(indicator))) {
            assertThat(row.get(flag)).isEqualTo("是（近似）");
            assertThat(row.get(note)).isEqualTo(SyntheticSecondPlanModule.APPROXIMATION);
            found = true;
          }
        }
        assertThat(found).isTrue();
      }

      // A second urban community that has not reported: half the units in scope reported, too
      // few to judge, so comparison says so instead of "achieved" while the value stays 100%.
      addCommunity(admin, street, "co-second-plan-silent");
      comparison(analyst, "URBAN_SERVICE_FACILITY_COVERAGE", "2022")
          .jsonPath(perUnit + ".actual")
          .isEqualTo(100.0)
          .jsonPath(perUnit + ".reporting.expected")
          .isEqualTo(2)
          .jsonPath(perUnit + ".reporting.reported")
          .isEqualTo(1)
          .jsonPath(perUnit + ".status")
          .isEqualTo("insufficient_data");

      // The plan JSON serves the 1.1 model.
      planJson(server);
      openApi(server);
    }
  }

  /** Goals, review figures, lost content, precise task steps and per-unit readings are served. */
  private static void planJson(RunningServer server) {
    String perUnit =
        "$.indicators[?(@.code == '" + SyntheticSecondPlanModule.SOCIAL_WORKERS + "')]";
    String eachArea =
        "$.indicators[?(@.code == '" + SyntheticSecondPlanModule.CENTRE_COVERAGE + "')]";
    patient(server.client())
        .get()
        .uri("/api/v1/plans/" + PLAN_B)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.goals[0].code")
        .isEqualTo("GOAL-1")
        .jsonPath("$.goals[0].text.zh")
        .isEqualTo("基本形成合成测试治理体系")
        .jsonPath("$.goals[0].year")
        .isEqualTo(2025)
        .jsonPath("$.reviewFigures[0].code")
        .isEqualTo("REVIEW-CENTRES")
        .jsonPath("$.reviewFigures[0].value.value")
        .isEqualTo(45)
        .jsonPath("$.reviewFigures[0].year")
        .isEqualTo(2020)
        .jsonPath("$.lost[0].title")
        .isEqualTo("合成测试专栏")
        .jsonPath("$.tasks[0].milestones[0].month")
        .isEqualTo(1)
        .jsonPath("$.tasks[0].milestones[0].due")
        .isEqualTo("2022-01-31")
        .jsonPath("$.tasks[0].milestones[1].due")
        .isEqualTo("2023-12-31")
        .jsonPath("$.tasks[0].milestones[1].appliesTo.kind")
        .isEqualTo("AreaIs")
        .jsonPath("$.tasks[0].milestones[1].appliesTo.area")
        .isEqualTo("RURAL")
        .jsonPath(perUnit + ".actualUnit")
        .isEqualTo("PERCENT")
        .jsonPath(perUnit + ".unit")
        .isEqualTo("PERSONS")
        .jsonPath(perUnit + ".perUnitClause.zh")
        .isEqualTo("≥ 1 人/社区")
        .jsonPath(perUnit + ".perUnitClause.en")
        .isEqualTo("≥ 1 persons per community")
        .jsonPath(perUnit + ".nationalApproximation")
        .isEqualTo(SyntheticSecondPlanModule.APPROXIMATION)
        .jsonPath(eachArea + ".eachArea[0]")
        .isEqualTo("URBAN")
        .jsonPath(eachArea + ".eachArea[1]")
        .isEqualTo("RURAL")
        .jsonPath(eachArea + ".actualUnit")
        .isEqualTo("PERCENT")
        .jsonPath(eachArea + ".perUnit")
        .isEqualTo(false)
        .jsonPath(perUnit + ".perUnit")
        .isEqualTo(true);
    patient(server.client())
        .get()
        .uri("/api/v1/plans")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + PLAN_B + "')].counts.goals")
        .isEqualTo(1)
        .jsonPath("$[?(@.id == '" + PLAN_B + "')].counts.lost")
        .isEqualTo(1);
  }

  /** The OpenAPI document describes the 1.1 plan properties too. */
  private static void openApi(RunningServer server) {
    patient(server.client())
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.components.schemas.PlanDetail.properties.goals")
        .exists()
        .jsonPath("$.components.schemas.PlanDetail.properties.reviewFigures")
        .exists()
        .jsonPath("$.components.schemas.PlanDetail.properties.lost")
        .exists()
        .jsonPath("$.components.schemas.Indicator.properties.actualUnit")
        .exists()
        .jsonPath("$.components.schemas.Indicator.properties.perUnitClause")
        .exists()
        .jsonPath("$.components.schemas.Indicator.properties.nationalApproximation")
        .exists()
        .jsonPath("$.components.schemas.Indicator.properties.eachArea")
        .exists()
        .jsonPath("$.components.schemas.TaskMilestone.properties.due")
        .exists()
        .jsonPath("$.components.schemas.TaskMilestone.properties.month")
        .exists();
  }

  private static RunningServer start(TestDatabase db, Path plugins, Path tenants) {
    return RunningServer.start(
        db,
        "shequ.plugins-dir=" + plugins,
        "shequ.tenants-dir=" + tenants,
        "shequ.embedded-database.enabled=false");
  }

  private static WebTestClient admin(RunningServer server) {
    return patient(server.client(server.token("admin", TENANT, null, Role.REGION_ADMIN)));
  }

  private static WebTestClient analyst(RunningServer server) {
    return patient(server.client(server.token("analyst", null, null, Role.NATIONAL_ANALYST)));
  }

  /** The machine may be busy: a first request (a roll-up rebuild) can take seconds. */
  private static WebTestClient patient(WebTestClient client) {
    return client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
  }

  private static void copyTenants(Path target) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(TestPaths.tenantsDir()))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
  }

  private static void addUnits(WebTestClient admin, String street, String community) {
    admin
        .post()
        .uri("/api/v1/tenants/" + TENANT + "/org-units")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "id",
                street,
                "level",
                "STREET",
                "name",
                Map.of("zh", "测试街道"),
                "effective",
                "2015-01-01"))
        .exchange()
        .expectStatus()
        .isCreated();
    addCommunity(admin, street, community);
  }

  private static void addCommunity(WebTestClient admin, String street, String community) {
    admin
        .post()
        .uri("/api/v1/tenants/" + TENANT + "/org-units")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "id",
                community,
                "parentId",
                street,
                "level",
                "COMMUNITY",
                "area",
                "URBAN",
                "name",
                Map.of("zh", "测试社区"),
                "population",
                4000,
                "effective",
                "2015-01-01"))
        .exchange()
        .expectStatus()
        .isCreated();
  }

  /** A valid report of any simple form: nothing ticked, zero counted, the first option chosen. */
  private static Map<String, Object> plainValues(Form form) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : form.fields()) {
      Object v =
          switch (f.type()) {
            case BOOLEAN -> false;
            case INTEGER, DECIMAL, PERCENT ->
                f.min() == null ? 0 : f.min().max(java.math.BigDecimal.ZERO);
            case ENUM -> f.options().get(0).code();
            case TEXT -> "测试";
            case DATE -> "2019-06-30";
          };
      values.put(f.code(), v);
    }
    return values;
  }

  private static Map<String, Object> planBValues() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("has_centre", true);
    v.put("social_workers", 2);
    v.put("staff", 10);
    v.put("certified", 6);
    v.put("volunteers", 500);
    v.put("has_office", true);
    v.put("has_hall", true);
    v.put("has_clinic", false);
    v.put("governance_stage", "S2");
    return v;
  }

  /** A field of the first plan's form that the second plan's form does not have. */
  private static String formFieldOfA(RunningServer server) {
    Form a = server.bean(PlanRegistry.class).plan(PLAN_A).orElseThrow().plan().form(FORM_A).get();
    Form b = server.bean(PlanRegistry.class).plan(PLAN_B).orElseThrow().plan().form(FORM_B).get();
    return a.fields().stream()
        .map(Field::code)
        .filter(code -> b.field(code).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private static String reportPath(String form, String unit, String period) {
    return "/api/v1/tenants/" + TENANT + "/reports/" + form + "/" + unit + "/" + period;
  }

  private static WebTestClient.ResponseSpec get(
      WebTestClient client, String form, String unit, String period) {
    return client.get().uri(reportPath(form, unit, period)).exchange();
  }

  private static WebTestClient.ResponseSpec put(
      WebTestClient client,
      String form,
      String unit,
      String period,
      Map<String, Object> values,
      String ifMatch) {
    var spec =
        client.put().uri(reportPath(form, unit, period)).contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.bodyValue(Map.of("values", values)).exchange();
  }

  private static WebTestClient.ResponseSpec step(
      WebTestClient client, String form, String unit, String period, String step, String ifMatch) {
    return client
        .post()
        .uri(reportPath(form, unit, period) + "/" + step)
        .header("If-Match", ifMatch)
        .exchange();
  }

  private static WebTestClient.BodyContentSpec progress(WebTestClient client, String period) {
    return client
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/progress?period=" + period)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private static WebTestClient.BodyContentSpec comparison(
      WebTestClient client, String national, String period) {
    return client
        .get()
        .uri("/api/v1/comparison?nationalIndicator=" + national + "&period=" + period)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private static List<String> cells(org.apache.poi.ss.usermodel.Row row) {
    List<String> out = new java.util.ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      var cell = row.getCell(c);
      out.add(
          cell == null
              ? ""
              : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
    }
    return out;
  }

  /** Packs the synthetic plan into a PF4J plugin jar, as a plugin developer's build would. */
  static void syntheticPlanJar(Path target) throws IOException {
    Manifest manifest = new Manifest();
    Attributes a = manifest.getMainAttributes();
    a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    a.putValue("Plugin-Id", "jiexiu-synthetic");
    a.putValue("Plugin-Version", "0.0.1");
    a.putValue("Plugin-Class", "org.pf4j.Plugin");
    a.putValue("Plugin-Requires", ">=1.1.0 & <2.0.0");
    Class<?> module = SyntheticSecondPlanModule.class;
    String classFile = module.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
      out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      out.write((module.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new JarEntry(classFile));
      try (var in = module.getClassLoader().getResourceAsStream(classFile)) {
        in.transferTo(out);
      }
      out.closeEntry();
    }
  }
}
