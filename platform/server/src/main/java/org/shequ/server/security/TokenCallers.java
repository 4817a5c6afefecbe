package org.shequ.server.security;

import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the {@link Caller} an access token stands for, exactly as the API would on a request
 * bearing it: the same decoder (issuer, signature, expiry, Shequ's rules) and the same claim rules.
 * The console shows who is signed in this way, so it never claims more than the API will grant.
 */
@Component
public class TokenCallers {
  private final ReactiveJwtDecoder decoder;
  private final CallerConverter converter;

  TokenCallers(ReactiveJwtDecoder decoder, CallerConverter converter) {
    this.decoder = decoder;
    this.converter = converter;
  }

  /** The caller of {@code accessToken}; an error when the API would refuse the token. */
  public Mono<Caller> callerOf(String accessToken) {
    return decoder
        .decode(accessToken)
        .flatMap(converter::convert)
        .map(authentication -> ((CallerAuthentication) authentication).getPrincipal());
  }
}
