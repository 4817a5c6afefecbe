package org.shequ.server.member;

import java.util.Optional;
import org.shequ.server.storage.ChannelFollower;
import org.shequ.server.storage.DatabaseChannels;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Follows membership changes made on any replica ({@code LISTEN shequ_member_change}): every
 * remembered membership is forgotten on each notification, and once after a lost connection is
 * back, so a change applies to the next request here too.
 */
@Component
class MemberChangeListener extends ChannelFollower {
  static final String CHANNEL = "shequ_member_change";

  private final MembershipResolver resolver;

  MemberChangeListener(DatabaseChannels channels, MembershipResolver resolver) {
    super(channels, CHANNEL);
    this.resolver = resolver;
  }

  @Override
  protected Mono<?> changed(Optional<String> table) {
    return Mono.fromRunnable(resolver::forgetAll);
  }
}
