package org.shequ.server.member;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shequ.server.security.Role;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Members in PostgreSQL: a tenant's ({@code member}, under row-level security, so every call runs
 * in that tenant's transaction) or the platform's ({@code platform_member}), with their versions,
 * identities and invitations. {@code tenant} null means the platform throughout.
 */
@Component
class MemberStore {

  private static String table(String tenant) {
    return tenant == null ? "platform_member" : "member";
  }

  private static String versions(String tenant) {
    return tenant == null ? "platform_member_version" : "member_version";
  }

  /** {@code tenant_id = :t AND } for a tenant, nothing for the platform. */
  private static String inScope(String tenant) {
    return tenant == null ? "" : "tenant_id = :t AND ";
  }

  private static DatabaseClient.GenericExecuteSpec scoped(
      DatabaseClient.GenericExecuteSpec spec, String tenant) {
    return tenant == null ? spec : spec.bind("t", tenant);
  }

  /** One page of members, newest change first, with the total matching. */
  Mono<Page> list(DatabaseClient db, String tenant, Filter filter, int page, int size) {
    StringBuilder where = new StringBuilder("WHERE ").append(inScope(tenant)).append("true");
    if (filter.q() != null) {
      where.append(
          " AND (lower(username) LIKE :q OR lower(coalesce(email, '')) LIKE :q"
              + " OR lower(coalesce(display_name, '')) LIKE :q)");
    }
    if (filter.role() != null) {
      where.append(" AND :role = ANY(roles)");
    }
    if (filter.status() != null) {
      where.append(" AND status = :status");
    }
    if (filter.orgUnit() != null && tenant != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM member_org_unit mu WHERE mu.tenant_id = m.tenant_id"
              + " AND mu.member_id = m.member_id AND mu.org_unit_id = :unit)");
    }
    String sql =
        "SELECT m.*, count(*) OVER () AS total FROM "
            + table(tenant)
            + " m "
            + where
            + " ORDER BY lower(username) LIMIT :limit OFFSET :offset";
    DatabaseClient.GenericExecuteSpec spec =
        scoped(db.sql(sql), tenant).bind("limit", size).bind("offset", (long) page * size);
    if (filter.q() != null) {
      spec = spec.bind("q", "%" + escapeLike(filter.q().toLowerCase(java.util.Locale.ROOT)) + "%");
    }
    if (filter.role() != null) {
      spec = spec.bind("role", filter.role().name());
    }
    if (filter.status() != null) {
      spec = spec.bind("status", filter.status().name());
    }
    if (filter.orgUnit() != null && tenant != null) {
      spec = spec.bind("unit", filter.orgUnit());
    }
    return spec.map(r -> new Object[] {member(r, tenant), r.get("total", Long.class)})
        .all()
        .collectList()
        .flatMap(
            rows -> {
              long total = rows.isEmpty() ? 0 : (Long) rows.get(0)[1];
              List<Member> members = rows.stream().map(r -> (Member) r[0]).toList();
              return withUnits(db, tenant, members)
                  .map(items -> new Page(items, total, page, size));
            });
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  Mono<Member> find(DatabaseClient db, String tenant, UUID id) {
    return find(db, tenant, id, "");
  }

  /** The member, locked until the transaction ends: it is about to change. */
  Mono<Member> findForUpdate(DatabaseClient db, String tenant, UUID id) {
    return find(db, tenant, id, " FOR UPDATE");
  }

  private Mono<Member> find(DatabaseClient db, String tenant, UUID id, String lock) {
    return scoped(
            db.sql(
                "SELECT * FROM "
                    + table(tenant)
                    + " WHERE "
                    + inScope(tenant)
                    + "member_id = :id"
                    + lock),
            tenant)
        .bind("id", id)
        .map(r -> member(r, tenant))
        .one()
        .flatMap(m -> withUnits(db, tenant, List.of(m)).map(list -> list.get(0)));
  }

  Mono<Boolean> usernameTaken(DatabaseClient db, String tenant, String username) {
    return scoped(
            db.sql(
                "SELECT EXISTS (SELECT 1 FROM "
                    + table(tenant)
                    + " WHERE "
                    + inScope(tenant)
                    + "lower(username) = lower(:u)) AS taken"),
            tenant)
        .bind("u", username)
        .map(r -> Boolean.TRUE.equals(r.get("taken", Boolean.class)))
        .one();
  }

