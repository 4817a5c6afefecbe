package org.shequ.server.plan;

import org.shequ.server.storage.DatabaseChannels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

/**
 * Follows the plugin changes made on any replica ({@code LISTEN shequ_plugins}) and reloads the
 * whole plugin set on each, and once after a lost connection is back.
 */
@Component
class PluginChangeListener implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(PluginChangeListener.class);

  private final DatabaseChannels channels;
  private final PluginLifecycle lifecycle;
  private volatile Disposable subscription;

  PluginChangeListener(DatabaseChannels channels, PluginLifecycle lifecycle) {
    this.channels = channels;
    this.lifecycle = lifecycle;
  }

  @Override
  public void start() {
    subscription =
        channels.follow(
            PluginJarStore.CHANNEL,
            pluginId -> {
              log.info(
                  "Plugin {} changed: reloading plugins", pluginId.orElse("(any, reconnected)"));
              return lifecycle.reload();
            });
  }

  @Override
  public void stop() {
    Disposable s = subscription;
    if (s != null) {
      s.dispose();
    }
  }

  @Override
  public boolean isRunning() {
    Disposable s = subscription;
    return s != null && !s.isDisposed();
  }
}
