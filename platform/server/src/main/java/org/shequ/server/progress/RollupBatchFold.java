package org.shequ.server.progress;

import java.util.List;
import org.shequ.plan.api.Plan;
import org.shequ.server.storage.JsonLines;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Folds many reports' submissions into the progress roll-up in one statement per form layout: the
 * set-based twin of {@link ProgressRollup#fold}, for a batch upload. The measures are aggregated
 * per group twice, as the rebuild aggregates them: once with the submitted values and once with
 * what counted before (as the caller read it); each group's row moves by the difference, once.
 * Aggregating per group rather than per unit makes the expressions run in one pass over the file's
 * units instead of two sub-queries per unit (60,000 for a street's file).
 *
 * <p>Only the "submitted" basis moves: a submission changes what counts as submitted, never what
 * counts as approved. Runs in the writing transaction, holding the tenant's shared roll-up lock, as
 * the single fold does.
 */
@Component
public class RollupBatchFold {
  /**
   * What the "submitted" roll-up counts of a {@code report_current} row: its values once submitted
   * or approved, else its last approved values (null when never approved). A row whose latest
   * version is neither stores its approved values itself (only an approved latest version leaves
   * them to {@code field_values}: {@code report_current_approved_values}), so the column is read.
   */
  public static final String COUNTED_AS_SUBMITTED =
      "CASE WHEN status IN ('SUBMITTED', 'APPROVED') THEN field_values ELSE approved_values END";

  /**
   * Folds the submission of {@code valuesJson[i]} for {@code orgUnitIds[i]}, every unit's report of
   * {@code formCode} for {@code period}, where the roll-up counted {@code countedJson[i]} (null:
   * nothing) of that report before; nothing for a form no indicator is computed from. What was
   * counted is given, not read, so the fold may run before or after the versions are inserted.
   */
  public Mono<Void> foldSubmitted(
      DatabaseClient db,
      Plan plan,
      String formCode,
      String tenantId,
      String period,
      List<String> orgUnitIds,
      List<String> valuesJson,
      List<String> countedJson) {
    if (orgUnitIds.isEmpty()) {
      return Mono.empty();
    }
    return Flux.fromIterable(ProgressService.forms(plan, plan.indicators()))
        .filter(spec -> spec.formCode().equals(formCode))
        .concatMap(
            spec -> fold(db, spec.layout(), tenantId, period, orgUnitIds, valuesJson, countedJson))
        .then();
  }

  private Mono<Long> fold(
      DatabaseClient db,
      RollupLayout layout,
      String tenantId,
      String period,
      List<String> orgUnitIds,
      List<String> valuesJson,
      List<String> countedJson) {
    SqlParameters p = new SqlParameters();
    String t = p.bind(tenantId);
    String year = p.bind(period);
    String f = p.bind(layout.formCode());
    String units = p.bind(orgUnitIds.toArray(String[]::new));
    String values = p.bind(JsonLines.of(valuesJson));
    String counted = p.bind(JsonLines.of(countedJson));
    String measures = layout.array(p);
    String sql =
        """
        WITH RECURSIVE d AS (SELECT make_date(CAST(%2$s AS int), 12, 31) AS d),
        input AS (
          SELECT i.org_unit_id, CAST(i.fv AS jsonb) AS fv,
                 CAST(nullif(i.counted, '') AS jsonb) AS counted
          FROM unnest(CAST(%4$s AS text[]), string_to_array(%5$s, E'\\n'),
                      string_to_array(%7$s, E'\\n')) AS i(org_unit_id, fv, counted)
        ),
        unit AS (
          SELECT v.org_unit_id, coalesce(v.parent_id, v.org_unit_id) AS group_id, u.level, v.area,
                 v.population, v.tags, input.fv, input.counted
          FROM input CROSS JOIN d
          JOIN org_unit_version v ON v.tenant_id = %1$s AND v.org_unit_id = input.org_unit_id
               AND v.valid_from <= d.d AND (v.valid_to IS NULL OR v.valid_to > d.d) AND v.active
          JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.org_unit_id = v.org_unit_id
        ),
        after AS (
          SELECT group_id, %6$s AS m FROM unit GROUP BY group_id
        ),
        before AS (
          SELECT group_id, %6$s AS m
          FROM (SELECT group_id, level, area, population, tags, counted AS fv FROM unit) x
          GROUP BY group_id
        ),
        groups AS (
          SELECT group_id, measures_diff(after.m, before.m) AS m
          FROM after JOIN before USING (group_id)
        ),
        up (group_id, id, depth) AS (
          SELECT group_id, group_id, 0 FROM groups
          UNION ALL
          SELECT up.group_id, v.parent_id, up.depth + 1
          FROM up, d, org_unit_version v
          WHERE v.tenant_id = %1$s AND v.org_unit_id = up.id AND v.valid_from <= d.d
            AND (v.valid_to IS NULL OR v.valid_to > d.d) AND v.active
            AND v.parent_id IS NOT NULL AND up.depth < 64
        ),
        paths AS (
          SELECT group_id, array_agg(id ORDER BY depth DESC) AS path FROM up GROUP BY group_id
        )
        INSERT INTO progress_rollup AS r (tenant_id, form_code, basis, period, group_id, path,
                                          measures)
        SELECT %1$s, %3$s, 'submitted', %2$s, groups.group_id, paths.path, groups.m
        FROM groups JOIN paths USING (group_id)
        WHERE EXISTS (SELECT 1 FROM unnest(groups.m) AS x WHERE x <> 0)
        ORDER BY groups.group_id
        ON CONFLICT (tenant_id, form_code, basis, period, group_id)
        DO UPDATE SET measures = measures_add(r.measures, EXCLUDED.measures)
        """
            .formatted(t, year, f, units, values, measures, counted);
    return p.applyTo(db.sql(sql)).fetch().rowsUpdated();
  }
}
