package org.shequ.server.member;

import java.util.List;
import org.shequ.server.security.DevTokenIssuer;
import org.shequ.server.security.LoopbackOnly;
import org.shequ.server.security.Role;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/dev/members}: the active members of every active tenant and of the platform,
 * for the embedded default's demo sign-in, which then asks {@code POST /api/v1/dev/token} for a
 * member's token. Like that route, it exists only while the embedded issuer is active and only for
 * requests from this machine to this machine ({@link LoopbackOnly}).
 */
@RestController
class DevMemberController {
  private static final int PER_SCOPE = 500;

  private final ObjectProvider<DevTokenIssuer> issuer;
  private final TenantRepository tenantRepository;
  private final MemberService members;

  DevMemberController(
      ObjectProvider<DevTokenIssuer> issuer,
      TenantRepository tenantRepository,
      MemberService members) {
    this.issuer = issuer;
    this.tenantRepository = tenantRepository;
    this.members = members;
  }

  /** A member one may sign in as. */
  record DevMember(
      String memberId,
      String username,
      String displayName,
      String tenant,
      List<Role> roles,
      List<Member.UnitRef> orgUnits) {}

  @GetMapping("/api/v1/dev/members")
  Flux<DevMember> members(ServerWebExchange exchange) {
    if (issuer.getIfAvailable() == null || !LoopbackOnly.accepts(exchange.getRequest())) {
      return Flux.error(Problems.notFound("route", "/api/v1/dev/members"));
    }
    MemberService.Query active =
        new MemberService.Query(
            new MemberStore.Filter(null, null, null, MemberStatus.ACTIVE), 0, PER_SCOPE);
    return tenantRepository
        .findAll()
        .filter(Tenant::active)
        .map(Tenant::id)
        .sort()
        .concatMap(t -> members.list(t, active))
        .concatWith(Mono.defer(() -> members.list(null, active)))
        .flatMapIterable(MemberStore.Page::items)
        .map(
            m ->
                new DevMember(
                    m.id().toString(),
                    m.username(),
                    m.displayName(),
                    m.tenant(),
                    m.roles(),
                    m.orgUnits()));
  }
}
