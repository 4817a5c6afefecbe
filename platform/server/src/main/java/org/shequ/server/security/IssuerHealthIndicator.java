package org.shequ.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Whether the token issuer's keys can be fetched ({@code issuer} in {@code /actuator/health}): UP
 * with the number of keys, UNKNOWN with the reason while the issuer (its discovery document or its
 * JWKS) does not answer. Never DOWN and in neither probe group: the server itself is fine, tokens
 * already verified keep working, and restarting or unlisting replicas would not bring the issuer
 * back. Checked at most every {@link #RECHECK}, so health requests do not hammer the issuer.
 */
final class IssuerHealthIndicator implements ReactiveHealthIndicator {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration RECHECK = Duration.ofSeconds(10);

  private final WebClient web;
  private final String issuer;
  private final String jwkSetUri;
  private final Mono<Health> check;

  /** For {@code issuer} (its discovery names the JWKS) or, when null, {@code jwkSetUri} alone. */
  IssuerHealthIndicator(WebClient web, String issuer, String jwkSetUri) {
    this.web = web;
    this.issuer = issuer;
    this.jwkSetUri = jwkSetUri;
    this.check = Mono.defer(this::fetch).cache(h -> RECHECK, e -> Duration.ZERO, () -> RECHECK);
  }

  @Override
  public Mono<Health> health() {
    return check;
  }

  private Mono<Health> fetch() {
    Instant at = Instant.now();
    return jwksUri()
        .flatMap(
            uri ->
                web.get()
                    .uri(uri)
                    .retrieve()
                    .bodyToMono(Map.class)
                    .timeout(TIMEOUT)
                    .map(
                        jwks ->
                            Health.up()
                                .withDetail("issuer", issuer == null ? "" : issuer)
                                .withDetail("jwkSetUri", uri)
                                .withDetail(
                                    "keys",
                                    jwks.get("keys") instanceof java.util.List<?> keys
                                        ? keys.size()
                                        : 0)
                                .withDetail("checked", at.toString())
                                .build()))
        .onErrorResume(
            e ->
                Mono.just(
                    Health.unknown()
                        .withDetail("issuer", issuer == null ? jwkSetUri : issuer)
                        .withDetail("reason", "the issuer's keys cannot be fetched: " + e)
                        .withDetail("checked", at.toString())
                        .build()));
  }

  private Mono<String> jwksUri() {
    if (issuer == null) {
      return Mono.just(jwkSetUri);
    }
    return web.get()
        .uri(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration")
        .retrieve()
        .bodyToMono(Map.class)
        .timeout(TIMEOUT)
        .flatMap(
            discovery ->
                discovery.get("jwks_uri") instanceof String uri
                    ? Mono.just(uri)
                    : Mono.error(
                        new IllegalStateException("the discovery document names no jwks_uri")));
  }
}
