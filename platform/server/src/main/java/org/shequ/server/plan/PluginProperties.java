package org.shequ.server.plan;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where plan plugins come from.
 *
 * @param pluginsDir directory of plugin jars ({@code SHEQU_PLUGINS_DIR}). Jars directly inside it
 *     are loaded (production layout); so are {@code <dir>/<module>/target/*.jar} build outputs, so
 *     that {@code ./plugins} of a fresh build works with no copying (development layout).
 */
@Validated
@ConfigurationProperties("shequ")
public record PluginProperties(@NotNull Path pluginsDir) {
  public PluginProperties {
    pluginsDir = pluginsDir == null ? Path.of("plugins") : pluginsDir;
  }
}
