package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.security.Role;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestPaths;

/**
 * The embedded default: with no database configured the server runs its own PostgreSQL in the data
 * directory, and a restart on that directory finds every row again.
 */
class EmbeddedModeTest {

  @Test
  void aRestartOnTheSameDataDirectoryKeepsTheData(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    Path tenants = Files.createDirectories(dir.resolve("tenants"));
    Files.writeString(
        tenants.resolve("jiexiu.yaml"),
        """
        id: jiexiu
        name: {zh: 介休市, en: Jiexiu}
        divisionCode: "140781"
        level: COUNTY_CITY
        plans: [jiexiu-2018-2020]
        """);
    String[] props = {
      "shequ.data-dir=" + data,
      "shequ.tenants-dir=" + tenants,
      "shequ.plugins-dir=" + TestPaths.pluginsDir()
    };
    try (RunningServer first = RunningServer.start(props)) {
      first
          .client(first.token("admin", "jiexiu", null, Role.REGION_ADMIN))
          .get()
          .uri("/api/v1/tenants/jiexiu")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.active")
          .isEqualTo(true);
    }
    assertThat(data.resolve("postgres/PG_VERSION")).exists();

    // The file is gone: the tenant must survive, inactive, with its data.
    Files.delete(tenants.resolve("jiexiu.yaml"));
    try (RunningServer second = RunningServer.start(props)) {
      second
          .client(second.token("analyst", null, null, Role.NATIONAL_ANALYST))
          .get()
          .uri("/api/v1/tenants/jiexiu")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.divisionCode")
          .isEqualTo("140781")
          .jsonPath("$.active")
          .isEqualTo(false);
    }
  }
}
