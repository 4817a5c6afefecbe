package org.shequ.server.web;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request its trace id ({@link TraceIds}) before any other filter can answer it: the
 * response names it in {@code X-Trace-Id}, and the Reactor context carries it for log lines written
 * on other threads ({@link #inLog}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TraceIdFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String traceId = TraceIds.of(exchange);
    exchange.getResponse().getHeaders().set(TraceIds.HEADER, traceId);
    return chain.filter(exchange).contextWrite(Context.of(TraceIds.LOG_KEY, traceId));
  }

  /** Runs {@code log} with the exchange's trace id in the MDC, so the log line carries it. */
  public static void inLog(ServerWebExchange exchange, Runnable log) {
    try (MDC.MDCCloseable ignored = MDC.putCloseable(TraceIds.LOG_KEY, TraceIds.of(exchange))) {
      log.run();
    }
  }
}
