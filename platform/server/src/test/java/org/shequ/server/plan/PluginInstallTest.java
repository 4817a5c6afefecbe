package org.shequ.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.plan.fixture.RuntimePlanModule;
import org.shequ.server.security.Role;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A plan installed, upgraded and disabled at run time, from a plugin jar built here: served at once
 * without a restart, kept in PostgreSQL across restarts, its reports tied to the version they were
 * filed under and readable with that plan after the plugin is disabled; an upgrade that would
 * strand stored reports is refused with the list of them.
 */
@ExtendWith(PostgresExtension.class)
class PluginInstallTest {
  private static final String TENANT = "runtime";
  private static final String PLAN = RuntimePlanModule.PLAN_ID;
  private static final String FORM = RuntimePlanModule.FORM;
  private static final String STREET = "st-runtime";
  private static final String COMMUNITY = "co-runtime";

  @Test
  void aPlanInstalledAtRunTimeIsServedUpgradedAndDisabledWithoutLosingReports(
      @TempDir Path plugins, @TempDir Path tenants, TestDatabase db) throws Exception {
    Path national =
        PluginRefusalTest.builtPluginJars().stream()
            .filter(p -> p.toString().contains("plan-national"))
            .findFirst()
            .orElseThrow();
    Files.copy(national, plugins.resolve(national.getFileName()));

    // Installed on a running server: served at once, no restart.
    try (RunningServer server = start(db, plugins, tenants)) {
      WebTestClient ops = ops(server);
      upload(ops, RuntimePluginJars.jar("1.0.0", 80, true), false)
          .expectStatus()
          .isCreated()
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo("LOADED")
          .jsonPath("$.source")
          .isEqualTo("INSTALLED")
          .jsonPath("$.planIds[0]")
          .isEqualTo(PLAN);
      server
          .client()
          .get()
          .uri("/api/v1/plans/" + PLAN)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.plugin.version")
          .isEqualTo("1.0.0");

      // Checked as at start-up: a jar for another plan-api is refused, saying why.
      byte[] future =
          rewrite(RuntimePluginJars.jar("9.0.0", 80, true), "Plugin-Requires", ">=2.0.0");
      upload(ops, future, false)
          .expectStatus()
          .isEqualTo(422)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:plugin-refused")
          .jsonPath("$.reasons[0]")
          .value(r -> assertThat(r.toString()).contains("requires plan-api >=2.0.0"));
      // The refused jar changed nothing.
      server
          .client()
          .get()
          .uri("/api/v1/plans/" + PLAN)
          .exchange()
          .expectBody()
          .jsonPath("$.plugin.version")
          .isEqualTo("1.0.0");

      // The OpenAPI document describes the plugin routes.
      server
          .client()
          .get()
          .uri("/v3/api-docs")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.paths['/api/v1/plugins'].post")
          .exists()
          .jsonPath("$.paths['/api/v1/plugins/{pluginId}/disable'].post")
          .exists()
          .jsonPath("$.paths['/api/v1/plugins/{pluginId}'].delete")
          .exists()
          .jsonPath("$.paths['/api/v1/plans/{planId}/versions'].get")
          .exists();

      // Only platform admins install.
      WebTestClient regionAdmin =
          server.client(server.token("admin", TENANT, null, Role.REGION_ADMIN));
      upload(regionAdmin, RuntimePluginJars.jar("1.0.1", 80, true), false)
          .expectStatus()
          .isForbidden();
    }

    // After a restart the installed plan is caught up from the database, and a platform admin
    // creates a tenant for it through the API, with no tenant file and no further restart.
    try (RunningServer server = start(db, plugins, tenants)) {
      WebTestClient ops = ops(server);
      ops.post()
          .uri("/api/v1/tenants")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(
              Map.of(
                  "id",
                  TENANT,
                  "name",
                  Map.of("zh", "运行时测试市", "en", "Run-time test city"),
                  "divisionCode",
                  "140799",
                  "level",
                  "COUNTY_CITY",
                  "plans",
                  List.of(PLAN)))
          .exchange()
          .expectStatus()
          .isCreated();
      WebTestClient admin =
          patient(server.client(server.token("admin", TENANT, null, Role.REGION_ADMIN)));
      assertThat(server.bean(PlanRegistry.class).plan(PLAN)).isPresent();
      addUnits(admin);

      report(admin, Map.of("has_centre", true, "volunteers", 12), null)
          .expectStatus()
          .isCreated()
          .expectBody()
          .jsonPath("$.planVersion")
          .isEqualTo("1.0.0");
      step(admin, "submit", "\"1\"").expectStatus().isOk();
      step(admin, "approve", "\"2\"").expectStatus().isOk();
      progress(admin).jsonPath(coverage() + ".target.value").isEqualTo(80);

      // Version 2 changes the target: progress follows, the report stays tied to version 1.
      upload(ops, RuntimePluginJars.jar("2.0.0", 90, true), false).expectStatus().isCreated();
      progress(admin).jsonPath(coverage() + ".target.value").isEqualTo(90);
      admin
          .get()
          .uri(reportPath())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.planVersion")
          .isEqualTo("1.0.0")
          .jsonPath("$.status")
          .isEqualTo("APPROVED");
      server
          .client()
          .get()
          .uri("/api/v1/plans/" + PLAN + "?version=1.0.0")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.plugin.version")
          .isEqualTo("1.0.0")
          .jsonPath("$.indicators[0].target.clauses[0]")
          .value(v -> assertThat(v.toString()).contains("80").doesNotContain("90"));
      server
          .client()
          .get()
          .uri("/api/v1/plans/" + PLAN + "/versions")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$[*].pluginVersion")
          .isEqualTo(java.util.List.of("1.0.0", "2.0.0"));

      // Version 3 drops a field the stored report holds: refused, naming the report.
      upload(ops, RuntimePluginJars.jar("3.0.0", 90, false), false)
          .expectStatus()
          .isEqualTo(409)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:plugin-upgrade-strands-reports")
          .jsonPath("$.changedFields[0].fieldCode")
          .isEqualTo("volunteers")
          .jsonPath("$.affectedReports.length()")
          .isEqualTo(1)
          .jsonPath("$.affectedReports[0].tenant")
          .isEqualTo(TENANT)
          .jsonPath("$.affectedReports[0].formCode")
          .isEqualTo(FORM)
          .jsonPath("$.affectedReports[0].period")
          .isEqualTo("2022")
          .jsonPath("$.affectedReports[0].orgUnitId")
          .isEqualTo(COMMUNITY);
      assertThat(server.bean(PlanRegistry.class).plan(PLAN).orElseThrow().pluginVersion())
          .isEqualTo("2.0.0");

      // Disabled: the report, its history and its plan stay readable; writes are refused.
      ops.post()
          .uri("/api/v1/plugins/" + RuntimePluginJars.PLUGIN_ID + "/disable")
          .exchange()
          .expectStatus()
          .isOk();
      assertThat(server.bean(PlanRegistry.class).plan(PLAN)).isEmpty();
      admin
          .get()
          .uri(reportPath())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.planVersion")
          .isEqualTo("1.0.0");
      admin
          .get()
          .uri(reportPath() + "/history")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.length()")
          .isEqualTo(3);
      server
          .client()
          .get()
          .uri("/api/v1/plans/" + PLAN)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.plugin.version")
          .isEqualTo("2.0.0");
      step(admin, "reopen", "\"3\"")
          .expectStatus()
          .isEqualTo(409)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:plan-disabled");
      ops.get()
          .uri("/api/v1/plugins/installed")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$[0].enabled")
          .isEqualTo(false);

      // Enabled again, it serves its plan at once.
      ops.post()
          .uri("/api/v1/plugins/" + RuntimePluginJars.PLUGIN_ID + "/enable")
          .exchange()
          .expectStatus()
          .isOk();
      assertThat(server.bean(PlanRegistry.class).plan(PLAN)).isPresent();

      // Confirmed, the incompatible upgrade goes through; the report keeps its version.
      upload(ops, RuntimePluginJars.jar("3.0.0", 90, false), true).expectStatus().isCreated();
      assertThat(server.bean(PlanRegistry.class).plan(PLAN).orElseThrow().pluginVersion())
          .isEqualTo("3.0.0");
      admin
          .get()
          .uri(reportPath())
          .exchange()
          .expectBody()
          .jsonPath("$.planVersion")
          .isEqualTo("1.0.0");

      // Deleted: no longer served, every recorded version still readable.
      ops.delete()
          .uri("/api/v1/plugins/" + RuntimePluginJars.PLUGIN_ID)
          .exchange()
          .expectStatus()
          .isNoContent();
      assertThat(server.bean(PlanRegistry.class).plan(PLAN)).isEmpty();
      server
          .client()
          .get()
          .uri("/api/v1/plans/" + PLAN + "?version=1.0.0")
          .exchange()
          .expectStatus()
          .isOk();
      server
          .client()
          .get()
          .uri("/api/v1/plans/" + PLAN)
          .exchange()
          .expectBody()
          .jsonPath("$.plugin.version")
          .isEqualTo("3.0.0");
      ops.delete()
          .uri("/api/v1/plugins/" + RuntimePluginJars.PLUGIN_ID)
          .exchange()
          .expectStatus()
          .isNotFound();
    }
  }

