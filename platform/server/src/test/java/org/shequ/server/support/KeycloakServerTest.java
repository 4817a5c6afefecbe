package org.shequ.server.support;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of tests against a real Keycloak ({@link KeycloakServer}, the development realm of {@code
 * deploy/keycloak/}): the whole server configured as an operator configures it in production, with
 * that realm as the API's only token issuer and as the console's OpenID Connect sign-in, on a
 * database and tenants (the repository's) of its own. Tagged {@code keycloak}: only the Maven
 * profile of that name runs these.
 *
 * <p>The port is fixed, {@value #PORT}: the realm's console client lists its redirect URI.
 */
@Tag("keycloak")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "shequ.embedded-database.enabled=false",
      "server.port=" + KeycloakServerTest.PORT
    })
@AutoConfigureWebTestClient
public abstract class KeycloakServerTest {
  public static final int PORT = 18381;

  private static final TestDatabase DATABASE = TestPostgres.newDatabase("keycloak");
  private static final String DATA_DIR = TestPaths.tempDataDir();

  @DynamicPropertySource
  static void productionLike(DynamicPropertyRegistry registry) {
    registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
    registry.add("spring.r2dbc.username", DATABASE::appUser);
    registry.add("spring.r2dbc.password", DATABASE::appPassword);
    registry.add("spring.liquibase.url", DATABASE::jdbcUrl);
    registry.add("spring.liquibase.user", DATABASE::ownerUser);
    registry.add("spring.liquibase.password", DATABASE::ownerPassword);
    registry.add("shequ.national-database.username", DATABASE::nationalUser);
    registry.add("shequ.national-database.password", DATABASE::nationalPassword);
    registry.add("shequ.plugins-dir", TestPaths::pluginsDir);
    registry.add("shequ.tenants-dir", TestPaths::tenantsDir);
    registry.add("shequ.data-dir", () -> DATA_DIR);
    // The API trusts the realm, exactly as deploy/README.md says.
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.issuer-uri",
        () -> KeycloakServer.shared().issuer());
    // The console signs in with the realm's client, as deploy/README.md configures it.
    String client = "spring.security.oauth2.client.registration.shequ.";
    registry.add(client + "client-id", () -> "shequ-console");
    registry.add(client + "client-authentication-method", () -> "none");
    registry.add(client + "authorization-grant-type", () -> "authorization_code");
    registry.add(client + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    registry.add(client + "scope", () -> "openid,profile");
    registry.add(
        "spring.security.oauth2.client.provider.shequ.issuer-uri",
        () -> KeycloakServer.shared().issuer());
  }

  @Autowired protected WebTestClient client;

  protected static KeycloakServer keycloak() {
    return KeycloakServer.shared();
  }

  /** A client calling with a development realm user's token (password grant). */
  protected WebTestClient asUser(String username) {
    return bearer(keycloak().passwordToken(username));
  }

  protected WebTestClient bearer(String token) {
    return client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
  }

  protected static TestDatabase database() {
    return DATABASE;
  }
}
