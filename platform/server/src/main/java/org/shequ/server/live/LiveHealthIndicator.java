package org.shequ.server.live;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this replica hears report changes ({@code live} in {@code /actuator/health}): UP while
 * its {@code LISTEN} connection is in place, UNKNOWN while it is being reopened. Never DOWN: the
 * API answers correctly without it (dashboards just miss pushes until it is back), so it must not
 * take the replica out of service; the details say since when and why.
 */
@Component("liveHealthIndicator")
class LiveHealthIndicator implements HealthIndicator {
  private final ReportChangeFeed feed;

  LiveHealthIndicator(ReportChangeFeed feed) {
    this.feed = feed;
  }

  @Override
  public Health health() {
    ReportChangeFeed.Listening l = feed.listening();
    Health.Builder health = l.listening() ? Health.up() : Health.unknown();
    health
        .withDetail("listening", l.listening())
        .withDetail("since", l.since().toString())
        .withDetail("channel", ReportChangeListener.CHANNEL)
        .withDetail("connections", l.sessions());
    if (l.reason() != null) {
      health.withDetail("reason", l.reason());
    }
    return health.build();
  }
}
