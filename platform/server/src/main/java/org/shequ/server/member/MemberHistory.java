package org.shequ.server.member;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a member and its version together, so every change is recorded with who made it, when, and
 * the member before and after. Runs inside the caller's transaction.
 */
@Component
class MemberHistory {
  private final MemberStore store;
  private final JsonMapper json;

  MemberHistory(MemberStore store, JsonMapper json) {
    this.store = store;
    this.json = json;
  }

  /** Inserts a new member with its units and its first version; the member as stored. */
  Mono<Member> add(
      DatabaseClient db, String tenant, MemberStore.NewMember m, List<String> units, String by) {
    return store
        .insert(db, tenant, m, by)
        .flatMap(
            inserted ->
                (tenant == null || units.isEmpty()
                        ? Mono.<Void>empty()
                        : store.setUnits(db, tenant, inserted.id(), units))
                    .then(store.find(db, tenant, inserted.id())))
        .flatMap(
            added ->
                store
                    .addVersion(
                        db,
                        tenant,
                        added.id(),
                        1,
                        MemberAction.ADDED,
                        by,
                        null,
                        json.writeValueAsString(added.snapshot()))
                    .thenReturn(added));
  }

  /**
   * Stores {@code after} (its version one above {@code before}'s, its units replacing the old ones)
   * and the version recording the change.
   */
  Mono<Member> change(
      DatabaseClient db, Member before, Member after, MemberAction action, String by) {
    Mono<Void> units =
        before.tenant() == null || before.orgUnits().equals(after.orgUnits())
            ? Mono.empty()
            : store.setUnits(
                db,
                before.tenant(),
                before.id(),
                after.orgUnits().stream().map(Member.UnitRef::id).toList());
    return store
        .update(db, before.tenant(), after)
        .then(units)
        .then(store.find(db, before.tenant(), before.id()))
        .flatMap(
            stored ->
                store
                    .addVersion(
                        db,
                        before.tenant(),
                        before.id(),
                        after.version(),
                        action,
                        by,
                        json.writeValueAsString(before.snapshot()),
                        json.writeValueAsString(stored.snapshot()))
                    .thenReturn(stored));
  }
}
