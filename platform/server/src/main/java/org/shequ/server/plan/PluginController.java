package org.shequ.server.plan;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.shequ.server.security.Callers;
import org.shequ.server.web.Problems;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plugins for platform admins (the security configuration admits only {@code PLATFORM_ADMIN} under
 * {@code /api/v1/plugins}): what loaded and what was refused, and installing, upgrading, enabling,
 * disabling and deleting plugins at run time, on every replica.
 */
@RestController
@RequestMapping("/api/v1/plugins")
class PluginController {
  /** Plan plugins are small; a larger upload is refused before it is read whole. */
  private static final int MAX_JAR_BYTES = 32 * 1024 * 1024;

  private final PlanRegistry registry;
  private final PluginLifecycle lifecycle;

  PluginController(PlanRegistry registry, PluginLifecycle lifecycle) {
    this.registry = registry;
    this.lifecycle = lifecycle;
  }

  /** Every plugin jar found and whether it loaded; refused ones say why. */
  @GetMapping
  @Operation(
      operationId = "listPlugins",
      description =
          "Every plan plugin jar found in the plugins directory or installed through the API, with its plans, or the reasons it was refused (platform admins).",
      summary = "Every plugin jar found or installed, loaded or refused with its reasons")
  List<PluginReport> plugins() {
    return registry.reports();
  }

  /** The jars installed through the API (enabled or not), without their bytes. */
  @GetMapping("/installed")
  @Operation(
      operationId = "listInstalledPlugins",
      description =
          "Id, version, SHA-256, enabled, who installed it and when; without the jar's bytes (platform admins).",
      summary = "The jars installed through the API, enabled or not")
  Flux<InstalledPlugin> installed() {
    return lifecycle
        .installed()
        .map(
            j ->
                new InstalledPlugin(
                    j.pluginId(),
                    j.version(),
                    j.sha256(),
                    j.enabled(),
                    j.installedBy(),
                    j.installedAt()));
  }

  record InstalledPlugin(
      String pluginId,
      String version,
      String sha256,
      boolean enabled,
      String installedBy,
      java.time.OffsetDateTime installedAt) {}

  /**
   * Installs or upgrades a plugin from the multipart part {@code jar}; {@code confirm=true}
   * upgrades even when stored reports use fields the new version removes or retypes.
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = "installPlugin",
      summary = "Install or upgrade a plugin from the multipart part 'jar', served at once",
      description =
          "Checked as at start-up (422 plugin-refused with reasons). An upgrade that removes or"
              + " retypes a field stored reports hold is refused (409, listing the reports) unless"
              + " confirm=true. Every replica follows within seconds.")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<PluginReport> install(
      @RequestPart(name = "jar", required = false) FilePart jar,
      @RequestParam(defaultValue = "false") boolean confirm) {
    if (jar == null) {
      return Mono.error(Problems.badRequest("plugin-jar-missing"));
    }
    return Callers.current()
        .flatMap(
            caller ->
                DataBufferUtils.join(jar.content(), MAX_JAR_BYTES)
                    .onErrorMap(
                        DataBufferLimitException.class,
                        e ->
                            Problems.of(HttpStatus.CONTENT_TOO_LARGE, "plugin-jar-too-large")
                                .build())
                    .map(
                        buffer -> {
                          byte[] bytes = new byte[buffer.readableByteCount()];
                          buffer.read(bytes);
                          DataBufferUtils.release(buffer);
                          return bytes;
                        })
                    .flatMap(bytes -> lifecycle.install(bytes, confirm, caller.subject())));
  }

  @PostMapping("/{pluginId}/disable")
  @Operation(
      operationId = "disablePlugin",
      description =
          "The plugin stays installed; every replica stops serving its plans within seconds (platform admins).",
      summary = "Stop serving an installed plugin's plans; its reports stay readable")
  Mono<List<PluginReport>> disable(@PathVariable String pluginId) {
    return Callers.current()
        .flatMap(c -> lifecycle.setEnabled(pluginId, false, c.subject()))
        .then(Mono.fromSupplier(registry::reports));
  }

  @PostMapping("/{pluginId}/enable")
  @Operation(
      operationId = "enablePlugin",
      description = "Every replica serves its plans again within seconds (platform admins).",
      summary = "Serve an installed plugin's plans again")
  Mono<List<PluginReport>> enable(@PathVariable String pluginId) {
    return Callers.current()
        .flatMap(c -> lifecycle.setEnabled(pluginId, true, c.subject()))
        .then(Mono.fromSupplier(registry::reports));
  }

  @DeleteMapping("/{pluginId}")
  @Operation(
      operationId = "deletePlugin",
      description =
          "The jar is removed; plan versions it served and reports against them stay readable (platform admins).",
      summary = "Delete an installed plugin; its plan versions and reports are kept")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> delete(@PathVariable String pluginId) {
    return Callers.current().flatMap(c -> lifecycle.delete(pluginId, c.subject()));
  }
}
