package org.shequ.server.security;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

/** The {@link Caller} of the current request. */
public final class Callers {
  private Callers() {}

  /** The authenticated caller; empty for an anonymous request. */
  public static Mono<Caller> current() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(c -> c.getAuthentication())
        .filter(a -> a.getPrincipal() instanceof Caller)
        .map(a -> (Caller) a.getPrincipal());
  }
}
