package org.shequ.server.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the {@link Caller} and the token it came with. */
public class CallerAuthentication extends AbstractAuthenticationToken {
  private final Caller caller;
  private final Jwt token;

  CallerAuthentication(Caller caller, Jwt token) {
    super(
        caller.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
    this.caller = caller;
    this.token = token;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.subject();
  }

  List<String> roleNames() {
    return caller.roles().stream().map(Enum::name).toList();
  }
}
