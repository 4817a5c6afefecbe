package org.shequ.server.progress;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Computes every indicator of one form in one SQL pass over {@code report_current}: the org units
 * as of each period's end (31 December), limited to a subtree when asked, joined with their counted
 * reports, and FILTER aggregates per indicator. Grouped by period (for trends) and, for drill-down,
 * by the child of the subtree root that each unit lies under.
 */
@Component
public class ProgressQuery {

  /**
   * What to compute.
   *
   * @param root the subtree root, or null for the whole tenant
   * @param byChild group by the children of {@code root} (the top-level units when root is null)
   */
  public record Selection(
      String tenantId,
      List<Integer> years,
      String root,
      boolean byChild,
      boolean includeSubmitted) {
    public Selection {
      years = List.copyOf(years);
    }
  }

  /**
   * The indicators read from one form, and who should report that form.
   *
   * @param level the org-unit level that reports the form
   * @param area the area of the reporting communities (ALL for other levels)
   */
  public record FormSpec(
      String formCode, OrgUnitLevel level, AreaType area, List<Indicator> indicators) {
    public FormSpec {
      indicators = List.copyOf(indicators);
    }
  }

  /**
   * One group's results for one form.
   *
   * @param branch the child unit the group stands for, or null without drill-down
   * @param expected units of the form's level and area in the group, as of the period
   * @param reported how many of them have a counted report
   */
  public record FormRow(
      String formCode,
      int year,
      String branch,
      String branchNameZh,
      String branchNameEn,
      long expected,
      long reported,
      Map<String, Actual> actuals) {}

  /** Runs the form's pass on {@code db} (already inside a tenant or national transaction). */
  public Flux<FormRow> run(DatabaseClient db, Selection selection, FormSpec form) {
    SqlParameters p = new SqlParameters();
    String tenant = p.bind(selection.tenantId());
    String sql = statement(selection, form, p, tenant);
    Flux<FormRow> rows = p.applyTo(db.sql(sql)).map(row -> read(row, selection, form)).all();
    if (selection.byChild()) {
      return rows;
    }
    // A period without any org unit yields no group: answer it as "no data", not as nothing.
    return rows.collectList().flatMapIterable(list -> withEveryYear(list, selection, form));
  }

  private static List<FormRow> withEveryYear(
      List<FormRow> rows, Selection selection, FormSpec form) {
    List<FormRow> all = new ArrayList<>(rows);
    for (int year : selection.years()) {
      if (rows.stream().noneMatch(r -> r.year() == year)) {
        Map<String, Actual> none = new LinkedHashMap<>();
        form.indicators().forEach(i -> none.put(i.code(), Actual.noData()));
        all.add(new FormRow(form.formCode(), year, null, null, null, 0, 0, none));
      }
    }
    return all;
  }

  private static String statement(
      Selection selection, FormSpec form, SqlParameters p, String tenant) {
    String years = p.bind(selection.years().stream().map(String::valueOf).toArray(String[]::new));
    StringBuilder sql = new StringBuilder();
    sql.append("WITH RECURSIVE periods AS (SELECT p, make_date(p::int, 12, 31) AS d FROM unnest(")
        .append(years)
        .append("::text[]) AS p),\n")
        .append(
            """
            asof AS (
              SELECT periods.p, v.org_unit_id, v.parent_id, u.level, v.area, v.population, v.tags,
                     v.name_zh, v.name_en
              FROM periods
              JOIN org_unit_version v ON v.tenant_id = %1$s AND v.valid_from <= periods.d
                   AND (v.valid_to IS NULL OR v.valid_to > periods.d) AND v.active
              JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.org_unit_id = v.org_unit_id
            ),
            """
                .formatted(tenant));
    String root = selection.root() == null ? null : p.bind(selection.root());
    if (selection.byChild()) {
      String start = root == null ? "parent_id IS NULL" : "parent_id = " + root;
      sql.append("tree AS (SELECT a.*, a.org_unit_id AS branch FROM asof a WHERE ")
          .append(start)
          .append(
              " UNION ALL SELECT a.*, t.branch FROM asof a JOIN tree t"
                  + " ON a.p = t.p AND a.parent_id = t.org_unit_id)\n");
    } else if (root != null) {
      sql.append("tree AS (SELECT a.*, NULL::text AS branch FROM asof a WHERE org_unit_id = ")
          .append(root)
          .append(
              " UNION ALL SELECT a.*, t.branch FROM asof a JOIN tree t"
                  + " ON a.p = t.p AND a.parent_id = t.org_unit_id)\n");
    } else {
      sql.append("tree AS (SELECT a.*, NULL::text AS branch FROM asof a)\n");
    }
    String formLevel = "level = " + p.bind(form.level().name());
    String reporting =
        form.area() == AreaType.ALL
            ? formLevel
            : formLevel + " AND area = " + p.bind(form.area().name());
    List<String> columns = new ArrayList<>();
    columns.add("t.p AS period");
    columns.add("t.branch");
    columns.add("max(t.name_zh) FILTER (WHERE t.org_unit_id = t.branch) AS branch_zh");
    columns.add("max(t.name_en) FILTER (WHERE t.org_unit_id = t.branch) AS branch_en");
    columns.add("count(*) FILTER (WHERE " + reporting + ") AS expected");
    columns.add("count(*) FILTER (WHERE " + reporting + " AND fv IS NOT NULL) AS reported");
    for (int i = 0; i < form.indicators().size(); i++) {
      columns.addAll(ComputationSql.columns(form.indicators().get(i), "i" + i + "_", p));
    }
    sql.append("SELECT ")
        .append(String.join(",\n  ", columns))
        .append("\nFROM (SELECT t.*, CASE WHEN ")
        .append(p.bind(selection.includeSubmitted()))
        .append(
            """
            ::boolean AND rc.status IN ('SUBMITTED', 'APPROVED')
                          THEN rc.field_values ELSE rc.approved_values END AS fv
              FROM tree t
              LEFT JOIN report_current rc ON rc.tenant_id = %1$s AND rc.form_code = %2$s
                   AND rc.period = t.p AND rc.org_unit_id = t.org_unit_id) t
            GROUP BY t.p, t.branch
            """
                .formatted(tenant, p.bind(form.formCode())));
    return sql.toString();
  }

  private static FormRow read(Readable row, Selection selection, FormSpec form) {
    Map<String, Actual> actuals = new LinkedHashMap<>();
    for (int i = 0; i < form.indicators().size(); i++) {
      Indicator indicator = form.indicators().get(i);
      String prefix = "i" + i + "_";
      var g =
          new ComputationSql.Aggregates(
              row.get(prefix + "n", BigDecimal.class),
              row.get(prefix + "a", BigDecimal.class),
              row.get(prefix + "b", BigDecimal.class));
      actuals.put(indicator.code(), ComputationSql.finish(indicator, g));
    }
    return new FormRow(
        form.formCode(),
        Integer.parseInt(row.get("period", String.class)),
        row.get("branch", String.class),
        row.get("branch_zh", String.class),
        row.get("branch_en", String.class),
        row.get("expected", Long.class),
        row.get("reported", Long.class),
        actuals);
  }
}
