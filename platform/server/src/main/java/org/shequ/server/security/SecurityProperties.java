package org.shequ.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Token settings.
 *
 * @param devIssuer whether the embedded default may sign its own tokens and answer {@code POST
 *     /api/v1/dev/token} (loopback callers only; default true). Honoured only while the embedded
 *     database is in use and no issuer is configured, so it can never be active against a
 *     production database.
 * @param devIssuerUri the {@code iss} of those tokens
 * @param devTokenTtl how long a development token lives
 * @param tenantClaim the claim naming the caller's tenant
 * @param orgUnitClaim the claim naming a reporter's org unit
 * @param rolesClaim the claim listing roles; Keycloak's {@code realm_access.roles} is read too
 * @param verifiedTokenCache how many verified tokens are remembered (until each expires), so a
 *     client's repeated token is not verified again on every request; 0 verifies every time
 */
@Validated
@ConfigurationProperties("shequ.security")
public record SecurityProperties(
    Boolean devIssuer,
    String devIssuerUri,
    Duration devTokenTtl,
    String tenantClaim,
    String orgUnitClaim,
    String rolesClaim,
    Long verifiedTokenCache) {
  public SecurityProperties {
    devIssuer = devIssuer == null || devIssuer;
    devIssuerUri = devIssuerUri == null ? "urn:shequ:embedded" : devIssuerUri;
    devTokenTtl = devTokenTtl == null ? Duration.ofHours(8) : devTokenTtl;
    tenantClaim = tenantClaim == null ? "tenant" : tenantClaim;
    orgUnitClaim = orgUnitClaim == null ? "org_unit" : orgUnitClaim;
    rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
    verifiedTokenCache = verifiedTokenCache == null ? 10_000L : verifiedTokenCache;
  }
}
