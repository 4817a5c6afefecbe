package org.shequ.server.member;

import io.swagger.v3.oas.annotations.Operation;
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

  @Operation(
      operationId = "listMembers",
      summary = "A tenant's members (region admins)",
      description =
          "Searched by username, name or e-mail and filtered by role, org unit and status, a page at a time; region admins of the tenant and platform admins.")
  @GetMapping("/api/v1/tenants/{tenantId}/members")
  Mono<MemberStore.Page> list(
      @PathVariable("tenantId") String tenant,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) String orgUnit,
      @RequestParam(required = false) MemberStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    MemberService.Query query = query(q, role, orgUnit, status, page, size);
    return admin(tenant).then(members.list(tenant, query));
  }

  @Operation(
      operationId = "addMember",
      summary = "Add a member to a tenant (region admins)",
      description =
          "By username or e-mail as the identity provider knows it, with the tenant roles and, for reporters, the org units it covers. In the embedded default it can sign in at once; with an external identity provider it is INVITED with a code and binds at its first sign-in. A role above the caller's own is refused (403), a unit outside the tenant too (422).")
  @PostMapping("/api/v1/tenants/{tenantId}/members")
  Mono<ResponseEntity<Member>> add(
      @PathVariable("tenantId") String tenant, @RequestBody MemberService.AddMember body) {
    return admin(tenant)
        .flatMap(caller -> members.add(tenant, caller, body))
        .map(m -> ResponseEntity.status(HttpStatus.CREATED).body(m));
  }

  @Operation(
      operationId = "getMember",
      summary = "One member of a tenant",
      description = "Its identity, roles, org units, status and version (for If-Match).")
  @GetMapping("/api/v1/tenants/{tenantId}/members/{memberId}")
  Mono<Member> get(@PathVariable("tenantId") String tenant, @PathVariable("memberId") String id) {
    UUID memberId = id(id);
    return admin(tenant).then(members.get(tenant, memberId));
  }

  @Operation(
      operationId = "changeMember",
      summary = "Change a member's roles, units or name",
      description =
          "Takes effect at the member's next request. If-Match carries the version read; the last active region admin keeps that role (409).")
  @PatchMapping("/api/v1/tenants/{tenantId}/members/{memberId}")
  Mono<Member> change(
      @PathVariable("tenantId") String tenant,
      @PathVariable("memberId") String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MemberService.ChangeMember body) {
    UUID memberId = id(id);
    Integer version = version(ifMatch);
    return admin(tenant).flatMap(c -> members.change(tenant, c, memberId, version, body));
  }

  @Operation(
      operationId = "deactivateMember",
      summary = "Deactivate a member",
      description =
          "The member gets 403 at its next request, whatever its token says; the last active region admin cannot be deactivated (409).")
  @PostMapping("/api/v1/tenants/{tenantId}/members/{memberId}/deactivate")
  Mono<Member> deactivate(
      @PathVariable("tenantId") String tenant, @PathVariable("memberId") String id) {
    UUID memberId = id(id);
    return admin(tenant).flatMap(c -> members.deactivate(tenant, c, memberId));
  }

  @Operation(
      operationId = "activateMember",
      summary = "Activate a member again",
      description = "Its roles and units apply again at its next request.")
  @PostMapping("/api/v1/tenants/{tenantId}/members/{memberId}/activate")
  Mono<Member> activate(
      @PathVariable("tenantId") String tenant, @PathVariable("memberId") String id) {
    UUID memberId = id(id);
    return admin(tenant).flatMap(c -> members.activate(tenant, c, memberId));
  }

  @Operation(
      operationId = "memberHistory",
      summary = "A member's changes",
      description =
          "Every version: what was done, by whom, when, and the roles, units and status before and after.")
  @GetMapping("/api/v1/tenants/{tenantId}/members/{memberId}/history")
  Flux<MemberService.Version> history(
      @PathVariable("tenantId") String tenant, @PathVariable("memberId") String id) {
    UUID memberId = id(id);
    return admin(tenant).thenMany(members.history(tenant, memberId));
  }

  // --- the platform's members (the security configuration admits platform admins only) ---

  @Operation(
      operationId = "listPlatformMembers",
      summary = "Platform members (platform admins)",
      description =
          "National analysts and platform admins, searched and filtered like a tenant's members.")
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

  @Operation(
      operationId = "addPlatformMember",
      summary = "Add a platform member (platform admins)",
      description = "A national analyst or platform admin, by username or e-mail.")
  @PostMapping("/api/v1/platform/members")
  Mono<ResponseEntity<Member>> platformAdd(@RequestBody MemberService.AddMember body) {
    return platformAdmin()
        .flatMap(caller -> members.add(null, caller, body))
        .map(m -> ResponseEntity.status(HttpStatus.CREATED).body(m));
  }

  @Operation(
      operationId = "getPlatformMember",
      summary = "One platform member",
      description = "Its identity, roles, status and version.")
  @GetMapping("/api/v1/platform/members/{memberId}")
  Mono<Member> platformGet(@PathVariable("memberId") String id) {
    UUID memberId = id(id);
    return platformAdmin().then(members.get(null, memberId));
  }

  @Operation(
      operationId = "changePlatformMember",
      summary = "Change a platform member",
      description =
          "Its roles or name; If-Match carries the version read. The last active platform admin keeps that role (409).")
  @PatchMapping("/api/v1/platform/members/{memberId}")
  Mono<Member> platformChange(
      @PathVariable("memberId") String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MemberService.ChangeMember body) {
    UUID memberId = id(id);
    Integer version = version(ifMatch);
    return platformAdmin().flatMap(c -> members.change(null, c, memberId, version, body));
  }

  @Operation(
      operationId = "deactivatePlatformMember",
      summary = "Deactivate a platform member",
      description = "It gets 403 at its next request; not the last active platform admin (409).")
  @PostMapping("/api/v1/platform/members/{memberId}/deactivate")
  Mono<Member> platformDeactivate(@PathVariable("memberId") String id) {
    UUID memberId = id(id);
    return platformAdmin().flatMap(c -> members.deactivate(null, c, memberId));
  }

  @Operation(
      operationId = "activatePlatformMember",
      summary = "Activate a platform member again",
      description = "Its roles apply again at its next request.")
  @PostMapping("/api/v1/platform/members/{memberId}/activate")
  Mono<Member> platformActivate(@PathVariable("memberId") String id) {
    UUID memberId = id(id);
    return platformAdmin().flatMap(c -> members.activate(null, c, memberId));
  }

  @Operation(
      operationId = "platformMemberHistory",
      summary = "A platform member's changes",
      description = "Every version with who, when, before and after.")
  @GetMapping("/api/v1/platform/members/{memberId}/history")
  Flux<MemberService.Version> platformHistory(@PathVariable("memberId") String id) {
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
