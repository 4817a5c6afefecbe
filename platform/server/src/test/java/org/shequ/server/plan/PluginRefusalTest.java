package org.shequ.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.plan.fixture.InvalidPlanModule;
import org.shequ.server.security.Role;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;

/**
 * A corrupt jar, a plugin built for another plan-api and a plugin with an invalid plan are each
 * refused with a reason an operator can act on, and the good plugins load regardless.
 */
@ExtendWith(PostgresExtension.class)
class PluginRefusalTest {

  @Test
  void badPluginsAreRefusedAndTheRestLoad(@TempDir Path plugins, TestDatabase db) throws Exception {
    List<Path> good = builtPluginJars();
    for (Path jar : good) {
      Files.copy(jar, plugins.resolve(jar.getFileName()));
    }
    Files.write(plugins.resolve("corrupt.jar"), "this is not a zip file".getBytes());
    Path national =
        good.stream().filter(p -> p.toString().contains("plan-national")).findFirst().orElseThrow();
    rewriteManifest(national, plugins.resolve("future.jar"), "future", ">=2.0.0");
    invalidPlanJar(plugins.resolve("broken.jar"));
    // The same national plugin twice: the copy sorts after the original and is refused.
    Files.copy(national, plugins.resolve("zz-national-copy.jar"));

    try (RunningServer server =
        RunningServer.start(
            db,
            "shequ.plugins-dir=" + plugins,
            "shequ.tenants-dir=" + TestPaths.tenantsDir(),
            "shequ.embedded-database.enabled=false")) {
      String ops = server.token("ops", null, null, Role.PLATFORM_ADMIN);
      List<PluginReport> reports = server.bean(PlanRegistry.class).reports();
      assertThat(reports)
          .filteredOn(r -> r.status() == PluginReport.Status.LOADED)
          .hasSize(good.size());
      assertThat(reports)
          .filteredOn(r -> "corrupt.jar".equals(r.file()))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo(PluginReport.Status.REFUSED);
                assertThat(r.problems().get(0)).startsWith("cannot load the jar");
              });
      assertThat(reports)
          .filteredOn(r -> "future".equals(r.pluginId()))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.problems())
                      .containsExactly(
                          "requires plan-api >=2.0.0 but this host provides "
                              + org.shequ.plan.api.PlanApi.VERSION));
      assertThat(reports)
          .filteredOn(r -> "broken".equals(r.pluginId()))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.problems())
                      .anyMatch(p -> p.contains("milestone outside the period"))
                      .anyMatch(p -> p.contains("unknown field BAD-COMMUNITY.no_such_field")));
      assertThat(server.bean(PlanRegistry.class).plan("broken-2016-2020")).isEmpty();
      assertThat(reports)
          .filteredOn(r -> "zz-national-copy.jar".equals(r.file()))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo(PluginReport.Status.REFUSED);
                assertThat(r.problems())
                    .singleElement()
                    .asString()
                    .startsWith("duplicate plugin id national: " + national.getFileName())
                    .contains("is kept and zz-national-copy.jar")
                    .endsWith("the first in name order is kept");
              });

      server
          .client(ops)
          .get()
          .uri("/api/v1/plugins")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$[?(@.pluginId == 'future')].status")
          .isEqualTo("REFUSED")
          .jsonPath("$[?(@.file == 'zz-national-copy.jar')].problems[0]")
          .value(p -> assertThat(p.toString()).contains("duplicate plugin id national"));
      server
          .client()
          .get()
          .uri("/api/v1/plans/national-2016-2020")
          .exchange()
          .expectStatus()
          .isOk();
    }
  }

  static List<Path> builtPluginJars() throws IOException {
    try (Stream<Path> modules = Files.list(Path.of(TestPaths.pluginsDir()))) {
      return modules
          .map(m -> m.resolve("target"))
          .filter(Files::isDirectory)
          .flatMap(
              t -> {
                try (Stream<Path> jars = Files.list(t)) {
                  return jars
                      .filter(j -> j.getFileName().toString().matches("plan-.*\\.jar"))
                      .toList()
                      .stream();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private static void rewriteManifest(Path source, Path target, String id, String requires)
      throws IOException {
    try (JarFile in = new JarFile(source.toFile())) {
      Manifest manifest = new Manifest(in.getManifest());
      manifest.getMainAttributes().putValue("Plugin-Id", id);
      manifest.getMainAttributes().putValue("Plugin-Requires", requires);
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
        var entries = in.entries();
        while (entries.hasMoreElements()) {
          JarEntry e = entries.nextElement();
          if (e.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
            continue;
          }
          out.putNextEntry(new JarEntry(e.getName()));
          in.getInputStream(e).transferTo(out);
          out.closeEntry();
        }
      }
    }
  }

  private static void invalidPlanJar(Path target) throws IOException {
    Manifest manifest = new Manifest();
    Attributes a = manifest.getMainAttributes();
    a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    a.putValue("Plugin-Id", "broken");
    a.putValue("Plugin-Version", "1.0.0");
    a.putValue("Plugin-Class", "org.pf4j.Plugin");
    a.putValue("Plugin-Requires", ">=1.0.0 & <2.0.0");
    String classFile = InvalidPlanModule.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
      out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      out.write((InvalidPlanModule.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new JarEntry(classFile));
      try (var in = InvalidPlanModule.class.getClassLoader().getResourceAsStream(classFile)) {
        in.transferTo(out);
      }
      out.closeEntry();
    }
  }
}
