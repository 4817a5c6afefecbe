package org.shequ.server.tenant;

import org.shequ.server.storage.DatabaseChannels;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Follows the tenant changes made on any replica ({@code LISTEN shequ_tenants}, announced by the
 * database's trigger on {@code tenant}): the cached registry is dropped on each, so the next
 * request reads it afresh.
 */
@Component
class TenantChangeListener implements SmartLifecycle {
  /** The channel the trigger {@code tenant_change_notified} announces on. */
  static final String CHANNEL = "shequ_tenants";

  private final DatabaseChannels channels;
  private final TenantRepository tenants;
  private volatile Disposable subscription;

  TenantChangeListener(DatabaseChannels channels, TenantRepository tenants) {
    this.channels = channels;
    this.tenants = tenants;
  }

  @Override
  public void start() {
    subscription = channels.follow(CHANNEL, change -> Mono.fromRunnable(tenants::forget));
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
