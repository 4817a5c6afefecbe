package org.shequ.server.member;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.shequ.server.security.Caller;
import org.shequ.server.security.DevTokenIssuer;
import org.shequ.server.security.Role;
import org.shequ.server.security.SecurityProperties;
import org.shequ.server.storage.TenantDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members of a tenant ({@code tenant} non-null) or of the platform ({@code tenant} null): the
 * rules every change obeys, each change in one transaction with its version. The caller has been
 * let in by the controller (region admin of the tenant, or platform admin).
 *
 * <p>The rules: roles of a tenant member are tenant roles, and only a platform admin may grant a
 * platform role (a region admin asking for one is refused as an escalation, 403); org units must be
 * active units of that tenant (422); the last active holder of the scope's admin role (REGION_ADMIN
 * of a tenant, PLATFORM_ADMIN of the platform) can neither be deactivated nor lose that role (409);
 * a stale {@code If-Match} version is 412.
 */
@Component
class MemberService {
  private static final Set<Role> TENANT_ROLES = Set.of(Role.REGION_ADMIN, Role.REPORTER);
  private static final Set<Role> PLATFORM_ROLES =
      Set.of(Role.NATIONAL_ANALYST, Role.PLATFORM_ADMIN);

  private final DatabaseClient db;
  private final TenantDatabase tenants;
  private final TransactionalOperator transactions;
  private final MemberStore store;
  private final MemberHistory history;
  private final MembershipResolver resolver;
  private final ObjectProvider<DevTokenIssuer> devIssuer;
  private final SecurityProperties security;
  private final JsonMapper json;

  MemberService(
      DatabaseClient db,
      TenantDatabase tenants,
      ReactiveTransactionManager transactionManager,
      MemberStore store,
      MemberHistory history,
      MembershipResolver resolver,
      ObjectProvider<DevTokenIssuer> devIssuer,
      SecurityProperties security,
      JsonMapper json) {
    this.db = db;
    this.tenants = tenants;
    this.transactions = TransactionalOperator.create(transactionManager);
    this.store = store;
    this.history = history;
    this.resolver = resolver;
    this.devIssuer = devIssuer;
    this.security = security;
    this.json = json;
  }

  /** What the list route asks for. */
  record Query(MemberStore.Filter filter, int page, int size) {}

  /** The body of an addition. */
  record AddMember(
      String username,
      String email,
      String displayName,
      List<Role> roles,
      List<String> orgUnits,
      Boolean invite) {}

  /** The body of a change; absent fields stay as they are. */
  record ChangeMember(List<Role> roles, List<String> orgUnits, String displayName, String email) {}

  /** One version of a member, as its history shows it. */
  record Version(
      int version,
      MemberAction action,
      String by,
      java.time.Instant at,
      JsonNode before,
      JsonNode after) {}

  Mono<MemberStore.Page> list(String tenant, Query q) {
    return inScope(tenant, d -> store.list(d, tenant, q.filter(), q.page(), q.size()));
  }

  Mono<Member> get(String tenant, UUID id) {
    return inScope(tenant, d -> store.find(d, tenant, id))
        .switchIfEmpty(Mono.error(() -> MemberProblems.notFound(id)));
  }

  Flux<Version> history(String tenant, UUID id) {
    return get(tenant, id)
        .thenMany(
            inScope(tenant, d -> store.history(d, tenant, id).collectList())
                .flatMapIterable(rows -> rows))
        .map(
            r ->
                new Version(
                    r.version(),
                    r.action(),
                    r.by(),
                    r.at(),
                    r.before() == null ? null : json.readTree(r.before()),
                    json.readTree(r.after())));
  }

