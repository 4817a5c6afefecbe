package org.shequ.server.console;

import java.time.Instant;
import java.util.List;
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
 * the embedded default a demo user is chosen from the list the demo login page offers (from this
 * machine only, as that page).
 */
@RestController
class ConsoleSessionController {
  static final String IDENTITY = "shequ.console.identity";

  private final ObjectProvider<DevTokenIssuer> issuer;
  private final DemoUsers demoUsers;

  ConsoleSessionController(ObjectProvider<DevTokenIssuer> issuer, DemoUsers demoUsers) {
    this.issuer = issuer;
    this.demoUsers = demoUsers;
  }

  /** The ways to sign in here: the demo users (embedded default, local callers), or none. */
  record SignInOptions(List<DemoUsers.DemoUser> demo) {}

  /** A demo sign-in: the subject of one of the listed demo users. */
  record DemoSignIn(String subject) {}

  @GetMapping("/console/sign-in/options")
  Mono<SignInOptions> options(ServerWebExchange exchange) {
    if (!demoAvailable(exchange)) {
      return Mono.just(new SignInOptions(null));
    }
    return demoUsers.all().map(SignInOptions::new);
  }

  @PostMapping("/console/sign-in/demo")
  Mono<ResponseEntity<Void>> signInDemo(@RequestBody DemoSignIn body, ServerWebExchange exchange) {
    if (!demoAvailable(exchange)) {
      return Mono.error(Problems.notFound("route", "/console/sign-in/demo"));
    }
    return demoUsers
        .find(body.subject())
        .switchIfEmpty(Mono.error(() -> Problems.notFound("demo-user", body.subject())))
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
        .map(s -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(s))
        .switchIfEmpty(Mono.error(Problems::unauthorized));
  }

  @PostMapping("/console/sign-out")
  Mono<ResponseEntity<SignedOut>> signOut(ServerWebExchange exchange) {
    return exchange
        .getSession()
        .flatMap(WebSession::invalidate)
        .thenReturn(
            ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new SignedOut("/")));
  }

  /** Where the page goes after signing out. */
  record SignedOut(String redirect) {}

  private boolean demoAvailable(ServerWebExchange exchange) {
    return issuer.getIfAvailable() != null && LoopbackOnly.accepts(exchange.getRequest());
  }

  /** A new session id at sign-in, so an id planted before it is worth nothing after. */
  private static Mono<Void> startSession(WebSession session, DemoUsers.DemoUser user) {
    return session
        .changeSessionId()
        .then(
            Mono.fromRunnable(
                () ->
                    session
                        .getAttributes()
                        .put(
                            IDENTITY,
                            new ConsoleIdentity(
                                user.subject(),
                                user.tenant(),
                                List.of(user.role()),
                                user.orgUnit()))));
  }

  /** Signing reads the system's random source: off the event loop. */
  private Mono<ConsoleSession> signedDemoSession(ConsoleIdentity identity) {
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
        Instant.now().plusSeconds(tokens.ttlSeconds()));
  }
}
