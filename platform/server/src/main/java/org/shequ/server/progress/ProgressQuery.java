package org.shequ.server.progress;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Computes every indicator of one form, grouped by period (for trends) and, for drill-down, by the
 * child of the subtree root that each unit lies under.
 *
 * <p>Two ways give the same figures. The roll-up ({@link ProgressRollup}) sums a few hundred
 * pre-aggregated rows and serves the whole tenant, every subtree whose root does not report the
 * form itself, and drill-down to children that do not report it themselves, whenever it is built
 * for the form's current layout. Otherwise (a root or children that report the form, or a roll-up
 * not yet rebuilt after an org-unit change) one SQL pass over {@code report_current} aggregates the
 * org units as of each period's end (31 December) with their counted reports; a stale roll-up is
 * then rebuilt in the background.
 */
@Component
public class ProgressQuery {
  private final ProgressRollup rollup;
  private final RollupRebuilds rebuilds;

  public ProgressQuery(ProgressRollup rollup, RollupRebuilds rebuilds) {
    this.rollup = rollup;
    this.rebuilds = rebuilds;
  }

  /**
   * What to compute.
   *
   * @param root the subtree root, or null for the whole tenant
   * @param rootLevel the root's level when it has a parent (its own figures then sit in its
   *     parent's roll-up group); null for a top-level root or none
   * @param byChild group by the children of {@code root} (the top-level units when root is null)
   */
  public record Selection(
      String tenantId,
      List<Integer> years,
      String root,
      OrgUnitLevel rootLevel,
      boolean byChild,
      boolean includeSubmitted) {
    public Selection {
      years = List.copyOf(years);
    }

    /** The whole tenant. */
    public static Selection tenant(String tenantId, List<Integer> years, boolean submitted) {
      return new Selection(tenantId, years, null, null, false, submitted);
    }
  }

  /**
   * The indicators wanted from one form, and the form's measure layout (which has every indicator
   * of the plan computed from the form).
   */
  public record FormSpec(RollupLayout layout, List<Indicator> indicators) {
    public FormSpec {
      indicators = List.copyOf(indicators);
    }

    public String formCode() {
      return layout.formCode();
    }

    /** Whether a unit of {@code level} can add to any of the form's measures. */
    public boolean counts(OrgUnitLevel level) {
      return layout.level() == level
          || layout.indicators().stream().anyMatch(i -> i.scope().level() == level);
    }
  }

  /**
   * One group's results for one form.
   *
   * @param branch the child unit the group stands for, or null without drill-down
   * @param expected units of the form's level and area in the group, as of the period
   * @param reported how many of them have a counted report
   * @param figures per indicator code: its value and reporting rate, over its scope and its areas
   */
  public record FormRow(
      String formCode,
      int year,
      String branch,
      String branchNameZh,
      String branchNameEn,
      long expected,
      long reported,
      Map<String, IndicatorFigures> figures) {

    /** The value of each indicator over its scope, by code. */
    public Map<String, Actual> actuals() {
      Map<String, Actual> actuals = new LinkedHashMap<>();
      figures.forEach((code, f) -> actuals.put(code, f.actual()));
      return actuals;
    }
  }

  /** Computes the form on {@code db} (already inside a tenant or national transaction). */
  public Flux<FormRow> run(DatabaseClient db, Selection selection, FormSpec form) {
    return rollup
        .builtLayouts(db, List.of(selection.tenantId()))
        .flatMapMany(built -> run(db, selection, form, built));
  }

