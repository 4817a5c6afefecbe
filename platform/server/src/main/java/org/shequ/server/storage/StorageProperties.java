package org.shequ.server.storage;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Shequ keeps its local state in the embedded default.
 *
 * @param dataDir the data directory ({@code SHEQU_DATA_DIR}); holds the embedded PostgreSQL's files
 *     and the development token-signing key. Default {@code ./data}.
 */
@Validated
@ConfigurationProperties("shequ")
public record StorageProperties(@NotNull Path dataDir) {
  public StorageProperties {
    dataDir = dataDir == null ? Path.of("data") : dataDir;
  }
}
