package org.shequ.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.shequ.server.support.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Where the embedded issuer is off (an external issuer is configured), the dev token route does not
 * exist, so the document does not name it; it names the issuer's OpenID Connect discovery.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "shequ.embedded-database.enabled=false",
      "shequ.demo-data.enabled=false",
      // Never reached: the issuer's keys are fetched when the first token arrives.
      "spring.security.oauth2.resourceserver.jwt.issuer-uri="
          + OpenApiDocumentWithoutDevIssuerTest.ISSUER
    })
@AutoConfigureWebTestClient
class OpenApiDocumentWithoutDevIssuerTest {
  static final String ISSUER = "http://127.0.0.1:18601/realms/shequ";
  private static final TestDatabase DATABASE = TestPostgres.newDatabase("openapi");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
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
    registry.add("shequ.data-dir", TestPaths::tempDataDir);
  }

  @Autowired WebTestClient offClient;

  @Test
  void devRoutesAreAbsentAndTheIssuerIsNamed() {
    JsonNode off = OpenApiDocumentTest.document(offClient);
    assertThat(off.get("paths").propertyNames())
        .isNotEmpty()
        .noneMatch(p -> p.startsWith("/api/v1/dev/") || p.startsWith("/dev/"));
    assertThat(off.at("/components/schemas").propertyNames()).doesNotContain("TokenRequest");
    assertThat(off.at("/components/securitySchemes/oidc/type").asString())
        .isEqualTo("openIdConnect");
    assertThat(off.at("/components/securitySchemes/oidc/openIdConnectUrl").asString())
        .isEqualTo(ISSUER + "/.well-known/openid-configuration");
    offClient.post().uri("/api/v1/dev/token").exchange().expectStatus().isNotFound();
  }
}
