package org.shequ.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The OpenAPI document served at {@code /v3/api-docs}: what it is and how callers authenticate.
 * With an issuer configured ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) the
 * document names it as an OpenID Connect scheme, so a client can discover its endpoints.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {
  static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

  @Bean
  OpenAPI shequOpenApi(Environment environment) {
    String issuer = environment.getProperty(ISSUER_PROPERTY);
    Components components =
        new Components()
            .addSecuritySchemes(
                "bearer",
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description(
                        "An access token of the configured OpenID Connect issuer (Keycloak),"
                            + " sent as Authorization: Bearer. Its tenant, org_unit and roles"
                            + " claims (or Shequ's member records) say what the caller may do."));
    OpenAPI document =
        new OpenAPI()
            .info(new Info().title("Shequ 社区 API").version("v1").description(description(issuer)))
            // Relative: the document holds wherever the server is reached.
            .servers(List.of(new Server().url("/").description("This server")))
            .components(components)
            .addSecurityItem(new SecurityRequirement().addList("bearer"));
    if (StringUtils.hasText(issuer)) {
      components.addSecuritySchemes(
          "oidc",
          new SecurityScheme()
              .type(SecurityScheme.Type.OPENIDCONNECT)
              .openIdConnectUrl(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration")
              .description(
                  "The issuer's discovery document: people sign in by the authorization code"
                      + " flow with PKCE (the console's public client); service accounts take"
                      + " a token by the client credentials flow of a confidential client."));
      document.addSecurityItem(new SecurityRequirement().addList("oidc"));
    }
    return document;
  }

  private static String description(String issuer) {
    String signIn =
        StringUtils.hasText(issuer)
            ? " Tokens come from the OpenID Connect issuer " + issuer + "."
            : " Without a configured issuer the embedded default signs its own tokens: POST"
                + " /api/v1/dev/token (loopback callers only).";
    return "Community governance plans as live software: plans (public), tenants, org units,"
        + " reports, progress and national comparison. Errors are RFC 9457 problem+json in"
        + " Chinese or English by Accept-Language."
        + signIn
        + " Operations with an empty security list are public.";
  }
}
