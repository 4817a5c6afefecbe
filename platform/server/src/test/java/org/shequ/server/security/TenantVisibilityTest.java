package org.shequ.server.security;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ProblemChecks;
import org.shequ.server.support.ShequServerTest;

/** Who sees which tenant: own tenant only, except national and platform staff. */
class TenantVisibilityTest extends ShequServerTest {

  @Test
  void aRegionAdminSeesOnlyItsTenant() {
    regionAdmin("jiexiu")
        .get()
        .uri("/api/v1/tenants")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(1)
        .jsonPath("$[0].id")
        .isEqualTo("jiexiu");
  }

  @Test
  void anotherTenantLooksExactlyLikeANonExistentOne() {
    byte[] other =
        regionAdmin("jiexiu")
            .get()
            .uri("/api/v1/tenants/xiamen")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectBody()
            .returnResult()
            .getResponseBody();
    byte[] missing =
        regionAdmin("jiexiu")
            .get()
            .uri("/api/v1/tenants/atlantis")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectBody()
            .returnResult()
            .getResponseBody();
    String a = ProblemChecks.withoutTraceId(new String(other)).replace("xiamen", "X");
    String b = ProblemChecks.withoutTraceId(new String(missing)).replace("atlantis", "X");
    org.assertj.core.api.Assertions.assertThat(a).isEqualTo(b).doesNotContain("厦门");
  }

  @Test
  void aReporterSeesOnlyItsTenant() {
    as("li", "xiamen", "xm-community-1", Role.REPORTER)
        .get()
        .uri("/api/v1/tenants")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo("xiamen");
  }

  @Test
  void nationalAnalystsSeeEveryTenant() {
    nationalAnalyst()
        .get()
        .uri("/api/v1/tenants/xiamen")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name.zh")
        .isEqualTo("厦门市");
  }

  @Test
  void platformEndpointsNeedThePlatformAdmin() {
    regionAdmin("jiexiu").get().uri("/api/v1/plugins").exchange().expectStatus().isForbidden();
    nationalAnalyst()
        .get()
        .uri("/api/v1/platform/tenant-files")
        .exchange()
        .expectStatus()
        .isForbidden();
    platformAdmin().get().uri("/api/v1/plugins").exchange().expectStatus().isOk();
  }

  @Test
  void plansArePublic() {
    client.get().uri("/api/v1/plans").exchange().expectStatus().isOk();
    client.get().uri("/api/v1/national-indicators").exchange().expectStatus().isOk();
  }
}
