package org.shequ.server.member;

import io.swagger.v3.oas.annotations.Operation;
import org.shequ.server.security.DevTokenIssuer;
import org.shequ.server.security.LoopbackOnly;
import org.shequ.server.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/v1/dev/members}: the active members of every active tenant and of the platform,
 * for the embedded default's demo sign-in, which then asks {@code POST /api/v1/dev/token} for a
 * member's token. Like that route, it exists only while the embedded issuer is active and only for
 * requests from this machine to this machine ({@link LoopbackOnly}).
 */
@RestController
class DevMemberController {
  private final ObjectProvider<DevTokenIssuer> issuer;
  private final ActiveMembers members;

  DevMemberController(ObjectProvider<DevTokenIssuer> issuer, ActiveMembers members) {
    this.issuer = issuer;
    this.members = members;
  }

  @Operation(
      operationId = "listDevMembers",
      summary = "The members to sign in as (embedded default only)",
      description =
          "Active members of every tenant and of the platform, for the demo sign-in; only from this machine to this machine, and absent (404) wherever the embedded issuer is off.")
  @GetMapping("/api/v1/dev/members")
  Flux<ActiveMembers.Listed> members(ServerWebExchange exchange) {
    if (issuer.getIfAvailable() == null || !LoopbackOnly.accepts(exchange.getRequest())) {
      return Flux.error(Problems.notFound("route", "/api/v1/dev/members"));
    }
    return members.all();
  }
}
