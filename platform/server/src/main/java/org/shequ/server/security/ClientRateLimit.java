package org.shequ.server.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.shequ.server.web.EdgeProblems;
import org.shequ.server.web.ProblemHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One token bucket per client address for requests that carry no valid token: each such request
 * takes a token, and a client with none left gets 429 with {@code Retry-After}. The buckets live in
 * a bounded cache; a bucket unused for a whole period would be full again, so it is dropped then.
 */
@Component
public class ClientRateLimit {
  private final RateLimitProperties properties;
  private final LoadingCache<String, Bucket> buckets;

  ClientRateLimit(RateLimitProperties properties) {
    this.properties = properties;
    Bandwidth allowance =
        Bandwidth.builder()
            .capacity(properties.requests())
            .refillGreedy(properties.requests(), properties.period())
            .build();
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(properties.maxClients())
            .expireAfterAccess(properties.period())
            .build(client -> Bucket.builder().addLimit(allowance).build());
  }

  boolean enabled() {
    return properties.enabled();
  }

  /** Takes one request from the caller's allowance; the wait before the next, if none was left. */
  Optional<Duration> take(ServerWebExchange exchange) {
    if (!properties.enabled()) {
      return Optional.empty();
    }
    ConsumptionProbe probe =
        buckets
            .get(client(exchange.getRequest().getRemoteAddress()))
            .tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Answers 429 problem+json, saying in {@code Retry-After} when to try again. */
  Mono<Void> refuse(ServerWebExchange exchange, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    return ProblemHandler.write(exchange, EdgeProblems.tooManyRequests(seconds));
  }

  /** {@code refusal} for a refused token, unless the client has failed too often: then 429. */
  ServerAuthenticationEntryPoint countingFailures(ServerAuthenticationEntryPoint refusal) {
    return (exchange, e) ->
        take(exchange)
            .map(wait -> refuse(exchange, wait))
            .orElseGet(() -> refusal.commence(exchange, e));
  }

  /** The key of a client: its IPv4 address, or its IPv6 /64 network (one host's usual share). */
  static String client(InetSocketAddress remote) {
    if (remote == null || remote.getAddress() == null) {
      return "unknown";
    }
    InetAddress address = remote.getAddress();
    if (address instanceof Inet6Address) {
      return Arrays.toString(Arrays.copyOf(address.getAddress(), 8)) + "/64";
    }
    return address.getHostAddress();
  }
}