  /** Inserts a new member (version 1) with a fresh id and, when invited, a fresh code. */
  Mono<Inserted> insert(DatabaseClient db, String tenant, NewMember m, String by) {
    String columns =
        (tenant == null ? "" : "tenant_id, ")
            + "member_id, username, email, display_name, issuer, subject, roles, status,"
            + " invitation_code, version, updated_by";
    String values =
        (tenant == null ? "" : ":t, ")
            + "gen_random_uuid(), :username, :email, :display, :issuer, :subject,"
            + " CAST(:roles AS text[]), :status,"
            + " CASE WHEN :status = 'INVITED' THEN replace(CAST(gen_random_uuid() AS text), '-', '')"
            + " END, 1, :by";
    DatabaseClient.GenericExecuteSpec spec =
        scoped(
                db.sql(
                    "INSERT INTO "
                        + table(tenant)
                        + " ("
                        + columns
                        + ") VALUES ("
                        + values
                        + ") RETURNING member_id, invitation_code"),
                tenant)
            .bind("username", m.username())
            .bind("roles", roleNames(m.roles()))
            .bind("status", m.status().name())
            .bind("by", by);
    spec = bindNullable(spec, "email", m.email());
    spec = bindNullable(spec, "display", m.displayName());
    spec = bindNullable(spec, "issuer", m.issuer());
    spec = bindNullable(spec, "subject", m.subject());
    return spec.map(
            r ->
                new Inserted(
                    r.get("member_id", UUID.class), r.get("invitation_code", String.class)))
        .one();
  }

  /** Writes the member's new state; the caller has checked and raised the version. */
  Mono<Void> update(DatabaseClient db, String tenant, Member m) {
    DatabaseClient.GenericExecuteSpec spec =
        scoped(
                db.sql(
                    "UPDATE "
                        + table(tenant)
                        + " SET email = :email, display_name = :display, roles = CAST(:roles AS"
                        + " text[]), status = :status, issuer = :issuer, subject = :subject,"
                        + " invitation_code = :code, version = :version, updated_by = :by,"
                        + " updated_at = now() WHERE "
                        + inScope(tenant)
                        + "member_id = :id"),
                tenant)
            .bind("id", m.id())
            .bind("roles", roleNames(m.roles()))
            .bind("status", m.status().name())
            .bind("version", m.version())
            .bind("by", m.updatedBy());
    spec = bindNullable(spec, "email", m.email());
    spec = bindNullable(spec, "display", m.displayName());
    spec = bindNullable(spec, "issuer", m.issuer());
    spec = bindNullable(spec, "subject", m.subject());
    spec = bindNullable(spec, "code", m.invitationCode());
    return spec.fetch().rowsUpdated().then();
  }

  /** Replaces a tenant member's org units. */
  Mono<Void> setUnits(DatabaseClient db, String tenant, UUID id, Collection<String> units) {
    return db.sql("DELETE FROM member_org_unit WHERE tenant_id = :t AND member_id = :id")
        .bind("t", tenant)
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .then(
            units.isEmpty()
                ? Mono.empty()
                : db.sql(
                        "INSERT INTO member_org_unit (tenant_id, member_id, org_unit_id)"
                            + " SELECT :t, :id, unnest(CAST(:units AS text[]))")
                    .bind("t", tenant)
                    .bind("id", id)
                    .bind("units", units.toArray(String[]::new))
                    .fetch()
                    .rowsUpdated()
                    .then());
  }

  /** The units among {@code ids} that are active units of the tenant today. */
  Mono<List<String>> activeUnits(DatabaseClient db, String tenant, Collection<String> ids) {
    return db.sql(
            "SELECT org_unit_id FROM org_unit_version WHERE tenant_id = :t AND valid_to IS NULL"
                + " AND active AND org_unit_id = ANY(CAST(:ids AS text[]))")
        .bind("t", tenant)
        .bind("ids", ids.toArray(String[]::new))
        .map(r -> r.get("org_unit_id", String.class))
        .all()
        .collectList();
  }

  /**
   * How many active members other than {@code except} hold {@code role}; takes a lock so two admins
   * removing each other at once cannot both succeed.
   */
  Mono<Long> otherActiveHolders(DatabaseClient db, String tenant, Role role, UUID except) {
    String lock = "SELECT pg_advisory_xact_lock(hashtext('shequ-members:' || :scope)) AS locked";
    return db.sql(lock)
        .bind("scope", tenant == null ? "" : tenant)
        .fetch()
        .rowsUpdated()
        .then(
            scoped(
                    db.sql(
                        "SELECT count(*) AS n FROM "
                            + table(tenant)
                            + " WHERE "
                            + inScope(tenant)
                            + "status = 'ACTIVE' AND :role = ANY(roles) AND member_id <> :id"),
                    tenant)
                .bind("role", role.name())
                .bind("id", except)
                .map(r -> r.get("n", Long.class))
                .one());
  }

