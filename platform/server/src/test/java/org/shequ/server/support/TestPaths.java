package org.shequ.server.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's plugins and tenants directories, as the build passes them to the tests. */
public final class TestPaths {
  private TestPaths() {}

  public static String pluginsDir() {
    return required("shequ.test.plugins-dir");
  }

  public static String tenantsDir() {
    return required("shequ.test.tenants-dir");
  }

  /** A new empty directory to serve as a server's data directory. */
  public static String tempDataDir() {
    try {
      return Files.createTempDirectory("shequ-data").toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A new directory with the repository's tenant files and one extra tenant per entry (tenant id →
   * the plan it runs), all provisioned by a server pointed at it.
   */
  public static String tenantsWith(java.util.Map<String, String> extra) {
    try {
      Path dir = Files.createTempDirectory("shequ-tenants");
      try (var files = Files.list(Path.of(tenantsDir()))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
      int n = 0;
      for (var e : new java.util.TreeMap<>(extra).entrySet()) {
        n++;
        Files.writeString(
            dir.resolve(e.getKey() + ".yaml"),
            "id: %s\nname: {zh: 测试租户%d, en: Test tenant %d}\ndivisionCode: \"9900%02d\"\nlevel: CITY\nplans: [%s]\n"
                .formatted(e.getKey(), n, n, n, e.getValue()));
      }
      return dir.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String dir = System.getProperty(property);
    if (dir == null || !Files.isDirectory(Path.of(dir))) {
      throw new IllegalStateException(
          property + " must name a directory (set by the Maven build): " + dir);
    }
    return dir;
  }
}