  /**
   * Like {@link #run(DatabaseClient, Selection, FormSpec)} with the roll-up states already read
   * (one query for every form and tenant of a request).
   */
  public Flux<FormRow> run(
      DatabaseClient db, Selection selection, FormSpec form, ProgressRollup.BuiltLayouts built) {
    boolean rollupServes =
        selection.byChild() || selection.rootLevel() == null || !form.counts(selection.rootLevel());
    if (!rollupServes) {
      return direct(db, selection, form);
    }
    if (!built.of(selection.tenantId(), form.formCode()).equals(form.layout().fingerprint())) {
      rebuilds.request(selection.tenantId());
      return direct(db, selection, form);
    }
    if (selection.byChild()) {
      return rollup
          .children(db, selection, form)
          .map(Optional::of)
          .defaultIfEmpty(Optional.empty())
          .flatMapMany(
              rows ->
                  rows.isPresent() ? Flux.fromIterable(rows.get()) : direct(db, selection, form));
    }
    return rollup
        .read(db, selection, form)
        .collectList()
        .flatMapIterable(list -> withEveryYear(list, selection, form));
  }

  /** One form to compute for one tenant's selection (never by child). */
  public record Wanted(Selection selection, FormSpec form) {}

  /** A result row of a {@link Wanted} form. */
  public record Answer(Wanted wanted, FormRow row) {}

  /**
   * Every wanted form at once: the roll-up's sums of all of them, with the layouts they were built
   * with, in one statement (one round trip however many forms and tenants a request needs); then,
   * for any form the roll-up cannot serve or has not been rebuilt for, a pass over the reports as
   * {@link #run(DatabaseClient, Selection, FormSpec, ProgressRollup.BuiltLayouts)} would. The
   * selections must share their years, root and basis (one request's); the answers come in the
   * order of {@code wanted}.
   */
  public Flux<Answer> runAll(DatabaseClient db, List<Wanted> wanted) {
    List<Wanted> fromRollup = wanted.stream().filter(ProgressQuery::rollupServes).toList();
    if (fromRollup.isEmpty()) {
      return Flux.fromIterable(wanted)
          .concatMap(w -> answers(w, direct(db, w.selection(), w.form())));
    }
    return rollup
        .readAll(db, fromRollup)
        .flatMapMany(
            sums ->
                Flux.fromIterable(wanted)
                    .concatMap(
                        w -> {
                          List<FormRow> rows = sums.rows(w);
                          if (rows != null) {
                            return Flux.fromIterable(withEveryYear(rows, w.selection(), w.form()))
                                .map(row -> new Answer(w, row));
                          }
                          if (rollupServes(w)) {
                            rebuilds.request(w.selection().tenantId());
                          }
                          return answers(w, direct(db, w.selection(), w.form()));
                        }));
  }

  private static Flux<Answer> answers(Wanted w, Flux<FormRow> rows) {
    return rows.map(row -> new Answer(w, row));
  }

  /** Whether the roll-up can serve the form for the selection, once built for its layout. */
  private static boolean rollupServes(Wanted w) {
    Selection s = w.selection();
    return s.byChild() || s.rootLevel() == null || !w.form().counts(s.rootLevel());
  }

