package org.shequ.server.security;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The console's client registrations, read from Spring's {@code spring.security.oauth2.client.*}
 * properties at the first sign-in rather than at start-up: a registration with an {@code
 * issuer-uri} reads the issuer's discovery document, and the server must start while the issuer is
 * down. A failed read is tried again at the next request; a successful one is kept.
 */
final class LazyClientRegistrations implements ReactiveClientRegistrationRepository {
  private final Mono<Map<String, ClientRegistration>> registrations;

  LazyClientRegistrations(OAuth2ClientProperties properties) {
    this.registrations =
        Mono.fromCallable(
                () -> new OAuth2ClientPropertiesMapper(properties).asClientRegistrations())
            // Discovery is a blocking HTTP call.
            .subscribeOn(Schedulers.boundedElastic())
            .cache(
                ok -> Duration.ofMillis(Long.MAX_VALUE), e -> Duration.ZERO, () -> Duration.ZERO);
  }

  @Override
  public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
    return registrations.mapNotNull(all -> all.get(registrationId));
  }
}
