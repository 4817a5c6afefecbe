package org.shequ.server.member;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.shequ.server.security.Caller;
import org.shequ.server.security.CallerAuthentication;
import org.shequ.server.security.Memberships;
import org.shequ.server.storage.TenantDatabase;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/me}: who the API takes the caller for, and where that came from (its
 * membership or its token's claims). {@code POST /api/v1/me/invitations/{code}}: binds the caller's
 * identity to the invited member of that code.
 */
@RestController
class MeController {
  private final MembershipResolver resolver;
  private final MemberStore store;
  private final TenantDatabase tenants;
  private final DatabaseClient db;

  MeController(
      MembershipResolver resolver, MemberStore store, TenantDatabase tenants, DatabaseClient db) {
    this.resolver = resolver;
    this.store = store;
    this.tenants = tenants;
    this.db = db;
  }

  /** The caller as the API sees it. */
  record Me(
      String subject,
      String issuer,
      String username,
      String tenant,
      List<String> roles,
      List<Member.UnitRef> orgUnits,
      Caller.Source source) {}

  @Operation(
      operationId = "me",
      summary = "Who the caller is",
      description =
          "Its identity, tenant, roles and org units, and whether a membership or the token's claims placed it.")
  @GetMapping("/api/v1/me")
  Mono<Me> me() {
    return authentication().flatMap(this::describe);
  }

  @Operation(
      operationId = "redeemInvitation",
      summary = "Redeem an invitation",
      description =
          "Binds the caller's identity to the invited member the code names; an unknown, used or withdrawn code answers 404.")
  @PostMapping("/api/v1/me/invitations/{code}")
  Mono<Me> redeem(@PathVariable String code) {
    return authentication()
        .flatMap(
            auth -> {
              Memberships.Identity identity = identity(auth);
              return store
                  .invitation(db, code, null, null)
                  .filter(i -> i.code().equals(code))
                  .switchIfEmpty(Mono.error(MemberProblems::invitationInvalid))
                  .flatMap(
                      invitation ->
                          store
                              .identity(db, identity.issuer(), identity.subject())
                              .flatMap(
                                  taken ->
                                      Mono.<MemberStore.Bound>error(
                                          MemberProblems.exists(identity.subject())))
                              .switchIfEmpty(resolver.redeem(invitation, identity)))
                  .switchIfEmpty(Mono.error(MemberProblems::invitationInvalid))
                  .flatMap(bound -> resolver.of(identity))
                  .map(
                      m ->
                          new Me(
                              identity.subject(),
                              identity.issuer(),
                              m.username(),
                              m.tenant(),
                              m.roles().stream().map(Enum::name).sorted().toList(),
                              List.of(),
                              Caller.Source.MEMBERSHIP));
            });
  }

  private static Mono<CallerAuthentication> authentication() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(c -> c.getAuthentication())
        .ofType(CallerAuthentication.class);
  }

  private Mono<Me> describe(CallerAuthentication auth) {
    Caller caller = auth.getPrincipal();
    Jwt jwt = (Jwt) auth.getCredentials();
    Mono<String> username =
        caller.source() == Caller.Source.MEMBERSHIP
            ? resolver.of(identity(auth)).map(Memberships.Membership::username)
            : Mono.justOrEmpty(jwt.getClaimAsString("preferred_username"));
    return username
        .defaultIfEmpty("")
        .zipWith(units(caller))
        .map(
            t ->
                new Me(
                    caller.subject(),
                    caller.issuer(),
                    t.getT1().isEmpty() ? null : t.getT1(),
                    caller.tenant(),
                    caller.roles().stream().map(Enum::name).sorted().toList(),
                    t.getT2(),
                    caller.source()));
  }

  /** The caller's org units with today's names (a unit of no tenant is shown by id alone). */
  private Mono<List<Member.UnitRef>> units(Caller caller) {
    if (!caller.hasOrgUnits() || caller.tenant() == null) {
      return Mono.just(caller.orgUnits().stream().map(id -> new Member.UnitRef(id, null)).toList());
    }
    return tenants
        .inTenantOne(
            caller.tenant(),
            t ->
                t.sql(
                        "SELECT org_unit_id, name_zh FROM org_unit_version WHERE tenant_id = :t"
                            + " AND valid_to IS NULL AND org_unit_id = ANY(CAST(:ids AS text[]))")
                    .bind("t", caller.tenant())
                    .bind("ids", caller.orgUnitArray())
                    .map(r -> java.util.Map.entry(r.get(0, String.class), r.get(1, String.class)))
                    .all()
                    .collectMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue))
        .map(
            names ->
                caller.orgUnits().stream()
                    .map(id -> new Member.UnitRef(id, names.get(id)))
                    .toList());
  }

  private static Memberships.Identity identity(CallerAuthentication auth) {
    Jwt jwt = (Jwt) auth.getCredentials();
    String issuer = jwt.getClaimAsString("iss");
    return new Memberships.Identity(
        issuer == null ? "" : issuer,
        jwt.getSubject(),
        jwt.getClaimAsString("preferred_username"),
        jwt.getClaimAsString("email"),
        List.of());
  }
}
