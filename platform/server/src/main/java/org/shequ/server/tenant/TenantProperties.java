package org.shequ.server.tenant;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param tenantsDir directory of tenant descriptors, one {@code <id>.yaml} per region ({@code
 *     SHEQU_TENANTS_DIR}); applied at every start-up
 */
@Validated
@ConfigurationProperties("shequ")
public record TenantProperties(@NotNull Path tenantsDir) {
  public TenantProperties {
    tenantsDir = tenantsDir == null ? Path.of("tenants") : tenantsDir;
  }
}
