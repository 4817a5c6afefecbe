package org.shequ.benchmarks;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Loads national-scale synthetic data straight into PostgreSQL with set-based SQL: per tenant a
 * region, its streets and its communities (60% urban), and one approved report per community and
 * year of one community form, with random values inside each field's limits. Every row is labelled
 * synthetic (tag and actor).
 */
final class SyntheticLoad {
  static final String ACTOR = "synthetic-benchmark";
  private final Connection owner;

  SyntheticLoad(Connection owner) {
    this.owner = owner;
  }

  /** Org units of one tenant: {@code <t>-root}, {@code streets} streets, {@code communities}. */
  void orgUnits(String tenant, int streets, int communities) throws Exception {
    try (Statement s = owner.createStatement()) {
      s.execute(
          """
          INSERT INTO org_unit (tenant_id, org_unit_id, level)
          SELECT '%1$s', '%1$s-root', 'REGION'
          UNION ALL
          SELECT '%1$s', '%1$s-s' || lpad(i::text, 4, '0'), 'STREET' FROM generate_series(1, %2$d) i
          UNION ALL
          SELECT '%1$s', '%1$s-c' || lpad(i::text, 6, '0'), 'COMMUNITY' FROM generate_series(1, %3$d) i
          """
              .formatted(tenant, streets, communities));
      s.execute(
          """
          INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from, parent_id, name_zh, name_en,
                                        area, population, households, tags, change_kind, changed_by)
          SELECT '%1$s', '%1$s-root', DATE '2010-01-01', NULL, '%1$s（合成基准数据）',
                 '%1$s (synthetic benchmark)', NULL::text, NULL::int, NULL::int,
                 ARRAY['synthetic-benchmark'],
                 'IMPORT', '%4$s'
          UNION ALL
          SELECT '%1$s', '%1$s-s' || lpad(i::text, 4, '0'), DATE '2010-01-01', '%1$s-root',
                 '合成街道' || i, 'Synthetic street ' || i, NULL, NULL, NULL,
                 ARRAY['synthetic-benchmark'], 'IMPORT', '%4$s'
          FROM generate_series(1, %2$d) i
          UNION ALL
          SELECT '%1$s', '%1$s-c' || lpad(i::text, 6, '0'), DATE '2010-01-01',
                 '%1$s-s' || lpad((1 + i %% %2$d)::text, 4, '0'),
                 '合成社区' || i, 'Synthetic community ' || i,
                 CASE WHEN i %% 5 < 3 THEN 'URBAN' ELSE 'RURAL' END,
                 1000 + (i::bigint * 7919) %% 9000, 300 + (i::bigint * 104729) %% 3000,
                 ARRAY['synthetic-benchmark'], 'IMPORT', '%4$s'
          FROM generate_series(1, %3$d) i
          """
              .formatted(tenant, streets, communities, ACTOR));
    }
  }

  /** One approved report per community and year, values random within the form's limits. */
  void reports(String tenant, String planId, JsonNode form, int communities, List<Integer> years)
      throws Exception {
    String values = valuesExpression(form);
    try (Statement s = owner.createStatement()) {
      for (int year : years) {
        s.execute(
            """
            INSERT INTO report_version (tenant_id, form_code, org_unit_id, period, version, plan_id,
                                        status, action, field_values, actor)
            SELECT '%1$s', '%2$s', '%1$s-c' || lpad(i::text, 6, '0'), '%3$d', 1, '%4$s',
                   'APPROVED', 'APPROVE', %5$s, '%6$s'
            FROM generate_series(1, %7$d) i
            """
                .formatted(
                    tenant, form.get("code").asString(), year, planId, values, ACTOR, communities));
      }
    }
  }

  /** A SQL expression building random canonical values for every field of a form. */
  static String valuesExpression(JsonNode form) {
    List<String> pairs = new ArrayList<>();
    for (JsonNode f : form.get("fields")) {
      String code = f.get("code").asString();
      String type = f.get("type").asString();
      double min = f.hasNonNull("min") ? f.get("min").asDouble() : 0;
      double max = f.hasNonNull("max") ? Math.min(f.get("max").asDouble(), min + 50) : min + 50;
      String expr =
          switch (type) {
            case "BOOLEAN" -> "(random() < 0.8)";
            case "INTEGER" -> "floor(random() * %s + %s)::int".formatted(max - min + 1, min);
            case "DECIMAL", "PERCENT" ->
                "round((random() * %s + %s)::numeric, 1)".formatted(max - min, min);
            case "ENUM" -> {
              List<String> options = new ArrayList<>();
              f.get("options").forEach(o -> options.add("'" + o.get("code").asString() + "'"));
              yield "(ARRAY[%s])[1 + floor(random() * %d)::int]"
                  .formatted(String.join(",", options), options.size());
            }
            default -> null;
          };
      if (expr != null) {
        pairs.add("'" + code + "', " + expr);
      }
    }
    // jsonb_build_object takes at most 100 arguments: merge chunks of 40 fields.
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i += 40) {
      chunks.add(
          "jsonb_build_object("
              + String.join(", ", pairs.subList(i, Math.min(i + 40, pairs.size())))
              + ")");
    }
    return chunks.isEmpty() ? "'{}'::jsonb" : String.join(" || ", chunks);
  }
}
