package org.shequ.server.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.MediaType;

/**
 * A token the server cannot place is refused with 401 problem+json before any handler, never with a
 * 500 later: one without a subject, and one claiming a tenant role (region admin, reporter) with no
 * usable tenant — no membership and no {@code tenant} claim that names one.
 */
class UnplacedTokenTest extends ShequServerTest {

  private static JWTClaimsSet.Builder claims(String subject) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer("urn:shequ:embedded")
        .subject(subject)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(600)));
  }

  private void expect401(JWTClaimsSet claims) {
    String token = SignedTokens.sign(dataDir(), claims);
    for (String path : List.of("/api/v1/tenants", "/api/v1/tenants/jiexiu", "/api/v1/me")) {
      client
          .get()
          .uri(path)
          .header("Authorization", "Bearer " + token)
          .exchange()
          .expectStatus()
          .isUnauthorized()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:unauthorized");
    }
    client
        .post()
        .uri("/api/v1/tenants/jiexiu/org-units")
        .header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void aTokenWithoutSubjectIs401() {
    expect401(
        claims(null).claim("tenant", "jiexiu").claim("roles", List.of("REGION_ADMIN")).build());
  }

  @Test
  void aRegionAdminWithoutTenantIs401() {
    expect401(claims("no-tenant-admin").claim("roles", List.of("REGION_ADMIN")).build());
  }

  @Test
  void aKeycloakReporterWithoutTenantIs401() {
    expect401(
        claims("kc-no-tenant")
            .claim("realm_access", java.util.Map.of("roles", List.of("REPORTER")))
            .claim("org_unit", "somewhere")
            .build());
  }

  @Test
  void aTenantClaimThatNamesNoTenantIs401() {
    expect401(claims("blank").claim("tenant", " ").claim("roles", List.of("REPORTER")).build());
    expect401(
        claims("listed")
            .claim("tenant", List.of("jiexiu"))
            .claim("roles", List.of("REGION_ADMIN"))
            .build());
  }

  @Test
  void platformStaffNeedNoTenant() {
    String token =
        SignedTokens.sign(
            dataDir(), claims("analyst-x").claim("roles", List.of("NATIONAL_ANALYST")).build());
    client
        .get()
        .uri("/api/v1/me")
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.source")
        .isEqualTo("CLAIMS")
        .jsonPath("$.roles[0]")
        .isEqualTo("NATIONAL_ANALYST");
  }
}
