package org.shequ.server.plan;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The plugin jars installed through the API ({@code plugin_jar}), platform-wide. Every change
 * notifies the other replicas on channel {@value #CHANNEL} in the same transaction, so they hear of
 * it only once it is committed.
 */
@Component
class PluginJarStore {
  /** The PostgreSQL channel replicas listen on; the payload is the plugin id. */
  static final String CHANNEL = "shequ_plugins";

  /** One stored jar; {@code jar} is empty when listed without its bytes. */
  record StoredJar(
      String pluginId,
      String version,
      byte[] jar,
      String sha256,
      boolean enabled,
      String installedBy,
      OffsetDateTime installedAt) {}

  private final DatabaseClient db;

  PluginJarStore(DatabaseClient db) {
    this.db = db;
  }

  /** The enabled jars with their bytes, in id order (the order they are loaded in). */
  Flux<StoredJar> enabled() {
    return db.sql(
            "SELECT plugin_id, version, jar, sha256, enabled, installed_by, installed_at"
                + " FROM plugin_jar WHERE enabled ORDER BY plugin_id")
        .map(
            r ->
                new StoredJar(
                    r.get("plugin_id", String.class),
                    r.get("version", String.class),
                    bytes(r.get("jar")),
                    r.get("sha256", String.class),
                    true,
                    r.get("installed_by", String.class),
                    r.get("installed_at", OffsetDateTime.class)))
        .all();
  }

  /** Every stored jar without its bytes. */
  Flux<StoredJar> list() {
    return db.sql(
            "SELECT plugin_id, version, sha256, enabled, installed_by, installed_at"
                + " FROM plugin_jar ORDER BY plugin_id")
        .map(
            r ->
                new StoredJar(
                    r.get("plugin_id", String.class),
                    r.get("version", String.class),
                    new byte[0],
                    r.get("sha256", String.class),
                    Boolean.TRUE.equals(r.get("enabled", Boolean.class)),
                    r.get("installed_by", String.class),
                    r.get("installed_at", OffsetDateTime.class)))
        .all();
  }

  /** Installs or replaces a plugin's jar, enabled, and notifies the replicas. */
  Mono<Void> save(String pluginId, String version, byte[] jar, String sha256, String actor) {
    return db.sql(
            """
            WITH saved AS (
              INSERT INTO plugin_jar (plugin_id, version, jar, sha256, enabled, installed_by)
              VALUES (:id, :version, :jar, :sha, true, :actor)
              ON CONFLICT (plugin_id) DO UPDATE SET version = EXCLUDED.version,
                jar = EXCLUDED.jar, sha256 = EXCLUDED.sha256, enabled = true,
                installed_by = EXCLUDED.installed_by, installed_at = now()
              RETURNING plugin_id
            )
            SELECT pg_notify('%s', plugin_id) FROM saved
            """
                .formatted(CHANNEL))
        .bind("id", pluginId)
        .bind("version", version)
        .bind("jar", java.nio.ByteBuffer.wrap(jar))
        .bind("sha", sha256)
        .bind("actor", actor)
        .fetch()
        .rowsUpdated()
        .then();
  }

  /** Enables or disables a stored jar; false if there is none with that id. */
  Mono<Boolean> setEnabled(String pluginId, boolean enabled) {
    return db.sql(
            """
            WITH changed AS (
              UPDATE plugin_jar SET enabled = :enabled WHERE plugin_id = :id RETURNING plugin_id
            )
            SELECT pg_notify('%s', plugin_id) FROM changed
            """
                .formatted(CHANNEL))
        .bind("id", pluginId)
        .bind("enabled", enabled)
        .fetch()
        .all()
        .hasElements();
  }

  /** Deletes a stored jar; false if there is none with that id. */
  Mono<Boolean> delete(String pluginId) {
    return db.sql(
            """
            WITH gone AS (DELETE FROM plugin_jar WHERE plugin_id = :id RETURNING plugin_id)
            SELECT pg_notify('%s', plugin_id) FROM gone
            """
                .formatted(CHANNEL))
        .bind("id", pluginId)
        .fetch()
        .all()
        .hasElements();
  }

  private static byte[] bytes(Object value) {
    if (value instanceof java.nio.ByteBuffer b) {
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    }
    return (byte[]) value;
  }
}
