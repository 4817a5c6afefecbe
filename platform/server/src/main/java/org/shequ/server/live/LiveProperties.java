package org.shequ.server.live;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How report changes are heard from PostgreSQL and pushed to open dashboards.
 *
 * @param keepAlive how often an open event stream gets a {@code :keep-alive} comment when nothing
 *     else is sent, so proxies and load balancers that close idle connections keep it open. Default
 *     15 s, under the 30–60 s idle timeouts common in proxies.
 * @param reconnectBackoff the first pause before the {@code LISTEN} connection is opened again
 *     after it was lost (e.g. PostgreSQL restarted); each further failure doubles it, with jitter.
 *     Default 1 s.
 * @param reconnectBackoffMax the longest pause between two attempts to reopen the {@code LISTEN}
 *     connection. Default 30 s.
 * @param connectionCheck how often the {@code LISTEN} connection is asked for a round trip, so a
 *     connection that died silently (a dropped network path sends no error) is noticed and
 *     replaced. Default 30 s.
 * @param subscriberBuffer events kept for one subscriber that reads slower than changes come before
 *     its oldest are dropped; an event only tells it to re-read, so losing old ones costs nothing
 *     once a newer one arrives, and a slow client never holds up the others. Default 256.
 */
@Validated
@ConfigurationProperties("shequ.live")
public record LiveProperties(
    Duration keepAlive,
    Duration reconnectBackoff,
    Duration reconnectBackoffMax,
    Duration connectionCheck,
    @Min(1) @Max(100_000) Integer subscriberBuffer) {
  public LiveProperties {
    keepAlive = positive(keepAlive, Duration.ofSeconds(15));
    reconnectBackoff = positive(reconnectBackoff, Duration.ofSeconds(1));
    reconnectBackoffMax = positive(reconnectBackoffMax, Duration.ofSeconds(30));
    connectionCheck = positive(connectionCheck, Duration.ofSeconds(30));
    subscriberBuffer = subscriberBuffer == null ? 256 : subscriberBuffer;
  }

  private static Duration positive(Duration given, Duration otherwise) {
    if (given == null) {
      return otherwise;
    }
    if (given.isNegative() || given.isZero()) {
      throw new IllegalArgumentException("shequ.live durations must be positive: " + given);
    }
    return given;
  }
}