  Mono<Member> add(String tenant, Caller caller, AddMember body) {
    String username = trimmed(body.username());
    if (username == null) {
      return Mono.error(MemberProblems.invalid("username"));
    }
    List<Role> roles = checkedRoles(tenant, caller, body.roles());
    List<String> units = distinct(body.orgUnits());
    DevTokenIssuer dev = devIssuer.getIfAvailable();
    // In the embedded default a member can sign in at once, as the dev issuer's subject = username;
    // with an identity provider it is invited and bound at its first sign-in.
    boolean bindNow = dev != null && !Boolean.TRUE.equals(body.invite());
    MemberStore.NewMember m =
        new MemberStore.NewMember(
            username,
            trimmed(body.email()),
            trimmed(body.displayName()),
            roles,
            bindNow ? MemberStatus.ACTIVE : MemberStatus.INVITED,
            bindNow ? security.devIssuerUri() : null,
            bindNow ? username : null);
    return inScope(
            tenant,
            d ->
                checkUnits(d, tenant, units)
                    .then(store.usernameTaken(d, tenant, username))
                    .flatMap(
                        taken ->
                            taken
                                ? Mono.error(MemberProblems.exists(username))
                                : history.add(d, tenant, m, units, caller.subject()))
                    .flatMap(added -> bindOrInvite(d, tenant, added, m)))
        .onErrorMap(DataIntegrityViolationException.class, e -> MemberProblems.exists(username))
        .doOnNext(x -> resolver.forgetAll());
  }

  private Mono<Member> bindOrInvite(
      DatabaseClient d, String tenant, Member added, MemberStore.NewMember m) {
    if (added.status() == MemberStatus.INVITED) {
      return store.invite(d, added.invitationCode(), tenant, added.id(), m).thenReturn(added);
    }
    return store
        .bind(d, m.issuer(), m.subject(), tenant, added.id())
        .flatMap(
            bound ->
                bound ? Mono.just(added) : Mono.error(MemberProblems.exists(added.username())));
  }

  Mono<Member> change(String tenant, Caller caller, UUID id, Integer ifMatch, ChangeMember body) {
    List<Role> roles = body.roles() == null ? null : checkedRoles(tenant, caller, body.roles());
    List<String> units = body.orgUnits() == null ? null : distinct(body.orgUnits());
    return write(
        tenant,
        caller,
        id,
        ifMatch,
        MemberAction.CHANGED,
        (d, before) ->
            (units == null ? Mono.<Void>empty() : checkUnits(d, tenant, units))
                .then(
                    Mono.fromSupplier(
                        () ->
                            new Member(
                                before.id(),
                                before.tenant(),
                                before.issuer(),
                                before.subject(),
                                before.username(),
                                body.email() == null ? before.email() : trimmed(body.email()),
                                body.displayName() == null
                                    ? before.displayName()
                                    : trimmed(body.displayName()),
                                roles == null ? before.roles() : roles,
                                units == null
                                    ? before.orgUnits()
                                    : units.stream().map(u -> new Member.UnitRef(u, null)).toList(),
                                before.active(),
                                before.status(),
                                before.invitationCode(),
                                before.version() + 1,
                                caller.subject(),
                                null))));
  }

  Mono<Member> deactivate(String tenant, Caller caller, UUID id) {
    return write(
        tenant,
        caller,
        id,
        null,
        MemberAction.DEACTIVATED,
        (d, before) -> Mono.just(withStatus(before, MemberStatus.DEACTIVATED, caller)));
  }

  Mono<Member> activate(String tenant, Caller caller, UUID id) {
    return write(
        tenant,
        caller,
        id,
        null,
        MemberAction.ACTIVATED,
        (d, before) ->
            Mono.just(
                withStatus(
                    before,
                    before.subject() == null ? MemberStatus.INVITED : MemberStatus.ACTIVE,
                    caller)));
  }

  private static Member withStatus(Member m, MemberStatus status, Caller caller) {
    return new Member(
        m.id(),
        m.tenant(),
        m.issuer(),
        m.subject(),
        m.username(),
        m.email(),
        m.displayName(),
        m.roles(),
        m.orgUnits(),
        status != MemberStatus.DEACTIVATED,
        status,
        m.invitationCode(),
        m.version() + 1,
        caller.subject(),
        null);
  }

  /** How a change turns the member as it is into what it becomes. */
  private interface Edit {
    Mono<Member> apply(DatabaseClient d, Member before);
  }

