package org.shequ.server.security;

import org.shequ.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A token decoder that tells a refused token from an issuer it cannot reach: a token that is
 * malformed, badly signed or expired stays a 401, but when the issuer's keys (or its discovery
 * document) cannot be fetched the caller gets {@code 503 issuer-unavailable} with {@code
 * Retry-After}, since the same token may well be good once the issuer answers again. The keys are
 * fetched lazily, at the first token, and again after each failure.
 */
final class IssuerUnavailability implements ReactiveJwtDecoder {
  private static final Logger log = LoggerFactory.getLogger(IssuerUnavailability.class);

  private final ReactiveJwtDecoder decoder;
  private final String issuer;

  IssuerUnavailability(ReactiveJwtDecoder decoder, String issuer) {
    this.decoder = decoder;
    this.issuer = issuer;
  }

  @Override
  public Mono<Jwt> decode(String token) {
    return decoder.decode(token).onErrorMap(IssuerUnavailability::unreachable, this::unavailable);
  }

  /**
   * Whatever is not a verdict on the token itself: Spring's decoder reports unfetchable keys as a
   * plain {@code JwtException} (or lets the HTTP client's error through), a bad token as a {@link
   * BadJwtException}.
   */
  private static boolean unreachable(Throwable e) {
    return !(e instanceof BadJwtException);
  }

  private Throwable unavailable(Throwable e) {
    log.warn("token issuer {} unavailable: {}", issuer, e.toString());
    return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "issuer-unavailable")
        .header("Retry-After", "5")
        .build();
  }
}
