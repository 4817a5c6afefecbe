package org.shequ.server.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Plan;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts, per form, the units whose counted report carries warnings, and the same per rule and per
 * indicator. Runs once per progress request beside the roll-up, not inside it: it joins each
 * counted report_current row to its stored version by primary key, so the roll-up and its trigger
 * stay as they are. A warning counts for an indicator when the field it names is one the
 * indicator's computation reads.
 */
@Component
class WarningCountStore {

  /** One counted group: a form, one of its rules, or one of its indicators. */
  private record Counted(
      String grain, String formCode, String code, String field, String zh, String en, long units) {}

  /**
   * @param rootId the subtree root, or null for the whole tenant
   * @param submitted whether submitted reports count (else only approved ones)
   */
  Mono<List<FormWarnings>> count(
      DatabaseClient db, Plan plan, String tenantId, int year, String rootId, boolean submitted) {
    String subtree =
        rootId == null
            ? ""
            : """
              AND rc.org_unit_id IN (
                WITH RECURSIVE subtree (id) AS (
                  SELECT CAST(:root AS text)
                  UNION
                  SELECT v.org_unit_id FROM org_unit_version v
                  JOIN subtree s ON v.tenant_id = :t AND v.parent_id = s.id
                  WHERE v.valid_to IS NULL)
                SELECT id FROM subtree)
              """;
    List<String[]> reads = new ArrayList<>();
    for (Indicator i : plan.indicators()) {
      for (String field : i.computation().fields()) {
        reads.add(new String[] {i.code(), i.computation().formCode(), field});
      }
    }
    var spec =
        db.sql(
                """
                WITH counted AS (
                  SELECT rc.form_code, rc.org_unit_id, rv.warnings
                  FROM report_current rc
                  JOIN report_version rv ON rv.tenant_id = rc.tenant_id
                    AND rv.form_code = rc.form_code AND rv.period = rc.period
                    AND rv.org_unit_id = rc.org_unit_id
                    AND rv.version = CASE WHEN :submitted AND rc.status IN ('SUBMITTED', 'APPROVED')
                                          THEN rc.version ELSE rc.approved_version END
                  WHERE rc.tenant_id = :t AND rc.plan_id = :plan AND rc.period = :period
                    AND rv.warnings <> '[]'::jsonb
                """
                    + subtree
                    + """
                ),
                each AS (
                  SELECT c.form_code, c.org_unit_id, e.value AS w
                  FROM counted c, jsonb_array_elements(c.warnings) e
                ),
                reads AS (
                  SELECT * FROM unnest(CAST(:codes AS text[]), CAST(:forms AS text[]),
                                       CAST(:fields AS text[])) AS r (code, form_code, field)
                )
                SELECT 'form' AS grain, form_code, NULL AS code, NULL AS field, NULL AS zh,
                       NULL AS en, count(*) AS units
                FROM counted GROUP BY form_code
                UNION ALL
                SELECT 'rule', form_code, w ->> 'code', w ->> 'field',
                       min(w -> 'message' ->> 'zh'), min(w -> 'message' ->> 'en'),
                       count(DISTINCT org_unit_id)
                FROM each GROUP BY form_code, w ->> 'code', w ->> 'field'
                UNION ALL
                SELECT 'indicator', r.form_code, r.code, NULL, NULL, NULL,
                       count(DISTINCT e.org_unit_id)
                FROM each e JOIN reads r ON r.form_code = e.form_code AND r.field = e.w ->> 'field'
                GROUP BY r.form_code, r.code
                ORDER BY 2, 1, 3
                """)
            .bind("t", tenantId)
            .bind("plan", plan.id())
            .bind("period", Integer.toString(year))
            .bind("submitted", submitted)
            .bind("codes", reads.stream().map(r -> r[0]).toArray(String[]::new))
            .bind("forms", reads.stream().map(r -> r[1]).toArray(String[]::new))
            .bind("fields", reads.stream().map(r -> r[2]).toArray(String[]::new));
    if (rootId != null) {
      spec = spec.bind("root", rootId);
    }
    return spec.map(
            r ->
                new Counted(
                    r.get("grain", String.class),
                    r.get("form_code", String.class),
                    r.get("code", String.class),
                    r.get("field", String.class),
                    r.get("zh", String.class),
                    r.get("en", String.class),
                    r.get("units", Long.class)))
        .all()
        .collectList()
        .map(rows -> byForm(plan, rows));
  }

  /** The counted groups per form, indicators in plan order. */
  private static List<FormWarnings> byForm(Plan plan, List<Counted> rows) {
    Map<String, Long> forms = new LinkedHashMap<>();
    rows.stream()
        .filter(r -> r.grain().equals("form"))
        .forEach(r -> forms.put(r.formCode(), r.units()));
    List<FormWarnings> out = new ArrayList<>();
    forms.forEach(
        (form, units) -> {
          List<FormWarnings.RuleWarnings> rules =
              rows.stream()
                  .filter(r -> r.grain().equals("rule") && r.formCode().equals(form))
                  .map(
                      r ->
                          new FormWarnings.RuleWarnings(
                              r.code(), r.field(), LocalizedText.of(r.zh(), r.en()), r.units()))
                  .toList();
          Map<String, Long> byIndicator = new LinkedHashMap<>();
          rows.stream()
              .filter(r -> r.grain().equals("indicator") && r.formCode().equals(form))
              .forEach(r -> byIndicator.put(r.code(), r.units()));
          List<FormWarnings.IndicatorWarnings> indicators =
              plan.indicators().stream()
                  .filter(i -> byIndicator.containsKey(i.code()))
                  .map(i -> new FormWarnings.IndicatorWarnings(i.code(), byIndicator.get(i.code())))
                  .toList();
          out.add(new FormWarnings(form, units, rules, indicators));
        });
    return out;
  }
}
