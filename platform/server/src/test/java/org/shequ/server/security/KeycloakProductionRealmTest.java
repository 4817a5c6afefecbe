package org.shequ.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.KeycloakServer;
import tools.jackson.databind.JsonNode;

/**
 * The production realm file, {@code deploy/keycloak/shequ-realm.json}, imported into the real
 * Keycloak as an operator would (under another name beside the development realm): Keycloak's
 * built-in scopes are there, the user profile declares Shequ's attributes, there are no users but
 * the uploader's service account, and that account's token is one Shequ can place.
 */
@Tag("keycloak")
class KeycloakProductionRealmTest {
  private static final String REALM = "shequ-production-check";

  @Test
  void theProductionRealmImportsAndItsUploaderGetsAPlaceableToken() {
    KeycloakServer keycloak = KeycloakServer.shared();
    String issuer = keycloak.importRealmAs(KeycloakServer.productionRealmFile(), REALM);
    String admin = "/admin/realms/" + REALM;

    assertThat(names(keycloak.adminGet(admin + "/client-scopes"), "name"))
        .contains("basic", "profile", "email", "roles", "web-origins", "acr");
    assertThat(names(keycloak.adminGet(admin + "/users/profile").path("attributes"), "name"))
        .contains("tenant", "org_unit");
    // No people: at most the uploader's service account (which Keycloak may leave out here).
    assertThat(names(keycloak.adminGet(admin + "/users"), "username"))
        .allMatch(name -> name.equals("service-account-shequ-uploader-jiexiu"));
    JsonNode console = keycloak.adminGet(admin + "/clients?clientId=shequ-console").get(0);
    assertThat(console.path("publicClient").asBoolean()).isTrue();
    assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(console.path("attributes").path("pkce.code.challenge.method").asString())
        .isEqualTo("S256");

    // The uploader's secret is made at import; its token carries what Shequ places it by.
    String id =
        keycloak
            .adminGet(admin + "/clients?clientId=shequ-uploader-jiexiu")
            .get(0)
            .path("id")
            .asString();
    String secret =
        keycloak.adminGet(admin + "/clients/" + id + "/client-secret").path("value").asString();
    JsonNode claims =
        KeycloakServer.claims(keycloak.clientToken(REALM, "shequ-uploader-jiexiu", secret));
    assertThat(claims.path("iss").asString()).isEqualTo(issuer);
    assertThat(claims.path("sub").asString()).isNotBlank();
    assertThat(claims.path("tenant").asString()).isEqualTo("jiexiu");
    assertThat(claims.path("org_unit").asString()).isEqualTo("jiexiu");
    assertThat(names(claims.path("realm_access").path("roles"), null)).contains("REPORTER");
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(field == null ? n.asString() : n.path(field).asString()));
    return names;
  }
}
