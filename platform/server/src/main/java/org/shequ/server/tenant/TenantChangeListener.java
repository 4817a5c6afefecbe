package org.shequ.server.tenant;

import java.util.Optional;
import org.shequ.server.storage.ChannelFollower;
import org.shequ.server.storage.DatabaseChannels;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Follows the tenant changes made on any replica ({@code LISTEN shequ_tenants}, announced by the
 * database's trigger on {@code tenant}): the cached registry is dropped on each, so the next
 * request reads it afresh.
 */
@Component
class TenantChangeListener extends ChannelFollower {
  /** The channel the trigger {@code tenant_change_notified} announces on. */
  static final String CHANNEL = "shequ_tenants";

  private final TenantRepository tenants;

  TenantChangeListener(DatabaseChannels channels, TenantRepository tenants) {
    super(channels, CHANNEL);
    this.tenants = tenants;
  }

  @Override
  protected Mono<?> changed(Optional<String> tenant) {
    return Mono.fromRunnable(tenants::forget);
  }
}
