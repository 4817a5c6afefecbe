package org.shequ.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A decoder that verifies a token's signature once and remembers the result until the token
 * expires: a client sends the same token with every request, and checking an RSA signature and
 * parsing the claims each time is a measurable share of a write's CPU. The claims a signature
 * vouches for cannot change, so only the time-bound rules ({@code exp}, {@code nbf}) are checked
 * again on every use, by the same validator the full decoding applies. Refused tokens are never
 * remembered. Bounded in size, so a flood of distinct valid tokens costs memory only up to the
 * bound.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {
  /** Spring's timestamp validator accepts a token up to this long after its {@code exp}. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** No token is remembered longer than this, whatever its expiry says. */
  private static final Duration LONGEST = Duration.ofDays(1);

  private final ReactiveJwtDecoder verifier;
  private final OAuth2TokenValidator<Jwt> validator;
  private final Cache<String, Jwt> verified;

  VerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, long capacity) {
    this.verifier = verifier;
    this.validator = validator;
    this.verified =
        Caffeine.newBuilder().maximumSize(capacity).expireAfter(new UntilExpiry()).build();
  }

  @Override
  public Mono<Jwt> decode(String token) {
    Jwt known = verified.getIfPresent(token);
    if (known != null) {
      return stillValid(known);
    }
    return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
  }

  /** The time-bound checks, as the full decoding would make them now. */
  private Mono<Jwt> stillValid(Jwt jwt) {
    OAuth2TokenValidatorResult result = validator.validate(jwt);
    if (result.hasErrors()) {
      return Mono.error(
          new JwtValidationException("The token is no longer valid", result.getErrors()));
    }
    return Mono.just(jwt);
  }

  /** An entry lives until its token could no longer pass the validator. */
  private static final class UntilExpiry implements Expiry<String, Jwt> {
    @Override
    public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
      Instant expires = jwt.getExpiresAt();
      if (expires == null) {
        return 0;
      }
      Duration left = Duration.between(Instant.now(), expires.plus(CLOCK_SKEW));
      return left.isNegative() ? 0 : (left.compareTo(LONGEST) > 0 ? LONGEST : left).toNanos();
    }

    @Override
    public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
      return expireAfterCreate(token, jwt, currentTime);
    }

    @Override
    public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
