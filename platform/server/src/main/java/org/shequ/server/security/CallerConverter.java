package org.shequ.server.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads a {@link Caller} from a verified token: subject, tenant, org unit and roles (from Shequ's
 * {@code roles} claim and Keycloak's {@code realm_access.roles}; unknown role names are ignored).
 */
@Component
class CallerConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {
  private final SecurityProperties properties;

  CallerConverter(SecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    addRoles(roles, jwt.getClaim(properties.rolesClaim()));
    Object realm = jwt.getClaim("realm_access");
    if (realm instanceof Map<?, ?> m) {
      addRoles(roles, m.get("roles"));
    }
    Caller caller =
        new Caller(
            jwt.getSubject(),
            jwt.getClaimAsString(properties.tenantClaim()),
            roles,
            jwt.getClaimAsString(properties.orgUnitClaim()),
            jwt.getClaimAsString(JwtClaimNames.ISS));
    return Mono.just(new CallerAuthentication(caller, jwt));
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