  Mono<Void> addVersion(
      DatabaseClient db,
      String tenant,
      UUID id,
      int version,
      MemberAction action,
      String by,
      String before,
      String after) {
    DatabaseClient.GenericExecuteSpec spec =
        scoped(
                db.sql(
                    "INSERT INTO "
                        + versions(tenant)
                        + " ("
                        + (tenant == null ? "" : "tenant_id, ")
                        + "member_id, version, action, by_subject, before, after) VALUES ("
                        + (tenant == null ? "" : ":t, ")
                        + ":id, :version, :action, :by, CAST(:before AS jsonb),"
                        + " CAST(:after AS jsonb))"),
                tenant)
            .bind("id", id)
            .bind("version", version)
            .bind("action", action.name())
            .bind("by", by)
            .bind("after", after);
    Mono<Void> recorded = bindNullable(spec, "before", before).fetch().rowsUpdated().then();
    // A tenant's audit log names every change of its members too, with before and after.
    return tenant == null
        ? recorded
        : recorded.then(
            bindNullable(
                    db.sql(
                            "INSERT INTO audit_log (tenant_id, actor, action, resource, detail)"
                                + " VALUES (:t, :by, :action, :resource, jsonb_build_object("
                                + "'version', :version, 'before', CAST(:before AS jsonb),"
                                + " 'after', CAST(:after AS jsonb)))")
                        .bind("t", tenant)
                        .bind("by", by)
                        .bind(
                            "action", "member." + action.name().toLowerCase(java.util.Locale.ROOT))
                        .bind("resource", "member/" + id)
                        .bind("version", version)
                        .bind("after", after),
                    "before",
                    before)
                .fetch()
                .rowsUpdated()
                .then());
  }

  Flux<HistoryRow> history(DatabaseClient db, String tenant, UUID id) {
    return scoped(
            db.sql(
                "SELECT version, action, by_subject, at, CAST(before AS text) AS before,"
                    + " CAST(after AS text) AS after FROM "
                    + versions(tenant)
                    + " WHERE "
                    + inScope(tenant)
                    + "member_id = :id ORDER BY version"),
            tenant)
        .bind("id", id)
        .map(
            r ->
                new HistoryRow(
                    r.get("version", Integer.class),
                    MemberAction.valueOf(r.get("action", String.class)),
                    r.get("by_subject", String.class),
                    r.get("at", OffsetDateTime.class).toInstant(),
                    r.get("before", String.class),
                    r.get("after", String.class)))
        .all();
  }

  // --- identities and invitations (platform-wide registry, no tenant transaction needed) ---

  Mono<Bound> identity(DatabaseClient db, String issuer, String subject) {
    return db.sql(
            "SELECT tenant_id, member_id FROM member_identity WHERE issuer = :i AND subject = :s")
        .bind("i", issuer)
        .bind("s", subject)
        .map(r -> new Bound(r.get("tenant_id", String.class), r.get("member_id", UUID.class)))
        .one();
  }

  /** The subject a member is bound to at an issuer. */
  Mono<String> subjectOf(DatabaseClient db, UUID memberId, String issuer) {
    return db.sql(
            "SELECT subject FROM member_identity WHERE member_id = :id AND issuer = :i LIMIT 1")
        .bind("id", memberId)
        .bind("i", issuer)
        .map(r -> r.get("subject", String.class))
        .one();
  }

