package org.shequ.server.plan;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every plan version ever served, as its JSON ({@code plan_snapshot}): the plan that reports filed
 * under it were checked against, readable after its plugin is upgraded, disabled or deleted.
 */
@Component
class PlanSnapshotStore {
  /** One recorded version of a plan, without its JSON. */
  record PlanVersion(
      String planId,
      String pluginId,
      String pluginVersion,
      String planHash,
      OffsetDateTime firstLoadedAt) {}

  private final DatabaseClient db;

  PlanSnapshotStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Records a plan version the first time it is loaded; a version already recorded is kept as it
   * was (true if this call recorded it).
   */
  Mono<Boolean> record(
      String planId, String pluginId, String pluginVersion, String planHash, String planJson) {
    return db.sql(
            "INSERT INTO plan_snapshot (plan_id, plugin_id, plugin_version, plan_hash, plan_json)"
                + " VALUES (:plan, :plugin, :version, :hash, CAST(:json AS jsonb))"
                + " ON CONFLICT (plan_id, plugin_version) DO NOTHING")
        .bind("plan", planId)
        .bind("plugin", pluginId)
        .bind("version", pluginVersion)
        .bind("hash", planHash)
        .bind("json", planJson)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }

  /** The hash recorded for a plan version, if any. */
  Mono<String> hash(String planId, String pluginVersion) {
    return db.sql(
            "SELECT plan_hash FROM plan_snapshot WHERE plan_id = :plan AND plugin_version = :v")
        .bind("plan", planId)
        .bind("v", pluginVersion)
        .map(r -> r.get("plan_hash", String.class))
        .one();
  }

  /** The JSON of one plan version, as it was served. */
  Mono<String> json(String planId, String pluginVersion) {
    return db.sql(
            "SELECT plan_json::text AS plan_json FROM plan_snapshot"
                + " WHERE plan_id = :plan AND plugin_version = :v")
        .bind("plan", planId)
        .bind("v", pluginVersion)
        .map(r -> r.get("plan_json", String.class))
        .one();
  }

  /** The recorded versions of a plan, oldest first. */
  Flux<PlanVersion> versions(String planId) {
    return db.sql(
            "SELECT plan_id, plugin_id, plugin_version, plan_hash, first_loaded_at"
                + " FROM plan_snapshot WHERE plan_id = :plan ORDER BY first_loaded_at")
        .bind("plan", planId)
        .map(
            r ->
                new PlanVersion(
                    r.get("plan_id", String.class),
                    r.get("plugin_id", String.class),
                    r.get("plugin_version", String.class),
                    r.get("plan_hash", String.class),
                    r.get("first_loaded_at", OffsetDateTime.class)))
        .all();
  }
}