  /** One SQL pass over the reports themselves. */
  public Flux<FormRow> direct(DatabaseClient db, Selection selection, FormSpec form) {
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

  static List<FormRow> withEveryYear(List<FormRow> rows, Selection selection, FormSpec form) {
    List<FormRow> all = new ArrayList<>(rows);
    for (int year : selection.years()) {
      if (rows.stream().noneMatch(r -> r.year() == year)) {
        Map<String, IndicatorFigures> none = new LinkedHashMap<>();
        form.indicators().forEach(i -> none.put(i.code(), IndicatorFigures.none(i)));
        all.add(new FormRow(form.formCode(), year, null, null, null, 0, 0, none));
      }
    }
    return all;
  }

  private static String statement(
      Selection selection, FormSpec form, SqlParameters p, String tenant) {
    String years = p.bind(selection.years().stream().map(String::valueOf).toArray(String[]::new));
    StringBuilder sql = new StringBuilder();
    sql.append("WITH RECURSIVE ").append(ProgressRollup.asOf(tenant, years)).append(",\n");
    String root = selection.root() == null ? null : p.bind(selection.root());
    if (root != null) {
      // Below a given unit: walk down from it by the parent index, so a street or a community
      // costs its own subtree and not the whole tenant's tree.
      String start =
          selection.byChild()
              ? "v.parent_id = " + root + " AND "
              : "v.org_unit_id = " + root + " AND ";
      String branch = selection.byChild() ? "v.org_unit_id" : "NULL::text";
      sql.append(
          """
          tree AS (
            SELECT periods.p, v.org_unit_id, v.parent_id, u.level, v.area, v.population, v.tags,
                   v.name_zh, v.name_en, %3$s AS branch, periods.d
            FROM periods
            JOIN org_unit_version v ON v.tenant_id = %1$s AND %2$s v.valid_from <= periods.d
                 AND (v.valid_to IS NULL OR v.valid_to > periods.d) AND v.active
            JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.org_unit_id = v.org_unit_id
            UNION ALL
            SELECT t.p, v.org_unit_id, v.parent_id, u.level, v.area, v.population, v.tags,
                   v.name_zh, v.name_en, t.branch, t.d
            FROM tree t
            JOIN org_unit_version v ON v.tenant_id = %1$s AND v.parent_id = t.org_unit_id
                 AND v.valid_from <= t.d AND (v.valid_to IS NULL OR v.valid_to > t.d) AND v.active
            JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.org_unit_id = v.org_unit_id
          )
          """
              .formatted(tenant, start, branch));
    } else if (selection.byChild()) {
      sql.append("tree AS (SELECT a.*, a.org_unit_id AS branch FROM asof a WHERE parent_id IS NULL")
          .append(
              " UNION ALL SELECT a.*, t.branch FROM asof a JOIN tree t"
                  + " ON a.p = t.p AND a.parent_id = t.org_unit_id)\n");
    } else {
      sql.append("tree AS (SELECT a.*, NULL::text AS branch FROM asof a)\n");
    }
    List<String> columns = new ArrayList<>();
    columns.add("t.p AS period");
    columns.add("t.branch");
    columns.add("max(t.name_zh) FILTER (WHERE t.org_unit_id = t.branch) AS branch_zh");
    columns.add("max(t.name_en) FILTER (WHERE t.org_unit_id = t.branch) AS branch_en");
    columns.add(form.layout().array(p) + " AS m");
    sql.append("SELECT ")
        .append(String.join(",\n  ", columns))
        .append("\nFROM (SELECT t.*, CASE WHEN ")
        .append(p.bind(selection.includeSubmitted()))
        .append(
            """
            ::boolean AND rc.status IN ('SUBMITTED', 'APPROVED')
                          THEN rc.field_values ELSE report_current_approved_values(rc) END AS fv
              FROM tree t
              LEFT JOIN report_current rc ON rc.tenant_id = %1$s AND rc.form_code = %2$s
                   AND rc.period = t.p AND rc.org_unit_id = t.org_unit_id) t
            GROUP BY t.p, t.branch
            """
                .formatted(tenant, p.bind(form.formCode())));
    return sql.toString();
  }

  private static FormRow read(Readable row, Selection selection, FormSpec form) {
    return formRow(
        form,
        Integer.parseInt(row.get("period", String.class)),
        row.get("branch", String.class),
        row.get("branch_zh", String.class),
        row.get("branch_en", String.class),
        row.get("m", BigDecimal[].class));
  }

  /** A result row from the summed measures of the form's layout. */
  static FormRow formRow(
      FormSpec form, int year, String branch, String nameZh, String nameEn, BigDecimal[] sums) {
    return new FormRow(
        form.formCode(),
        year,
        branch,
        nameZh,
        nameEn,
        sums[RollupLayout.EXPECTED].longValueExact(),
        sums[RollupLayout.REPORTED].longValueExact(),
        form.layout().figures(form.indicators(), sums));
  }
}
