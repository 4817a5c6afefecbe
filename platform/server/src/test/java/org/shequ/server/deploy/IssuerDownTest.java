package org.shequ.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.server.security.Role;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestIssuer;
import org.shequ.server.support.TestPaths;
import org.springframework.http.MediaType;

/**
 * The server starts while its token issuer is down: the issuer's keys and discovery document (the
 * API's and the console's) are fetched when first needed. Meanwhile health says so in an {@code
 * issuer} component outside the probe groups, and requests with a token get 503 problem+json; once
 * the issuer answers, tokens work without a restart.
 */
@ExtendWith(PostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IssuerDownTest {
  private static final int ISSUER_PORT = 18403;

  private static TestIssuer issuer;
  private static RunningServer server;

  @BeforeAll
  static void startWhileTheIssuerIsDown(TestDatabase db) throws Exception {
    issuer = new TestIssuer(ISSUER_PORT);
    Path tenants = Files.createTempDirectory("shequ-tenants");
    Files.copy(Path.of(TestPaths.tenantsDir(), "jiexiu.yaml"), tenants.resolve("jiexiu.yaml"));
    List<String> props = new ArrayList<>(List.of(db.springProperties()));
    String client = "spring.security.oauth2.client.registration.shequ.";
    props.addAll(
        List.of(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.uri(),
            "spring.security.oauth2.client.provider.shequ.issuer-uri=" + issuer.uri(),
            client + "client-id=shequ-console",
            client + "client-authentication-method=none",
            client + "authorization-grant-type=authorization_code",
            client + "redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            client + "scope=openid,profile",
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.tenants-dir=" + tenants,
            "shequ.data-dir=" + TestPaths.tempDataDir()));
    server = RunningServer.start(props.toArray(String[]::new));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (issuer != null) {
      issuer.close();
    }
  }

  @Test
  @Order(1)
  void probesAreUpWhileTheIssuerIsDown() {
    for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
      server
          .client()
          .get()
          .uri(probe)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo("UP")
          .jsonPath("$.components.issuer")
          .doesNotExist();
    }
    // An unreachable issuer is UNKNOWN, which leaves the whole UP: this replica is fine.
    server
        .client()
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
  }

  @Test
  @Order(2)
  void aTokenWhoseKeysCannotBeFetchedGets503() {
    server
        .client(issuer.token("ops", null, null, Role.PLATFORM_ADMIN))
        .get()
        .uri("/api/v1/tenants")
        .header("Accept-Language", "en")
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals("Retry-After", "5")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:issuer-unavailable")
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("token issuer"));
  }

  @Test
  @Order(3)
  void onceTheIssuerAnswersTokensAndSignInWork() {
    issuer.start();
    String admin = issuer.token("ops", null, null, Role.PLATFORM_ADMIN);
    server
        .client(admin)
        .get()
        .uri("/api/v1/tenants")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == 'jiexiu')]")
        .exists();
    // A bad token is still a 401, not a 503.
    server
        .client(admin.substring(0, admin.length() - 4) + "AAAA")
        .get()
        .uri("/api/v1/tenants")
        .exchange()
        .expectStatus()
        .isUnauthorized();
    // The console's registration reads the discovery document now.
    server
        .client()
        .get()
        .uri("/oauth2/authorization/shequ")
        .exchange()
        .expectStatus()
        .isFound()
        .expectHeader()
        .value(
            "Location",
            l -> assertThat(l).startsWith(issuer.uri() + "/protocol/openid-connect/auth?"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                server
                    .client(admin)
                    .get()
                    .uri("/actuator/health")
                    .exchange()
                    .expectBody()
                    .jsonPath("$.components.issuer.status")
                    .isEqualTo("UP")
                    .jsonPath("$.components.issuer.details.keys")
                    .isEqualTo(1));
  }

  @Test
  @Order(4)
  void platformAdminsSeeWhyTheIssuerIsUnknown() {
    String admin = issuer.token("ops", null, null, Role.PLATFORM_ADMIN);
    server.client(admin).get().uri("/api/v1/tenants").exchange().expectStatus().isOk();
    issuer.stop();
    // The keys already fetched still verify this admin's token; health rechecks within 10 s.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                server
                    .client(admin)
                    .get()
                    .uri("/actuator/health")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP")
                    .jsonPath("$.components.issuer.status")
                    .isEqualTo("UNKNOWN")
                    .jsonPath("$.components.issuer.details.reason")
                    .value(r -> assertThat((String) r).contains("cannot be fetched")));
    server.client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
  }
}
