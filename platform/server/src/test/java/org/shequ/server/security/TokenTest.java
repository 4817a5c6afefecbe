package org.shequ.server.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.MediaType;

/** Only tokens the server itself signed, unexpired, from the right issuer, get in. */
class TokenTest extends ShequServerTest {

  private JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer("urn:shequ:embedded")
        .subject("admin-jiexiu")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(600)))
        .claim("tenant", "jiexiu")
        .claim("roles", List.of("REGION_ADMIN"));
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private void expect401(String token) {
    var request = client.get().uri("/api/v1/tenants/jiexiu");
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    request
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:unauthorized");
  }

  @Test
  void aValidTokenGetsIn() throws Exception {
    String token = sign(DevSigningKey.loadOrCreate(dataDir()), claims().build());
    client
        .get()
        .uri("/api/v1/tenants/jiexiu")
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void noTokenIsRefused() {
    expect401(null);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant past = Instant.now().minusSeconds(3600);
    expect401(
        sign(
            DevSigningKey.loadOrCreate(dataDir()),
            claims()
                .issueTime(Date.from(past.minusSeconds(60)))
                .expirationTime(Date.from(past))
                .build()));
  }

  @Test
  void aTokenWithoutExpiryIsRefused() throws Exception {
    expect401(sign(DevSigningKey.loadOrCreate(dataDir()), claims().expirationTime(null).build()));
  }

  @Test
  void aTokenWithoutSubjectIsRefused() throws Exception {
    String noSubject = sign(DevSigningKey.loadOrCreate(dataDir()), claims().subject(null).build());
    expect401(noSubject);
    // Writes were where a missing subject surfaced, as a 500: refused before any handler now.
    client
        .post()
        .uri("/api/v1/tenants/jiexiu/org-units")
        .header("Authorization", "Bearer " + noSubject)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void aTokenWithABlankSubjectIsRefused() throws Exception {
    expect401(sign(DevSigningKey.loadOrCreate(dataDir()), claims().subject("  ").build()));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    expect401(sign(new RSAKeyGenerator(2048).keyID("other").generate(), claims().build()));
  }

  @Test
  void anUnsignedTokenIsRefused() {
    expect401(new PlainJWT(claims().build()).serialize());
  }

  @Test
  void aTokenWithItsSignatureStrippedAndAlgNoneIsRefused() throws Exception {
    String valid = sign(DevSigningKey.loadOrCreate(dataDir()), claims().build());
    String header =
        Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
    String[] parts = valid.split("\\.");
    expect401(header + "." + parts[1] + ".");
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() throws Exception {
    expect401(
        sign(
            DevSigningKey.loadOrCreate(dataDir()),
            claims().issuer("https://evil.example").build()));
  }

  @Test
  void garbageIsRefused() {
    expect401("not-a-jwt");
  }

  @Test
  void theDevTokenEndpointIssuesUsableTokensToLoopbackCallers() {
    String token =
        client
            .post()
            .uri("/api/v1/dev/token")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"subject\":\"wang\",\"tenant\":\"xiamen\",\"roles\":[\"REGION_ADMIN\"]}")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(java.util.Map.class)
            .returnResult()
            .getResponseBody()
            .get("access_token")
            .toString();
    client
        .get()
        .uri("/api/v1/tenants")
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo("xiamen");
  }

  @Test
  void theDevTokenEndpointRefusesUnknownRoles() {
    client
        .post()
        .uri("/api/v1/dev/token")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"subject\":\"x\",\"roles\":[\"GOD\"]}")
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void theDemoLoginListsAUserPerRoleAndTenant() {
    client
        .get()
        .uri("/dev/login")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(
            html ->
                org.assertj.core.api.Assertions.assertThat(html)
                    .contains("admin-jiexiu", "reporter-xiamen", "admin-zhejiang")
                    .contains("NATIONAL_ANALYST", "PLATFORM_ADMIN")
                    .contains("synthetic"));
  }

  @Test
  void keycloakRealmRolesAreRead() throws Exception {
    Instant now = Instant.now();
    JWTClaimsSet keycloakShaped =
        new JWTClaimsSet.Builder()
            .issuer("urn:shequ:embedded")
            .subject("kc-user")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(600)))
            .claim("tenant", "xiamen")
            .claim(
                "realm_access",
                java.util.Map.of("roles", List.of("offline_access", "REGION_ADMIN")))
            .build();
    String token = sign(DevSigningKey.loadOrCreate(dataDir()), keycloakShaped);
    client
        .get()
        .uri("/api/v1/tenants")
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo("xiamen");
    // A token without any of Shequ's roles gets no tenant route.
    String noRole =
        sign(
            DevSigningKey.loadOrCreate(dataDir()),
            new JWTClaimsSet.Builder(keycloakShaped)
                .claim("realm_access", java.util.Map.of("roles", List.of("offline_access")))
                .build());
    client
        .get()
        .uri("/api/v1/tenants/xiamen")
        .header("Authorization", "Bearer " + noRole)
        .exchange()
        .expectStatus()
        .isForbidden();
  }
}
