package org.shequ.server.security;

import java.time.Instant;
import java.util.Objects;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;

/**
 * What Shequ demands of every token on top of signature, issuer and validity window: an expiry (the
 * default checks only an expiry that is present, so a token without one would live forever) and a
 * subject (every write is recorded against the caller's subject).
 */
final class TokenRules {
  private TokenRules() {}

  static OAuth2TokenValidator<Jwt> withShequRules(OAuth2TokenValidator<Jwt> defaults) {
    return new DelegatingOAuth2TokenValidator<>(
        defaults,
        new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
        new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()));
  }
}
