package org.shequ.server.security;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Leaves the development token route out of the OpenAPI document wherever the embedded issuer is
 * off: there it answers 404 to everyone, so a client must not be told it exists.
 */
@Component
class DevRoutesDocumentation implements OpenApiCustomizer {
  static final String DEV_ROUTES = "/api/v1/dev/";

  private final ObjectProvider<DevTokenIssuer> issuer;

  DevRoutesDocumentation(ObjectProvider<DevTokenIssuer> issuer) {
    this.issuer = issuer;
  }

  @Override
  public void customise(OpenAPI openApi) {
    if (issuer.getIfAvailable() != null || openApi.getPaths() == null) {
      return;
    }
    openApi.getPaths().keySet().removeIf(path -> path.startsWith(DEV_ROUTES));
    if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
      openApi.getComponents().getSchemas().remove("TokenRequest");
    }
  }
}
