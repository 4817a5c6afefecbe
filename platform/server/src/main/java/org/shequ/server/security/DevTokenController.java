package org.shequ.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
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
 * embedded default can be tried without Keycloak. Answers only requests from this machine to this
 * machine ({@link LoopbackOnly}), and only while the embedded issuer is active; to anyone else the
 * route does not exist (404, as where no issuer is active: a 403 would tell a DNS-rebinding page or
 * a proxied caller that a token issuer is there to be reached another way).
 */
@RestController
class DevTokenController {
  private final ObjectProvider<DevTokenIssuer> issuer;
  private final ObjectProvider<Memberships> memberships;
  private final SecurityProperties properties;

  DevTokenController(
      ObjectProvider<DevTokenIssuer> issuer,
      ObjectProvider<Memberships> memberships,
      SecurityProperties properties) {
    this.issuer = issuer;
    this.memberships = memberships;
    this.properties = properties;
  }

  /**
   * What to put in the token: a member ({@code memberId}, whose membership then places the caller)
   * or, with no member, a subject and the claims to give it.
   */
  record TokenRequest(
      String subject, String tenant, List<Role> roles, String orgUnit, String memberId) {}

  // The body is read only after the caller is known to be local, so nobody else learns from a 400
  // that the route exists.
  @PostMapping("/api/v1/dev/token")
  @SecurityRequirements
  @Operation(
      operationId = "issueDevToken",
      summary = "A development token (embedded default, loopback callers only)",
      description =
          "Signs a token for any subject, tenant, roles and org unit. Exists only while the embedded issuer is active, and only for callers on this machine.")
  Mono<Map<String, Object>> token(
      @RequestBody Mono<TokenRequest> body, ServerWebExchange exchange) {
    DevTokenIssuer dev = issuer.getIfAvailable();
    if (dev == null || !LoopbackOnly.accepts(exchange.getRequest())) {
      return Mono.error(Problems.notFound("route", "/api/v1/dev/token"));
    }
    return body.flatMap(
        request -> request.memberId() != null ? member(dev, request) : issue(dev, request));
  }

  /** A token of the member's identity, with no tenant or roles claims: its membership counts. */
  private Mono<Map<String, Object>> member(DevTokenIssuer dev, TokenRequest request) {
    Memberships members = memberships.getIfAvailable();
    Mono<String> subject =
        members == null
            ? Mono.empty()
            : members.subjectOf(request.memberId(), properties.devIssuerUri());
    return subject
        .switchIfEmpty(
            Mono.error(
                () ->
                    Problems.of(HttpStatus.BAD_REQUEST, "invalid-token-request")
                        .detailKey("invalid-token-request.member")
                        .field("memberId", "invalid-value")
                        .build()))
        .flatMap(s -> signed(dev, s, null, List.of(), null));
  }

  private static Mono<Map<String, Object>> issue(DevTokenIssuer dev, TokenRequest request) {
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
    return signed(dev, request.subject(), request.tenant(), request.roles(), request.orgUnit());
  }

  private static Mono<Map<String, Object>> signed(
      DevTokenIssuer dev, String subject, String tenant, List<Role> roles, String orgUnit) {
    // Signing reads the system's entropy source, which may block: keep it off the event loop.
    return Mono.fromCallable(
            () ->
                Map.<String, Object>of(
                    "access_token",
                    dev.issue(subject, tenant, roles, orgUnit),
                    "token_type",
                    "Bearer",
                    "expires_in",
                    dev.ttlSeconds()))
        .subscribeOn(Schedulers.boundedElastic());
  }
}
