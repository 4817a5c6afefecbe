package org.shequ.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document served at {@code /v3/api-docs}: what it is and how callers authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

  @Bean
  OpenAPI shequOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Shequ 社区 API")
                .version("v1")
                .description(
                    "Community governance plans as live software: plans (public), tenants, org"
                        + " units, reports, progress and national comparison. Errors are RFC 9457"
                        + " problem+json in Chinese or English by Accept-Language."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