  /** Fixed, as the client's writer would draw a random boundary on the event loop. */
  private static final String BOUNDARY = "shequ-plugin-boundary";

  /** Posts {@code jar} as the multipart part {@code jar}. */
  static WebTestClient.ResponseSpec upload(WebTestClient client, byte[] jar, boolean confirm) {
    var body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"jar\"; filename=\"plugin.jar\""
                + "\r\nContent-Type: application/java-archive\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    body.writeBytes(jar);
    body.writeBytes(
        ("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return client
        .post()
        .uri("/api/v1/plugins" + (confirm ? "?confirm=true" : ""))
        .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
        .bodyValue(body.toByteArray())
        .exchange();
  }

  /** The jar with one manifest attribute changed. */
  static byte[] rewrite(byte[] jar, String attribute, String value) throws Exception {
    var in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(jar));
    var manifest = new java.util.jar.Manifest(in.getManifest());
    manifest.getMainAttributes().putValue(attribute, value);
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.jar.JarOutputStream(bytes, manifest)) {
      for (var e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
        out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static RunningServer start(TestDatabase db, Path plugins, Path tenants) {
    return RunningServer.start(
        db,
        "shequ.plugins-dir=" + plugins,
        "shequ.tenants-dir=" + tenants,
        "shequ.embedded-database.enabled=false");
  }

  static WebTestClient ops(RunningServer server) {
    return patient(server.client(server.token("ops", null, null, Role.PLATFORM_ADMIN)));
  }

  private static WebTestClient patient(WebTestClient client) {
    return client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  private static String coverage() {
    return "$.indicators[?(@.code == '" + RuntimePlanModule.COVERAGE + "')]";
  }

  private static void addUnits(WebTestClient admin) {
    admin
        .post()
        .uri("/api/v1/tenants/" + TENANT + "/org-units")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "id",
                STREET,
                "level",
                "STREET",
                "name",
                Map.of("zh", "测试街道"),
                "effective",
                "2015-01-01"))
        .exchange()
        .expectStatus()
        .isCreated();
    admin
        .post()
        .uri("/api/v1/tenants/" + TENANT + "/org-units")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "id",
                COMMUNITY,
                "parentId",
                STREET,
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

  private static String reportPath() {
    return "/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + COMMUNITY + "/2022";
  }

  private static WebTestClient.ResponseSpec report(
      WebTestClient client, Map<String, Object> values, String ifMatch) {
    var spec = client.put().uri(reportPath()).contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.bodyValue(Map.of("values", values)).exchange();
  }

  private static WebTestClient.ResponseSpec step(
      WebTestClient client, String step, String ifMatch) {
    return client.post().uri(reportPath() + "/" + step).header("If-Match", ifMatch).exchange();
  }

  private static WebTestClient.BodyContentSpec progress(WebTestClient client) {
    return client
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/progress?period=2022")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }
}
