package org.shequ.server.security;

import org.shequ.server.web.EdgeProblems;
import org.shequ.server.web.ProblemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers what Spring Security's request firewall rejects (an encoded '.', '/', '\' or NUL in the
 * path, a malformed header, …) with a problem+json 400 instead of an empty one. Spring Security
 * picks this bean up for its filter chain.
 */
@Component
class FirewallRejections implements ServerExchangeRejectedHandler {
  private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejection) {
    log.debug("Request rejected by the firewall: {}", rejection.getMessage());
    return ProblemHandler.write(exchange, EdgeProblems.rejectedRequest(rejection.getMessage()));
  }
}
