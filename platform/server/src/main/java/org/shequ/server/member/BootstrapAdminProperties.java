package org.shequ.server.member;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first platform admin of a fresh deployment, who then adds everyone else. On its first sign-in
 * an identity that matches becomes a platform member with the role PLATFORM_ADMIN, kept like any
 * other member (it can be changed or deactivated later; a deactivated one stays so). Either the
 * issuer and subject, or a group, or both, may be set; nothing is set by default.
 *
 * @param issuer the token issuer ({@code iss}) of the admin's identity, e.g. the Keycloak realm URL
 * @param subject the admin's subject ({@code sub}) at that issuer
 * @param group a group name: any identity whose token's {@code groups} claim lists it (whatever its
 *     issuer) is made a platform admin at its first sign-in
 */
@ConfigurationProperties("shequ.security.bootstrap-admin")
public record BootstrapAdminProperties(String issuer, String subject, String group) {

  /** Whether the identity is the configured bootstrap admin. */
  boolean matches(String tokenIssuer, String tokenSubject, java.util.List<String> groups) {
    boolean byIdentity =
        issuer != null
            && subject != null
            && issuer.equals(tokenIssuer)
            && subject.equals(tokenSubject);
    boolean byGroup = group != null && !group.isBlank() && groups.contains(group);
    return byIdentity || byGroup;
  }
}
