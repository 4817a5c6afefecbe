package org.shequ.server.security;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;

/** Health tells anyone whether the server is up; what is inside only platform admins. */
class HealthDetailsTest extends ShequServerTest {

  @Test
  void anonymousCallersSeeTheStatusOnly() {
    client
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components")
        .doesNotExist()
        .jsonPath("$.details")
        .doesNotExist();
  }

  @Test
  void otherRolesSeeTheStatusOnly() {
    regionAdmin("jiexiu")
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components")
        .doesNotExist();
  }

  @Test
  void platformAdminsSeeDatabaseAndDisk() {
    platformAdmin()
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.r2dbc.status")
        .isEqualTo("UP")
        .jsonPath("$.components.r2dbc.details.database")
        .isEqualTo("PostgreSQL")
        .jsonPath("$.components.diskSpace.details.free")
        .exists();
  }

  @Test
  void probesAnswerAnonymously() {
    for (String probe : new String[] {"liveness", "readiness"}) {
      client
          .get()
          .uri("/actuator/health/" + probe)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo("UP");
    }
  }
}
