package org.shequ.server.member;

import org.shequ.server.storage.DatabaseChannels;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Follows membership changes made on any replica ({@code LISTEN shequ_member_change} through {@link
 * DatabaseChannels}): every remembered membership is forgotten on each notification, and once after
 * a lost connection is back, so a change applies to the next request here too. While the connection
 * is down nothing is remembered longer than the cache's time to live.
 */
@Component
class MemberChangeListener implements SmartLifecycle {
  static final String CHANNEL = "shequ_member_change";

  private final DatabaseChannels channels;
  private final MembershipResolver resolver;
  private volatile Disposable subscription;

  MemberChangeListener(DatabaseChannels channels, MembershipResolver resolver) {
    this.channels = channels;
    this.resolver = resolver;
  }

  @Override
  public void start() {
    subscription = channels.follow(CHANNEL, change -> Mono.fromRunnable(resolver::forgetAll));
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
