package org.shequ.server.report;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.server.security.Role;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With {@code management.server.port} the actuator moves to a port of its own: the metrics are
 * served there, still only to platform admins, and no longer on the API's port.
 */
@ExtendWith(PostgresExtension.class)
class ManagementPortTest {

  @Test
  void theMetricsMoveToTheManagementPortAndStayForPlatformAdmins(TestDatabase db)
      throws IOException {
    int management = freePort();
    try (RunningServer server =
        RunningServer.start(
            db,
            "management.server.port=" + management,
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.tenants-dir=" + TestPaths.tenantsDir(),
            "shequ.embedded-database.enabled=false")) {
      String token = server.token("ops", null, null, Role.PLATFORM_ADMIN);
      WebTestClient port =
          WebTestClient.bindToServer().baseUrl("http://localhost:" + management).build();
      port.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
      port.get()
          .uri("/actuator/prometheus")
          .header("Authorization", "Bearer " + token)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(String.class)
          .value(
              text -> org.assertj.core.api.Assertions.assertThat(text).contains("shequ_plugins"));
      port.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
      server.client(token).get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
    }
  }

  private static int freePort() throws IOException {
    for (int port = 18540; port < 18560; port++) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException taken) {
        // Try the next one.
      }
    }
    throw new IOException("no free port in 18540-18559");
  }
}
