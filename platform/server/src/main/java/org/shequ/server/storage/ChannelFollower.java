package org.shequ.server.storage;

import java.util.Optional;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * A cache or registry that follows one {@link DatabaseChannels} channel while the application runs:
 * it starts listening when the context starts and stops when it stops (or is paused), so a follower
 * only says what a change means to it.
 */
public abstract class ChannelFollower implements SmartLifecycle {
  private final DatabaseChannels channels;
  private final String channel;
  private volatile Disposable subscription;

  protected ChannelFollower(DatabaseChannels channels, String channel) {
    this.channels = channels;
    this.channel = channel;
  }

  /**
   * Called on each notification with its payload, and with an empty one after a lost connection is
   * back; one call at a time, on an event-loop thread: it must not block.
   */
  protected abstract Mono<?> changed(Optional<String> payload);

  @Override
  public void start() {
    subscription = channels.follow(channel, this::changed);
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
