package org.shequ.server.member;

import java.util.List;
import java.util.Set;
import org.shequ.server.security.Caller;
import org.shequ.server.security.Role;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Members the server adds by itself: the demo users of the embedded default. Adding is idempotent
 * by username, so every start may ask again.
 */
@Component
public class MemberSeeds {
  /** Who the versions of seeded members name as their author. */
  static final String SEEDER = "demo-data";

  private static final Caller SYSTEM =
      new Caller(SEEDER, null, Set.of(Role.PLATFORM_ADMIN), Set.of(), null, Caller.Source.CLAIMS);

  private final MemberService members;

  MemberSeeds(MemberService members) {
    this.members = members;
  }

  /**
   * Adds the member unless the tenant (null: the platform) has one of that username already; true
   * when added.
   */
  public Mono<Boolean> ensure(
      String tenant, String username, String displayName, Role role, String orgUnit) {
    MemberService.AddMember body =
        new MemberService.AddMember(
            username,
            null,
            displayName,
            List.of(role),
            orgUnit == null ? List.of() : List.of(orgUnit),
            false);
    return members
        .add(tenant, SYSTEM, body)
        .thenReturn(true)
        .onErrorResume(
            e -> e instanceof org.shequ.server.web.ApiProblem p && p.status().value() == 409,
            e -> Mono.just(false));
  }
}