  /** One change: the member locked, its version checked, the last-admin rule kept, recorded. */
  private Mono<Member> write(
      String tenant, Caller caller, UUID id, Integer ifMatch, MemberAction action, Edit edit) {
    return inScope(
            tenant,
            d ->
                store
                    .findForUpdate(d, tenant, id)
                    .switchIfEmpty(Mono.error(() -> MemberProblems.notFound(id)))
                    .flatMap(
                        before ->
                            ifMatch != null && ifMatch != before.version()
                                ? Mono.error(MemberProblems.versionMismatch(before.version()))
                                : edit.apply(d, before)
                                    .flatMap(after -> keepsAnAdmin(d, tenant, before, after))
                                    .flatMap(
                                        after ->
                                            history.change(
                                                d, before, after, action, caller.subject()))))
        .doOnNext(x -> resolver.forgetAll());
  }

  /** The change, unless it takes away the scope's last active admin. */
  private Mono<Member> keepsAnAdmin(DatabaseClient d, String tenant, Member before, Member after) {
    Role admin = tenant == null ? Role.PLATFORM_ADMIN : Role.REGION_ADMIN;
    boolean wasAdmin = before.status() == MemberStatus.ACTIVE && before.roles().contains(admin);
    boolean staysAdmin = after.status() == MemberStatus.ACTIVE && after.roles().contains(admin);
    if (!wasAdmin || staysAdmin) {
      return Mono.just(after);
    }
    return store
        .otherActiveHolders(d, tenant, admin, before.id())
        .flatMap(n -> n > 0 ? Mono.just(after) : Mono.error(MemberProblems.lastAdmin()));
  }

  /**
   * The roles asked for, if the caller may grant them: tenant roles in a tenant (a platform role
   * there is an escalation unless the caller is a platform admin, who is told it does not fit),
   * platform roles on the platform.
   */
  private static List<Role> checkedRoles(String tenant, Caller caller, List<Role> asked) {
    if (asked == null || asked.isEmpty() || asked.stream().anyMatch(java.util.Objects::isNull)) {
      throw MemberProblems.invalid("roles");
    }
    Set<Role> allowed = tenant == null ? PLATFORM_ROLES : TENANT_ROLES;
    for (Role role : asked) {
      if (!allowed.contains(role)) {
        throw caller.has(Role.PLATFORM_ADMIN)
            ? MemberProblems.roleInvalid(role)
            : MemberProblems.escalation(role);
      }
      // Only a platform admin grants platform roles; a region admin grants its own tenant's roles.
      if (PLATFORM_ROLES.contains(role) && !caller.has(Role.PLATFORM_ADMIN)) {
        throw MemberProblems.escalation(role);
      }
    }
    return List.copyOf(new LinkedHashSet<>(asked));
  }

  /**
   * Completes when every unit is an active unit of the tenant; 422 naming the first that is not.
   */
  private Mono<Void> checkUnits(DatabaseClient d, String tenant, List<String> units) {
    if (units.isEmpty()) {
      return Mono.empty();
    }
    if (tenant == null) {
      return Mono.error(MemberProblems.unitOutsideTenant(units.get(0)));
    }
    return store
        .activeUnits(d, tenant, units)
        .flatMap(
            found -> {
              List<String> missing = new ArrayList<>(units);
              missing.removeAll(found);
              return missing.isEmpty()
                  ? Mono.empty()
                  : Mono.error(MemberProblems.unitOutsideTenant(missing.get(0)));
            });
  }

  private <T> Mono<T> inScope(String tenant, Function<DatabaseClient, Mono<T>> work) {
    return tenant == null
        ? transactions.transactional(Mono.defer(() -> work.apply(db)))
        : tenants.inTenantOne(tenant, work);
  }

  private static List<String> distinct(List<String> units) {
    if (units == null) {
      return List.of();
    }
    if (units.stream().anyMatch(u -> u == null || u.isBlank())) {
      throw MemberProblems.invalid("orgUnits");
    }
    return List.copyOf(new LinkedHashSet<>(units));
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
