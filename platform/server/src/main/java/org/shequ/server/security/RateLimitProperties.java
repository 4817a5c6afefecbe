package org.shequ.server.security;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The rate limit on requests without a token and on requests whose token is refused, per client
 * address (IPv6 clients per /64 network). Requests with a valid token are never limited by it.
 *
 * @param enabled whether the limit applies at all
 * @param requests how many such requests one client may make per {@code period}, and at most at
 *     once (a client that waited a whole period may send this many in a burst)
 * @param period the time in which {@code requests} are granted again, refilled evenly
 * @param maxClients how many client addresses are tracked at once; beyond that the least recently
 *     seen are forgotten, so memory stays bounded whatever the number of addresses calling
 */
@Validated
@ConfigurationProperties("shequ.rate-limit")
public record RateLimitProperties(
    Boolean enabled, @Positive Integer requests, Duration period, @Positive Integer maxClients) {
  public RateLimitProperties {
    enabled = enabled == null || enabled;
    requests = requests == null ? 300 : requests;
    period = period == null ? Duration.ofMinutes(1) : period;
    maxClients = maxClients == null ? 100_000 : maxClients;
  }
}
