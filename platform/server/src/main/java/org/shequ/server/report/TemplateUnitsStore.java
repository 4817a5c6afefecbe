package org.shequ.server.report;

import java.util.Arrays;
import java.util.List;
import org.shequ.plan.api.Form;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Reads the rows of a batch-report template in one query: every active unit under a starting unit
 * (or under the tenant's top units) that takes the form, in the tree's order, with its ancestors'
 * names and the current values of its report for the period. Must run inside a tenant transaction.
 */
@Component
class TemplateUnitsStore {

  /**
   * One unit of the template.
   *
   * @param ancestors the names of the units above it, from the top of the tree down
   * @param values the latest version's values as JSON text, whatever its status; null without one
   */
  record TemplateUnit(String id, String name, List<String> ancestors, String values) {}

  /**
   * The units under {@code root} (inclusive) that take {@code form}; a null root means the tenant's
   * top units. Names are the English ones where {@code english} and a unit has one.
   */
  Flux<TemplateUnit> units(
      DatabaseClient db,
      String tenantId,
      java.util.Collection<String> roots,
      Form form,
      String period,
      boolean english) {
    return db.sql(SQL)
        .bind("t", tenantId)
        .bind("roots", roots.toArray(String[]::new))
        .bind("level", form.level().name())
        .bind("applies", form.appliesTo().name())
        .bind("f", form.code())
        .bind("p", period)
        .bind("en", english)
        .map(
            r ->
                new TemplateUnit(
                    r.get("org_unit_id", String.class),
                    r.get("name", String.class),
                    Arrays.asList(r.get("ancestors", String[].class)),
                    r.get("field_values", String.class)))
        .all();
  }

  /**
   * Walks up from each starting unit for its ancestors' names, then down today's tree; the sort key
   * is the chain of (name, id) from the top, so a unit follows its parent and siblings go by name.
   * The takes-the-form test is the one a single save makes: active, the form's level, its area.
   */
  private static final String SQL =
      """
      WITH RECURSIVE start (root, parent) AS (
        SELECT v.org_unit_id, v.parent_id FROM org_unit_version v
        WHERE v.tenant_id = :t AND v.valid_to IS NULL
          AND CASE WHEN cardinality(CAST(:roots AS text[])) = 0 THEN v.parent_id IS NULL
               ELSE v.org_unit_id = ANY(CAST(:roots AS text[])) END
      ), up (root, id, names, keys, depth) AS (
        SELECT s.root, s.parent, CAST(ARRAY[] AS text[]), CAST(ARRAY[] AS text[]), 0 FROM start s
        UNION ALL
        SELECT a.root, v.parent_id,
               CASE WHEN :en THEN coalesce(v.name_en, v.name_zh) ELSE v.name_zh END || a.names,
               (v.name_zh || chr(1) || v.org_unit_id) || a.keys, a.depth + 1
        FROM up a
        JOIN org_unit_version v
          ON v.tenant_id = :t AND v.org_unit_id = a.id AND v.valid_to IS NULL
        WHERE a.depth < 64
      ), prefix AS (
        SELECT DISTINCT ON (root) root, names, keys FROM up ORDER BY root, depth DESC
      ), tree (id, level, area, name, active, ancestors, sort_key, depth) AS (
        SELECT v.org_unit_id, u.level, v.area,
               CASE WHEN :en THEN coalesce(v.name_en, v.name_zh) ELSE v.name_zh END, v.active,
               p.names, p.keys || (v.name_zh || chr(1) || v.org_unit_id), 0
        FROM prefix p
        JOIN org_unit_version v
          ON v.tenant_id = :t AND v.org_unit_id = p.root AND v.valid_to IS NULL
        JOIN org_unit u ON u.tenant_id = :t AND u.org_unit_id = v.org_unit_id
        UNION ALL
        SELECT v.org_unit_id, u.level, v.area,
               CASE WHEN :en THEN coalesce(v.name_en, v.name_zh) ELSE v.name_zh END, v.active,
               t.ancestors || t.name, t.sort_key || (v.name_zh || chr(1) || v.org_unit_id),
               t.depth + 1
        FROM tree t
        JOIN org_unit_version v ON v.tenant_id = :t AND v.parent_id = t.id AND v.valid_to IS NULL
        JOIN org_unit u ON u.tenant_id = :t AND u.org_unit_id = v.org_unit_id
        WHERE t.depth < 64
      )
      SELECT t.id AS org_unit_id, t.name, t.ancestors, rc.field_values::text AS field_values
      FROM tree t
      LEFT JOIN report_current rc
        ON rc.tenant_id = :t AND rc.form_code = :f AND rc.period = :p AND rc.org_unit_id = t.id
      WHERE t.active AND t.level = :level AND (:applies = 'ALL' OR t.area = :applies)
      ORDER BY t.sort_key
      """;
}
