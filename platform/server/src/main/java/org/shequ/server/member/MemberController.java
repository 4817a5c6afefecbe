package org.shequ.server.member;

import java.util.UUID;
import org.shequ.server.security.Caller;
import org.shequ.server.security.Callers;
import org.shequ.server.security.Role;
import org.shequ.server.security.WriteAction;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The members of a tenant ({@code /api/v1/tenants/{t}/members}, region admins of that tenant and
 * platform admins; anyone else who may see the tenant gets 403, anyone who may not 404) and of the
 * platform ({@code /api/v1/platform/members}, platform admins only).
 */
@RestController
class MemberController {
  private static final int MAX_PAGE_SIZE = 500;

  private final MemberService members;
  private final TenantAccess access;

  MemberController(MemberService members, TenantAccess access) {
    this.members = members;
    this.access = access;
  }

  // --- a tenant's members ---

  @GetMapping("/api/v1/tenants/{tenant}/members")
  Mono<MemberStore.Page> list(
      @PathVariable String tenant,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) String orgUnit,
      @RequestParam(required = false) MemberStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    MemberService.Query query = query(q, role, orgUnit, status, page, size);
    return admin(tenant).then(members.list(tenant, query));
  }

  @PostMapping("/api/v1/tenants/{tenant}/members")
  Mono<ResponseEntity<Member>> add(
      @PathVariable String tenant, @RequestBody MemberService.AddMember body) {
    return admin(tenant)
        .flatMap(caller -> members.add(tenant, caller, body))
        .map(m -> ResponseEntity.status(HttpStatus.CREATED).body(m));
  }

  @GetMapping("/api/v1/tenants/{tenant}/members/{id}")
  Mono<Member> get(@PathVariable String tenant, @PathVariable String id) {
    UUID memberId = id(id);
    return admin(tenant).then(members.get(tenant, memberId));
  }

  @PatchMapping("/api/v1/tenants/{tenant}/members/{id}")
  Mono<Member> change(
      @PathVariable String tenant,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MemberService.ChangeMember body) {
    UUID memberId = id(id);
    Integer version = version(ifMatch);
    return admin(tenant).flatMap(c -> members.change(tenant, c, memberId, version, body));
  }

  @PostMapping("/api/v1/tenants/{tenant}/members/{id}/deactivate")
  Mono<Member> deactivate(@PathVariable String tenant, @PathVariable String id) {
    UUID memberId = id(id);
    return admin(tenant).flatMap(c -> members.deactivate(tenant, c, memberId));
  }

  @PostMapping("/api/v1/tenants/{tenant}/members/{id}/activate")
  Mono<Member> activate(@PathVariable String tenant, @PathVariable String id) {
    UUID memberId = id(id);
    return admin(tenant).flatMap(c -> members.activate(tenant, c, memberId));
  }

  @GetMapping("/api/v1/tenants/{tenant}/members/{id}/history")
  Flux<MemberService.Version> history(@PathVariable String tenant, @PathVariable String id) {
    UUID memberId = id(id);
    return admin(tenant).thenMany(members.history(tenant, memberId));
  }

  // --- the platform's members (the security configuration admits platform admins only) ---

  @GetMapping("/api/v1/platform/members")
  Mono<MemberStore.Page> platformList(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) MemberStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    MemberService.Query query = query(q, role, null, status, page, size);
    return platformAdmin().then(members.list(null, query));
  }

  @PostMapping("/api/v1/platform/members")
  Mono<ResponseEntity<Member>> platformAdd(@RequestBody MemberService.AddMember body) {
    return platformAdmin()
        .flatMap(caller -> members.add(null, caller, body))
        .map(m -> ResponseEntity.status(HttpStatus.CREATED).body(m));
  }

  @GetMapping("/api/v1/platform/members/{id}")
  Mono<Member> platformGet(@PathVariable String id) {
    UUID memberId = id(id);
    return platformAdmin().then(members.get(null, memberId));
  }

  @PatchMapping("/api/v1/platform/members/{id}")
  Mono<Member> platformChange(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MemberService.ChangeMember body) {
    UUID memberId = id(id);
    Integer version = version(ifMatch);
    return platformAdmin().flatMap(c -> members.change(null, c, memberId, version, body));
  }

  @PostMapping("/api/v1/platform/members/{id}/deactivate")
  Mono<Member> platformDeactivate(@PathVariable String id) {
    UUID memberId = id(id);
    return platformAdmin().flatMap(c -> members.deactivate(null, c, memberId));
  }

  @PostMapping("/api/v1/platform/members/{id}/activate")
  Mono<Member> platformActivate(@PathVariable String id) {
    UUID memberId = id(id);
    return platformAdmin().flatMap(c -> members.activate(null, c, memberId));
  }

  @GetMapping("/api/v1/platform/members/{id}/history")
  Flux<MemberService.Version> platformHistory(@PathVariable String id) {
    UUID memberId = id(id);
    return platformAdmin().thenMany(members.history(null, memberId));
  }

  /** The caller, if it manages the tenant's members: 404 if it may not see it, else 403. */
  private Mono<Caller> admin(String tenant) {
    return access.tenantWide(tenant, WriteAction.MANAGE_MEMBERS);
  }

  private static Mono<Caller> platformAdmin() {
    return Callers.current()
        .filter(c -> c.has(Role.PLATFORM_ADMIN))
        .switchIfEmpty(Mono.error(Problems::forbidden));
  }

  private static MemberService.Query query(
      String q, Role role, String orgUnit, MemberStatus status, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw Problems.badParameter("size", "paging", MAX_PAGE_SIZE);
    }
    String search = q == null || q.isBlank() ? null : q.strip();
    String unit = orgUnit == null || orgUnit.isBlank() ? null : orgUnit;
    return new MemberService.Query(new MemberStore.Filter(search, role, unit, status), page, size);
  }

  /** A member id; one that is no UUID names no member (404). */
  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw MemberProblems.notFound(id);
    }
  }

  /** The version an {@code If-Match} names ({@code 3}, {@code "3"} or {@code W/"3"}). */
  private static Integer version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw Problems.badParameter("If-Match", "member-version");
    }
  }
}
