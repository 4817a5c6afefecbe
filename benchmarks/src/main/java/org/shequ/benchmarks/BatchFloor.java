package org.shequ.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of a batch upload: PostgreSQL alone storing the same reports, hand-written. In one
 * transaction as the application's role with the tenant set (row-level security, the same indexes
 * and triggers), {@code INSERT … SELECT} statements of 2,000 units each (as the server writes)
 * append a version per unit and step (one for a save, two for a save then a submit) of the values
 * an upload has just stored, with their audit entries, and the transaction is rolled back. No file,
 * no HTTP, no checks, no roll-up fold: what the database needs at least to keep the reports as the
 * server keeps them.
 */
final class BatchFloor {
  /** Units per statement, as the server's {@code shequ.batch.chunk-rows} default. */
  private static final int CHUNK = 2_000;

  private static final String SQL =
      """
      WITH src AS (
        SELECT org_unit_id, field_values, changes, warnings FROM report_version
        WHERE tenant_id = ? AND form_code = ? AND period = ? AND version = 1
          AND org_unit_id = ANY(?)
      ), step AS (
        SELECT * FROM (VALUES (1, 'DRAFT', 'SAVE'), (2, 'SUBMITTED', 'SUBMIT')) s(n, status, action)
        WHERE n <= ?
      ), v AS (
        INSERT INTO report_version (tenant_id, form_code, org_unit_id, period, version, plan_id,
          status, action, field_values, changes, warnings, late, actor)
        SELECT ?, ?, src.org_unit_id, ?, 100 + step.n, ?, step.status, step.action,
          src.field_values, CASE WHEN step.n = 1 THEN src.changes ELSE '{}' END, src.warnings,
          false, 'bench-floor'
        FROM src CROSS JOIN step
        RETURNING org_unit_id, version, status, action
      ), audit AS (
        INSERT INTO audit_log (tenant_id, actor, action, resource, detail)
        SELECT ?, 'bench-floor', 'report.' || lower(action),
          'report/' || ? || '/' || org_unit_id || '/' || ?,
          jsonb_build_object('version', version, 'status', status, 'late', false)
        FROM v
      )
      SELECT count(*) FROM v
      """;

  /** Storing {@code versions} report versions took {@code seconds}, as the median of the runs. */
  record Floor(String name, int steps, long versions, double seconds) {}

  private BatchFloor() {}

  /**
   * Measures {@code repeat} times the storing of one version per unit and step ({@code steps} 1 or
   * 2) of the tenant's period, each in a transaction rolled back.
   */
  static Floor measure(
      BenchDatabase db, String name, String tenant, String plan, int steps, int repeat)
      throws Exception {
    List<Double> seconds = new ArrayList<>();
    long versions = 0;
    try (Connection c = db.app()) {
      c.setAutoCommit(false);
      for (int i = 0; i < repeat; i++) {
        try (PreparedStatement set =
            c.prepareStatement(
                "SELECT set_config('shequ.tenant_id', ?, true),"
                    + " set_config('shequ.rollup_maintained', 'on', true)")) {
          set.setString(1, tenant);
          set.execute();
        }
        List<String> units = new ArrayList<>();
        try (PreparedStatement q =
            c.prepareStatement(
                "SELECT org_unit_id FROM report_version WHERE tenant_id = ? AND form_code = ?"
                    + " AND period = ? AND version = 1 ORDER BY org_unit_id")) {
          q.setString(1, tenant);
          q.setString(2, Benchmarks.FORM);
          q.setString(3, Benchmarks.PERIOD);
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              units.add(rs.getString(1));
            }
          }
        }
        versions = 0;
        long t0 = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement(SQL)) {
          for (int from = 0; from < units.size(); from += CHUNK) {
            List<String> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
            int p = 1;
            s.setString(p++, tenant);
            s.setString(p++, Benchmarks.FORM);
            s.setString(p++, Benchmarks.PERIOD);
            s.setArray(p++, c.createArrayOf("text", chunk.toArray()));
            s.setInt(p++, steps);
            s.setString(p++, tenant);
            s.setString(p++, Benchmarks.FORM);
            s.setString(p++, Benchmarks.PERIOD);
            s.setString(p++, plan);
            s.setString(p++, tenant);
            s.setString(p++, Benchmarks.FORM);
            s.setString(p, Benchmarks.PERIOD);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              versions += rs.getLong(1);
            }
          }
        }
        seconds.add((System.nanoTime() - t0) / 1e9);
        c.rollback();
      }
    }
    seconds.sort(Double::compare);
    Floor floor = new Floor(name, steps, versions, seconds.get(seconds.size() / 2));
    System.out.printf(
        "batch floor %s: %,d versions in %.2f s%n", name, floor.versions(), floor.seconds());
    return floor;
  }
}
