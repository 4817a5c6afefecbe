package org.shequ.server.security;

import org.shequ.server.storage.StorageProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

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
      return remembering(
          NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build(),
          TokenRules.withShequRules(JwtValidators.createDefaultWithIssuer(issuer)),
          properties);
    }
    if (jwks != null && !jwks.isBlank()) {
      return remembering(
          NimbusReactiveJwtDecoder.withJwkSetUri(jwks).build(),
          TokenRules.withShequRules(JwtValidators.createDefault()),
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
        properties);
  }

  /** The decoder checking tokens by {@code rules}, remembering the ones it verified. */
  private static ReactiveJwtDecoder remembering(
      NimbusReactiveJwtDecoder decoder,
      OAuth2TokenValidator<Jwt> rules,
      SecurityProperties properties) {
    decoder.setJwtValidator(rules);
    if (properties.verifiedTokenCache() <= 0) {
      return decoder;
    }
    return new VerifiedTokens(decoder, rules, properties.verifiedTokenCache());
  }
}
