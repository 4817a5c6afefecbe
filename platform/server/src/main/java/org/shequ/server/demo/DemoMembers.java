package org.shequ.server.demo;

import org.shequ.server.member.MemberSeeds;
import org.shequ.server.security.Role;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The demo users become members of the embedded default, bound to its token issuer with subject =
 * username, so the demo sign-in picks among members and a membership (not a token's claims) places
 * each of them. Each start adds only those still missing.
 */
@Component
class DemoMembers {
  private final DemoUsers users;
  private final MemberSeeds seeds;

  DemoMembers(DemoUsers users, MemberSeeds seeds) {
    this.users = users;
    this.seeds = seeds;
  }

  /** The tenant's demo region admin and reporter. */
  Mono<Void> seed(String tenantId) {
    return users
        .all()
        .flatMapIterable(list -> list)
        .filter(u -> tenantId.equals(u.tenant()))
        .concatMap(
            u ->
                seeds.ensure(
                    u.tenant(), u.subject(), u.label(), Role.valueOf(u.role()), u.orgUnit()))
        .then();
  }

  /** The national analyst and the platform admin. */
  Mono<Void> seedStaff() {
    return users
        .all()
        .flatMapIterable(list -> list)
        .filter(u -> u.tenant() == null)
        .concatMap(u -> seeds.ensure(null, u.subject(), u.label(), Role.valueOf(u.role()), null))
        .then();
  }
}
