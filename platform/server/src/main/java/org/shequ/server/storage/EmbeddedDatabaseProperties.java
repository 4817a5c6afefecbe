package org.shequ.server.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL of the default installation. Read before the application context exists
 * ({@link EmbeddedPostgresEnvironment}), and bound again with the other settings so it is checked
 * and described like them.
 *
 * @param enabled whether to start the embedded PostgreSQL when no {@code spring.r2dbc.url} is
 *     configured; its files live in {@code <shequ.data-dir>/postgres}. False makes a missing
 *     database URL a start-up error instead.
 * @param active set by Shequ itself (never by hand in production) while the embedded PostgreSQL
 *     serves this process; the development token issuer and the demo data exist only then
 * @param directory set by Shequ itself to the embedded PostgreSQL's data directory while it runs
 */
@Validated
@ConfigurationProperties(EmbeddedDatabaseProperties.PREFIX)
public record EmbeddedDatabaseProperties(Boolean enabled, boolean active, Path directory) {
  public static final String PREFIX = "shequ.embedded-database";

  public EmbeddedDatabaseProperties {
    enabled = enabled == null || enabled;
  }
}
