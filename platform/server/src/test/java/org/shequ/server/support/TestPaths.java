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

  private static String required(String property) {
    String dir = System.getProperty(property);
    if (dir == null || !Files.isDirectory(Path.of(dir))) {
      throw new IllegalStateException(
          property + " must name a directory (set by the Maven build): " + dir);
    }
    return dir;
  }
}
