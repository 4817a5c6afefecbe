package org.shequ.server.security;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.shequ.server.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/v1/dev/token}: a token for any subject, tenant, roles and org unit, so the
 * embedded default can be tried without Keycloak. Answers loopback callers only, and only while the
 * embedded issuer is active; otherwise the route does not exist (404).
 */
@RestController
class DevTokenController {
  private final ObjectProvider<DevTokenIssuer> issuer;

  DevTokenController(ObjectProvider<DevTokenIssuer> issuer) {
    this.issuer = issuer;
  }

  /** What to put in the token. */
  record TokenRequest(String subject, String tenant, List<Role> roles, String orgUnit) {}

  @PostMapping("/api/v1/dev/token")
  Mono<Map<String, Object>> token(@RequestBody TokenRequest request, ServerWebExchange exchange) {
    DevTokenIssuer dev = issuer.getIfAvailable();
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    if (dev == null || remote == null || !remote.getAddress().isLoopbackAddress()) {
      throw Problems.notFound("route", "/api/v1/dev/token");
    }
    if (request.subject() == null || request.subject().isBlank()) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-token-request")
          .detailKey("invalid-token-request.subject")
          .field("subject", "required", "subject")
          .build();
    }
    if (request.roles() == null || request.roles().isEmpty()) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-token-request")
          .detailKey("invalid-token-request.roles")
          .field("roles", "required", "roles")
          .build();
    }
    // Signing reads the system's entropy source, which may block: keep it off the event loop.
    return Mono.fromCallable(
            () ->
                Map.<String, Object>of(
                    "access_token",
                    dev.issue(
                        request.subject(), request.tenant(), request.roles(), request.orgUnit()),
                    "token_type",
                    "Bearer",
                    "expires_in",
                    dev.ttlSeconds()))
        .subscribeOn(Schedulers.boundedElastic());
  }
}
