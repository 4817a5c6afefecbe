package org.shequ.server.plan;

import java.util.Optional;
import org.shequ.server.storage.ChannelFollower;
import org.shequ.server.storage.DatabaseChannels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Follows the plugin changes made on any replica ({@code LISTEN shequ_plugins}) and reloads the
 * whole plugin set on each, and once after a lost connection is back.
 */
@Component
class PluginChangeListener extends ChannelFollower {
  private static final Logger log = LoggerFactory.getLogger(PluginChangeListener.class);

  private final PluginLifecycle lifecycle;

  PluginChangeListener(DatabaseChannels channels, PluginLifecycle lifecycle) {
    super(channels, PluginJarStore.CHANNEL);
    this.lifecycle = lifecycle;
  }

  @Override
  protected Mono<?> changed(Optional<String> pluginId) {
    log.info("Plugin {} changed: reloading plugins", pluginId.orElse("(any, reconnected)"));
    return lifecycle.reload();
  }
}
