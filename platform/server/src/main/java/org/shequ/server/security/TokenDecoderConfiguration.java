package org.shequ.server.security;

import org.shequ.server.storage.StorageProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Which tokens the server trusts. In production: the issuer (Keycloak) named by {@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri} or its JWKS by {@code jwk-set-uri}. In the
 * embedded default with neither configured: tokens signed with the key in the data directory.
 */
@Configuration(proxyBeanMethods = false)
class TokenDecoderConfiguration {

  @Bean
  @ConditionalOnProperty(name = "shequ.embedded-database.active", havingValue = "true")
  @ConditionalOnProperty(
      name = "shequ.security.dev-issuer",
      havingValue = "true",
      matchIfMissing = true)
  DevTokenIssuer devTokenIssuer(
      StorageProperties storage, SecurityProperties properties, Environment env) {
    if (env.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
        || env.containsProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")) {
      return null;
    }
    return new DevTokenIssuer(DevSigningKey.loadOrCreate(storage.dataDir()), properties);
  }

  @Bean
  @ConditionalOnMissingBean
  ReactiveJwtDecoder jwtDecoder(
      ObjectProvider<DevTokenIssuer> devIssuer, SecurityProperties properties, Environment env) {
    String issuer = env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    String jwks = env.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
    if (issuer != null && !issuer.isBlank()) {
      // Discovery and keys are fetched at the first token, not now: the server starts while
      // the issuer is down.
      return remembering(
          NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build(),
          TokenRules.withShequRules(JwtValidators.createDefaultWithIssuer(issuer)),
          issuer,
          properties);
    }
    if (jwks != null && !jwks.isBlank()) {
      return remembering(
          NimbusReactiveJwtDecoder.withJwkSetUri(jwks).build(),
          TokenRules.withShequRules(JwtValidators.createDefault()),
          jwks,
          properties);
    }
    DevTokenIssuer dev = devIssuer.getIfAvailable();
    if (dev == null) {
      throw new IllegalStateException(
          "no token issuer: set spring.security.oauth2.resourceserver.jwt.issuer-uri (or"
              + " jwk-set-uri) to your Keycloak realm");
    }
    return remembering(
        NimbusReactiveJwtDecoder.withPublicKey(dev.publicKey())
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .build(),
        TokenRules.withShequRules(JwtValidators.createDefaultWithIssuer(properties.devIssuerUri())),
        null,
        properties);
  }

  /**
   * {@code issuer} in {@code /actuator/health}: whether the configured issuer's keys can be
   * fetched. Not in the readiness or liveness group (application.yaml names their members).
   */
  @Bean
  @ConditionalOnExpression(
      "'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}' != ''"
          + " or '${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}' != ''")
  IssuerHealthIndicator issuerHealthIndicator(Environment env) {
    String issuer = env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    return new IssuerHealthIndicator(
        WebClient.create(),
        issuer == null || issuer.isBlank() ? null : issuer,
        env.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
  }

  /**
   * The console's client registrations, read at the first sign-in: Spring Boot's own would read an
   * {@code issuer-uri}'s discovery document at start-up, and stop it while the issuer is down.
   */
  @Bean
  @ConditionalOnOAuth2ClientRegistrationProperties
  ReactiveClientRegistrationRepository clientRegistrations(Environment env) {
    // Bound here: Spring Boot registers these properties only with its own repository.
    return new LazyClientRegistrations(
        Binder.get(env)
            .bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
            .orElseGet(OAuth2ClientProperties::new));
  }

  /**
   * The decoder checking tokens by {@code rules}, remembering the ones it verified; with a remote
   * {@code issuer}, one it cannot reach answers 503 rather than 401.
   */
  private static ReactiveJwtDecoder remembering(
      NimbusReactiveJwtDecoder decoder,
      OAuth2TokenValidator<Jwt> rules,
      String issuer,
      SecurityProperties properties) {
    decoder.setJwtValidator(rules);
    ReactiveJwtDecoder verifying =
        issuer == null ? decoder : new IssuerUnavailability(decoder, issuer);
    if (properties.verifiedTokenCache() <= 0) {
      return verifying;
    }
    return new VerifiedTokens(verifying, rules, properties.verifiedTokenCache());
  }
}
