package org.shequ.server.member;

import java.util.List;
import org.shequ.server.security.Role;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The active members of every active tenant (in tenant id order) and of the platform: whom the
 * embedded default's demo sign-in offers.
 */
@Component
public class ActiveMembers {
  private static final int PER_SCOPE = 500;

  private final TenantRepository tenants;
  private final MemberService members;

  ActiveMembers(TenantRepository tenants, MemberService members) {
    this.tenants = tenants;
    this.members = members;
  }

  /** A member one may sign in as. */
  public record Listed(
      String memberId,
      String username,
      String displayName,
      String tenant,
      List<Role> roles,
      List<Member.UnitRef> orgUnits) {}

  public Flux<Listed> all() {
    MemberService.Query active =
        new MemberService.Query(
            new MemberStore.Filter(null, null, null, MemberStatus.ACTIVE), 0, PER_SCOPE);
    return tenants
        .findAll()
        .filter(Tenant::active)
        .map(Tenant::id)
        .sort()
        .concatMap(t -> members.list(t, active))
        .concatWith(Mono.defer(() -> members.list(null, active)))
        .flatMapIterable(MemberStore.Page::items)
        .map(
            m ->
                new Listed(
                    m.id().toString(),
                    m.username(),
                    m.displayName(),
                    m.tenant(),
                    m.roles(),
                    m.orgUnits()));
  }
}
