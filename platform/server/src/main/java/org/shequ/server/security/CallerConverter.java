package org.shequ.server.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shequ.server.security.MembershipProperties.Mode;
import org.shequ.server.security.Memberships.Identity;
import org.shequ.server.security.Memberships.Membership;
import org.shequ.server.web.DatabaseUnavailability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads a {@link Caller} from a verified token. By default ({@link Mode#MEMBERSHIP_FIRST}) the
 * identity (issuer + subject) is looked up among Shequ's memberships: a member is placed by its
 * membership alone, and a deactivated member has no role at all (403 everywhere), whatever its
 * token claims. An identity without a membership is placed by the token's claims: {@code tenant},
 * {@code org_unit} and roles (Shequ's {@code roles} claim and Keycloak's {@code
 * realm_access.roles}; unknown role names are ignored).
 *
 * <p>A token that cannot be placed is refused with 401, never later with a 500: one without a
 * subject, and one claiming a tenant role (region admin, reporter) with no tenant from either a
 * membership or a usable {@code tenant} claim.
 */
@Component
class CallerConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {
  private final SecurityProperties properties;
  private final MembershipProperties membership;
  private final ObjectProvider<Memberships> memberships;

  CallerConverter(
      SecurityProperties properties,
      MembershipProperties membership,
      ObjectProvider<Memberships> memberships) {
    this.properties = properties;
    this.membership = membership;
    this.memberships = memberships;
  }

  @Override
  public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
    String subject = jwt.getSubject();
    if (subject == null || subject.isBlank()) {
      return Mono.error(new InvalidBearerTokenException("the token has no subject"));
    }
    Memberships members = memberships.getIfAvailable();
    Mono<Caller> caller =
        membership.mode() == Mode.CLAIMS_ONLY || members == null
            ? Mono.fromSupplier(() -> fromClaims(jwt))
            : members
                .of(identity(jwt))
                .map(m -> fromMembership(jwt, m))
                .switchIfEmpty(Mono.fromSupplier(() -> withoutMembership(jwt)))
                .onErrorResume(DatabaseUnavailability::causes, e -> whileUnreachable(jwt));
    return caller
        .flatMap(CallerConverter::placed)
        .map(c -> (AbstractAuthenticationToken) new CallerAuthentication(c, jwt));
  }

  /**
   * While the database cannot be reached no membership can be read, and no tenant data either
   * (every such route answers 503): the token's claims place the caller, so that a platform admin
   * still sees why health is DOWN. Where only memberships count, it has no role.
   */
  private Mono<Caller> whileUnreachable(Jwt jwt) {
    return Mono.fromSupplier(() -> withoutMembership(jwt));
  }

  /** An identity without membership: its claims, unless only memberships count. */
  private Caller withoutMembership(Jwt jwt) {
    if (membership.mode() == Mode.MEMBERSHIP_ONLY) {
      return new Caller(
          jwt.getSubject(), null, Set.of(), Set.of(), issuer(jwt), Caller.Source.MEMBERSHIP);
    }
    return fromClaims(jwt);
  }

  private static Caller fromMembership(Jwt jwt, Membership m) {
    // A deactivated member keeps its identity but loses every role at once.
    return new Caller(
        jwt.getSubject(),
        m.tenant(),
        m.active() ? m.roles() : Set.of(),
        m.active() ? m.orgUnits() : Set.of(),
        issuer(jwt),
        Caller.Source.MEMBERSHIP);
  }

  private Caller fromClaims(Jwt jwt) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    addRoles(roles, jwt.getClaim(properties.rolesClaim()));
    Object realm = jwt.getClaim("realm_access");
    if (realm instanceof Map<?, ?> m) {
      addRoles(roles, m.get("roles"));
    }
    String orgUnit = text(jwt.getClaims().get(properties.orgUnitClaim()));
    return new Caller(
        jwt.getSubject(),
        tenantOf(jwt.getClaims().get(properties.tenantClaim())),
        roles,
        orgUnit == null ? Set.of() : Set.of(orgUnit),
        issuer(jwt),
        Caller.Source.CLAIMS);
  }

  /** The caller, unless it claims a tenant role without a tenant to hold it in (401). */
  private static Mono<Caller> placed(Caller caller) {
    boolean tenantRole = caller.has(Role.REGION_ADMIN) || caller.has(Role.REPORTER);
    if (tenantRole && caller.tenant() == null) {
      return Mono.error(
          new InvalidBearerTokenException("the token names a tenant role but no usable tenant"));
    }
    return Mono.just(caller);
  }

  private static Identity identity(Jwt jwt) {
    Object groups = jwt.getClaims().get("groups");
    String issuer = issuer(jwt);
    // Tokens without an issuer share the empty namespace.
    return new Identity(
        issuer == null ? "" : issuer,
        jwt.getSubject(),
        text(jwt.getClaims().get("preferred_username")),
        // An e-mail binds an invitation only once the identity provider has verified it.
        Boolean.TRUE.equals(jwt.getClaims().get("email_verified"))
            ? text(jwt.getClaims().get("email"))
            : null,
        groups instanceof Collection<?> g ? g.stream().map(String::valueOf).toList() : List.of());
  }

  private static String issuer(Jwt jwt) {
    return text(jwt.getClaims().get(JwtClaimNames.ISS));
  }

  /** A usable tenant claim: a non-blank string; anything else (a list, a number) names none. */
  private static String tenantOf(Object claim) {
    return claim instanceof String s && !s.isBlank() ? s : null;
  }

  /** A claim's text, or null when absent or blank. */
  private static String text(Object claim) {
    if (claim == null) {
      return null;
    }
    String s = String.valueOf(claim);
    return s.isBlank() ? null : s;
  }

  private static void addRoles(Set<Role> roles, Object claim) {
    if (claim instanceof Collection<?> names) {
      for (Object name : names) {
        for (Role r : Role.values()) {
          if (r.name().equals(String.valueOf(name))) {
            roles.add(r);
          }
        }
      }
    }
  }
}