  /** Binds an identity to a member; false when the identity is taken already. */
  Mono<Boolean> bind(DatabaseClient db, String issuer, String subject, String tenant, UUID id) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO member_identity (issuer, subject, tenant_id, member_id)"
                    + " VALUES (:i, :s, :t, :id) ON CONFLICT DO NOTHING")
            .bind("i", issuer)
            .bind("s", subject)
            .bind("id", id);
    return bindNullable(spec, "t", tenant).fetch().rowsUpdated().map(n -> n > 0);
  }

  Mono<Void> invite(DatabaseClient db, String code, String tenant, UUID id, NewMember m) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO member_invitation (code, tenant_id, member_id, username, email)"
                    + " VALUES (:code, :t, :id, :u, :e)")
            .bind("code", code)
            .bind("id", id)
            .bind("u", m.username());
    spec = bindNullable(spec, "t", tenant);
    return bindNullable(spec, "e", m.email()).fetch().rowsUpdated().then();
  }

  /** The invitation of that code, or the one matching the username or e-mail of a sign-in. */
  Mono<Invitation> invitation(DatabaseClient db, String code, String username, String email) {
    return db.sql(
            "SELECT code, tenant_id, member_id FROM member_invitation WHERE code = :code"
                + " OR (:u <> '' AND lower(username) = lower(:u))"
                + " OR (:e <> '' AND lower(email) = lower(:e))"
                + " ORDER BY code = :code DESC, created_at LIMIT 1")
        .bind("code", code == null ? "" : code)
        .bind("u", username == null ? "" : username)
        .bind("e", email == null ? "" : email)
        .map(
            r ->
                new Invitation(
                    r.get("code", String.class),
                    r.get("tenant_id", String.class),
                    r.get("member_id", UUID.class)))
        .one();
  }

  Mono<Void> dropInvitation(DatabaseClient db, UUID memberId) {
    return db.sql("DELETE FROM member_invitation WHERE member_id = :id")
        .bind("id", memberId)
        .fetch()
        .rowsUpdated()
        .then();
  }

  // --- reading ---

  private Mono<List<Member>> withUnits(DatabaseClient db, String tenant, List<Member> members) {
    if (tenant == null || members.isEmpty()) {
      return Mono.just(members);
    }
    return db.sql(
            "SELECT mu.member_id, mu.org_unit_id, v.name_zh FROM member_org_unit mu"
                + " LEFT JOIN org_unit_version v ON v.tenant_id = mu.tenant_id"
                + " AND v.org_unit_id = mu.org_unit_id AND v.valid_to IS NULL"
                + " WHERE mu.tenant_id = :t AND mu.member_id = ANY(CAST(:ids AS uuid[]))"
                + " ORDER BY mu.org_unit_id")
        .bind("t", tenant)
        .bind("ids", members.stream().map(Member::id).toArray(UUID[]::new))
        .map(
            r ->
                Map.entry(
                    r.get("member_id", UUID.class),
                    new Member.UnitRef(
                        r.get("org_unit_id", String.class), r.get("name_zh", String.class))))
        .all()
        .collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
        .map(
            units ->
                members.stream()
                    .map(
                        m ->
                            m.withUnits(List.copyOf(units.getOrDefault(m.id(), new ArrayList<>()))))
                    .toList());
  }

  private static Member member(Readable r, String tenant) {
    String[] roles = r.get("roles", String[].class);
    MemberStatus status = MemberStatus.valueOf(r.get("status", String.class));
    return new Member(
        r.get("member_id", UUID.class),
        tenant,
        r.get("issuer", String.class),
        r.get("subject", String.class),
        r.get("username", String.class),
        r.get("email", String.class),
        r.get("display_name", String.class),
        Arrays.stream(roles == null ? new String[0] : roles).map(Role::valueOf).toList(),
        List.of(),
        status != MemberStatus.DEACTIVATED,
        status,
        r.get("invitation_code", String.class),
        r.get("version", Integer.class),
        r.get("updated_by", String.class),
        toInstant(r.get("updated_at", OffsetDateTime.class)));
  }

  private static Instant toInstant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static String[] roleNames(Collection<Role> roles) {
    return roles.stream().map(Role::name).toArray(String[]::new);
  }

  private static DatabaseClient.GenericExecuteSpec bindNullable(
      DatabaseClient.GenericExecuteSpec spec, String name, String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  /** What a new member is made of. */
  record NewMember(
      String username,
      String email,
      String displayName,
      List<Role> roles,
      MemberStatus status,
      String issuer,
      String subject) {}

  /** The search of the list route; null fields do not filter. */
  record Filter(String q, Role role, String orgUnit, MemberStatus status) {}

  /** One page of a list. */
  record Page(List<Member> items, long total, int page, int size) {}

  /** An identity's member: its tenant (null for the platform) and id. */
  record Bound(String tenant, UUID memberId) {}

  record Inserted(UUID id, String invitationCode) {}

  record Invitation(String code, String tenant, UUID memberId) {}

  record HistoryRow(
      int version, MemberAction action, String by, Instant at, String before, String after) {}
}
