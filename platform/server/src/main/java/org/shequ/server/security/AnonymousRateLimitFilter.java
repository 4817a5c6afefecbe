package org.shequ.server.security;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Counts every request without credentials against its client's {@link ClientRateLimit}, before
 * Spring Security runs. Requests with credentials pass; those whose token is refused are counted
 * where the refusal is made. Kubernetes' probes are never limited: a 429 would restart the pod. Nor
 * are the console's static files: every page load fetches a dozen of them, all public and cheap,
 * and counting them would lock a user out after a few reloads (or a whole office behind one address
 * after a few minutes).
 */
@Component
class AnonymousRateLimitFilter implements WebFilter, Ordered {
  /** Before Spring Security's filter chain (-100). */
  static final int ORDER = -200;

  private final ClientRateLimit limit;

  AnonymousRateLimitFilter(ClientRateLimit limit) {
    this.limit = limit;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!limit.enabled()
        || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
        || isProbe(exchange.getRequest().getPath().value())) {
      return chain.filter(exchange);
    }
    return ConsoleFiles.MATCHER
        .matches(exchange)
        .flatMap(
            file ->
                file.isMatch()
                    ? chain.filter(exchange)
                    : limit
                        .take(exchange)
                        .map(wait -> limit.refuse(exchange, wait))
                        .orElseGet(() -> chain.filter(exchange)));
  }

  private static boolean isProbe(String path) {
    return path.equals("/actuator/health/liveness") || path.equals("/actuator/health/readiness");
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
