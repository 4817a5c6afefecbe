package org.shequ.server.console;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shequ.server.demo.DemoUsers;
import org.shequ.server.security.DevTokenIssuer;
import org.shequ.server.security.LoopbackOnly;
import org.shequ.server.security.Role;
import org.shequ.server.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The console's sign-in session. The browser holds only an HttpOnly session cookie; {@code GET
 * /console/session} hands the page a bearer token for the API, which the page keeps in memory. In
 * the embedded default a member (from {@code GET /api/v1/dev/members}) or a demo user is chosen,
 * from this machine only, as on the demo login page; a member's session names the member alone.
 */
@RestController
class ConsoleSessionController {
  static final String IDENTITY = "shequ.console.identity";

  private final ObjectProvider<DevTokenIssuer> issuer;
  private final DemoUsers demoUsers;
  private final OidcSignIn oidc;

  ConsoleSessionController(
      ObjectProvider<DevTokenIssuer> issuer, DemoUsers demoUsers, OidcSignIn oidc) {
    this.issuer = issuer;
    this.demoUsers = demoUsers;
    this.oidc = oidc;
  }

  /**
   * The ways to sign in here: the demo users (embedded default, local callers), the configured
   * OpenID Connect issuer, both or none.
   */
  record SignInOptions(List<DemoUsers.DemoUser> demo, OidcOption oidc) {}

  /** Where the browser goes to sign in with the issuer. */
  record OidcOption(String url) {}

  /**
   * A demo sign-in: the subject of one of the listed demo users, or the id of a member from {@code
   * GET /api/v1/dev/members}.
   */
  record DemoSignIn(String subject, String memberId) {}

  @GetMapping("/console/sign-in/options")
  Mono<SignInOptions> options(ServerWebExchange exchange) {
    Mono<Optional<OidcOption>> issuerOption =
        oidc.authorizationPath()
            .map(OidcOption::new)
            .map(Optional::of)
            .defaultIfEmpty(Optional.empty());
    Mono<Optional<List<DemoUsers.DemoUser>>> demo =
        demoAvailable(exchange) ? demoUsers.all().map(Optional::of) : Mono.just(Optional.empty());
    return Mono.zip(demo, issuerOption)
        .map(both -> new SignInOptions(both.getT1().orElse(null), both.getT2().orElse(null)));
  }

  @PostMapping("/console/sign-in/demo")
  Mono<ResponseEntity<Void>> signInDemo(@RequestBody DemoSignIn body, ServerWebExchange exchange) {
    if (!demoAvailable(exchange)) {
      return Mono.error(Problems.notFound("route", "/console/sign-in/demo"));
    }
    if (body.memberId() != null && !body.memberId().isBlank()) {
      // Whether the member exists and is active is the embedded issuer's to say when the page asks
      // for the member's token: a deactivated member is refused there, on every reload.
      return exchange
          .getSession()
          .flatMap(session -> startSession(session, ConsoleIdentity.member(body.memberId())))
          .thenReturn(ResponseEntity.noContent().build());
    }
    return demoUsers
        .find(body.subject())
        .switchIfEmpty(Mono.error(() -> Problems.notFound("demo-user", body.subject())))
        .map(ConsoleSessionController::identityOf)
        .zipWith(exchange.getSession())
        .flatMap(found -> startSession(found.getT2(), found.getT1()))
        .thenReturn(ResponseEntity.noContent().build());
  }

  @GetMapping("/console/session")
  Mono<ResponseEntity<ConsoleSession>> session(ServerWebExchange exchange) {
    return exchange
        .getSession()
        .mapNotNull(s -> s.<ConsoleIdentity>getAttribute(IDENTITY))
        .filter(identity -> issuer.getIfAvailable() != null)
        .flatMap(this::signedDemoSession)
        .switchIfEmpty(Mono.defer(() -> oidc.currentSession(exchange)))
        .map(s -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(s))
        .switchIfEmpty(Mono.error(Problems::unauthorized));
  }

  @PostMapping("/console/sign-out")
  Mono<ResponseEntity<SignedOut>> signOut(ServerWebExchange exchange) {
    // The issuer's logout URL needs the session's ID token: read it before the session goes.
    Mono<String> redirect = oidc.endSessionUrl(exchange).map(URI::toString).defaultIfEmpty("/");
    return redirect.flatMap(
        to ->
            exchange
                .getSession()
                .flatMap(WebSession::invalidate)
                .thenReturn(
                    ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body(new SignedOut(to))));
  }

  /**
   * Where the page goes after signing out: {@code /}, or after an OIDC sign-in the issuer's
   * end-session URL (which sends the browser back to {@code /}), so the issuer's session ends too.
   */
  record SignedOut(String redirect) {}

  private boolean demoAvailable(ServerWebExchange exchange) {
    return issuer.getIfAvailable() != null && LoopbackOnly.accepts(exchange.getRequest());
  }

  /** A new session id at sign-in, so an id planted before it is worth nothing after. */
  private static Mono<Void> startSession(WebSession session, ConsoleIdentity identity) {
    return session
        .changeSessionId()
        .then(Mono.fromRunnable(() -> session.getAttributes().put(IDENTITY, identity)));
  }

  private static ConsoleIdentity identityOf(DemoUsers.DemoUser user) {
    return new ConsoleIdentity(
        user.subject(), user.tenant(), List.of(user.role()), user.orgUnit(), null);
  }

  /** Signing reads the system's random source: off the event loop. */
  private Mono<ConsoleSession> signedDemoSession(ConsoleIdentity identity) {
    if (identity.isMember()) {
      return Mono.just(
          new ConsoleSession(
              null, null, List.of(), null, "member", null, null, identity.memberId()));
    }
    return Mono.fromCallable(() -> demoSession(identity)).subscribeOn(Schedulers.boundedElastic());
  }

  private ConsoleSession demoSession(ConsoleIdentity identity) {
    DevTokenIssuer tokens = issuer.getObject();
    String token =
        tokens.issue(
            identity.subject(),
            identity.tenant(),
            identity.roles().stream().map(Role::valueOf).toList(),
            identity.orgUnit());
    return new ConsoleSession(
        identity.subject(),
        identity.tenant(),
        identity.roles(),
        identity.orgUnit(),
        "demo",
        token,
        Instant.now().plusSeconds(tokens.ttlSeconds()),
        null);
  }
}
