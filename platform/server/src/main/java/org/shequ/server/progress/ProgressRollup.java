package org.shequ.server.progress;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.shequ.plan.api.Plan;
import org.shequ.server.progress.ProgressQuery.FormRow;
import org.shequ.server.progress.ProgressQuery.FormSpec;
import org.shequ.server.progress.ProgressQuery.Selection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SQL of {@code progress_rollup}: reading a subtree's sums, rebuilding one form's rows from the
 * reports, and folding one report change into them. Every method runs inside a transaction that
 * already has its tenant set (or reads across tenants).
 *
 * <p>A row holds the sums of a form's {@link RollupLayout} measures over the org units whose parent
 * (as of the period's end) is the row's group, for one period and one basis (approved reports, or
 * submitted ones as well). Because every measure is a count or a sum, a report change moves the
 * sums of exactly one group per basis by the difference between the unit's old and new
 * contribution.
 */
@Component
public class ProgressRollup {
  static final String STALE = "";

  /**
   * The units as of each period's end, with their facts; binds {@code tenant} and {@code years}.
   */
  static String asOf(String tenant, String years) {
    return """
        periods AS (SELECT p, make_date(p::int, 12, 31) AS d FROM unnest(%2$s::text[]) AS p),
        asof AS (
          SELECT periods.p, v.org_unit_id, v.parent_id, u.level, v.area, v.population, v.tags,
                 v.name_zh, v.name_en
          FROM periods
          JOIN org_unit_version v ON v.tenant_id = %1$s AND v.valid_from <= periods.d
               AND (v.valid_to IS NULL OR v.valid_to > periods.d) AND v.active
          JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.org_unit_id = v.org_unit_id
        )"""
        .formatted(tenant, years);
  }

  /** The layouts the tenants' roll-ups were built with; a form missing from it is stale. */
  public record BuiltLayouts(Map<String, String> byTenantAndForm) {
    public String of(String tenantId, String formCode) {
      return byTenantAndForm.getOrDefault(tenantId + "\u0000" + formCode, STALE);
    }
  }

  /** Reads the built layouts of every form of the given tenants, in one query. */
  public Mono<BuiltLayouts> builtLayouts(DatabaseClient db, Collection<String> tenantIds) {
    return db.sql(
            "SELECT tenant_id, form_code, layout FROM progress_rollup_state"
                + " WHERE tenant_id = ANY(:t::text[])")
        .bind("t", tenantIds.toArray(String[]::new))
        .map(
            r ->
                Map.entry(
                    r.get("tenant_id", String.class) + "\u0000" + r.get("form_code", String.class),
                    r.get("layout", String.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .map(BuiltLayouts::new);
  }

  /** The layout the roll-up of the form was built with, or {@link #STALE}. */
  Mono<String> builtLayout(DatabaseClient db, String tenantId, String formCode) {
    return builtLayouts(db, List.of(tenantId)).map(b -> b.of(tenantId, formCode));
  }

  /**
   * The form's sums per period for the selection's subtree (the whole tenant when it has no root),
   * from the roll-up. Only correct when the root itself contributes nothing to the form (see {@link
   * ProgressQuery}).
   */
  public Flux<FormRow> read(DatabaseClient db, Selection selection, FormSpec form) {
    SqlParameters p = new SqlParameters();
    String subtree =
        selection.root() == null ? "" : " AND " + p.bind(selection.root()) + " = ANY(r.path)";
    List<String> sums = sums(form);
    String sql =
        """
        SELECT r.period, ARRAY[%s]::numeric[] AS m
        FROM progress_rollup r
        WHERE r.tenant_id = %s AND r.form_code = %s AND r.basis = %s
          AND r.period = ANY(%s::text[])%s
        GROUP BY r.period
        """
            .formatted(
                String.join(", ", sums),
                p.bind(selection.tenantId()),
                p.bind(form.formCode()),
                p.bind(selection.includeSubmitted() ? "submitted" : "approved"),
                p.bind(selection.years().stream().map(String::valueOf).toArray(String[]::new)),
                subtree);
    return p.applyTo(db.sql(sql)).map(row -> read(row, form)).all();
  }

  /**
   * The roll-up's sums of several forms, per tenant and period, each kept only where the roll-up
   * was built with the form's current layout.
   */
  public static final class Sums {
    private final Map<ProgressQuery.Wanted, List<FormRow>> rows;

    private Sums(Map<ProgressQuery.Wanted, List<FormRow>> rows) {
      this.rows = rows;
    }

    /** The form's rows for its tenant, or null when the roll-up cannot be read for it. */
    public List<FormRow> rows(ProgressQuery.Wanted wanted) {
      return rows.get(wanted);
    }
  }

  /** The forms of one branch: one layout and indicators, for one or more tenants. */
  private record Branch(FormSpec form, List<String> tenants) {}

  /**
   * Reads the sums of every wanted form (whole tenants, or subtrees whose root adds nothing to the
   * form) with the layout each was built with, in one statement: for each roll-up state of the
   * wanted tenants and forms, its sums per period, from the branch of its form and plan (tenants
   * running the same plan share it), each summing only the positions its indicators need. The
   * branches sit inside the lateral join, where they read the state row's columns: a plain union of
   * per-form aggregates is planned as a parallel append, whose worker start-up costs more than the
   * few thousand rows it reads. The selections must share their years, root and basis.
   */
  Mono<Sums> readAll(DatabaseClient db, List<ProgressQuery.Wanted> wanted) {
    Selection first = wanted.get(0).selection();
    SqlParameters p = new SqlParameters();
    String basis = p.bind(first.includeSubmitted() ? "submitted" : "approved");
    String years = p.bind(first.years().stream().map(String::valueOf).toArray(String[]::new));
    String subtree = first.root() == null ? "" : " AND " + p.bind(first.root()) + " = ANY(r.path)";
    // A layout compares by identity: the same object is the same plan's form.
    Map<List<Object>, Branch> branches = new java.util.LinkedHashMap<>();
    for (ProgressQuery.Wanted w : wanted) {
      List<Object> key =
          List.of(w.form().layout(), w.form().indicators().stream().map(i -> i.code()).toList());
      branches
          .computeIfAbsent(key, k -> new Branch(w.form(), new ArrayList<>()))
          .tenants()
          .add(w.selection().tenantId());
    }
    List<String> parts = new ArrayList<>();
    for (Branch branch : branches.values()) {
      parts.add(
          """
            SELECT r.period, ARRAY[%s]::numeric[] AS m
            FROM progress_rollup r
            WHERE s.form_code = %s AND s.tenant_id = ANY(%s::text[])
              AND r.tenant_id = s.tenant_id AND r.form_code = s.form_code AND r.basis = %s
              AND r.period = ANY(%s::text[])%s
            GROUP BY r.period
          """
              .formatted(
                  String.join(", ", sums(branch.form())),
                  p.bind(branch.form().formCode()),
                  p.bind(branch.tenants().toArray(String[]::new)),
                  basis,
                  years,
                  subtree));
    }
    String sql =
        """
        SELECT s.tenant_id, s.form_code, s.layout, r.period, r.m
        FROM progress_rollup_state s
        LEFT JOIN LATERAL (
        %s) r ON true
        WHERE s.tenant_id = ANY(%s::text[]) AND s.form_code = ANY(%s::text[])
        """
            .formatted(
                String.join("  UNION ALL\n", parts),
                p.bind(
                    wanted.stream()
                        .map(w -> w.selection().tenantId())
                        .distinct()
                        .toArray(String[]::new)),
                p.bind(
                    wanted.stream()
                        .map(w -> w.form().formCode())
                        .distinct()
                        .toArray(String[]::new)));
    record Row(String tenant, String form, String layout, String period, BigDecimal[] m) {}
    return p.applyTo(db.sql(sql))
        .map(
            r ->
                new Row(
                    r.get("tenant_id", String.class),
                    r.get("form_code", String.class),
                    r.get("layout", String.class),
                    r.get("period", String.class),
                    r.get("m", BigDecimal[].class)))
        .all()
        .collectList()
        .map(
            rows -> {
              Map<String, List<Row>> byState = new java.util.HashMap<>();
              for (Row row : rows) {
                byState
                    .computeIfAbsent(row.tenant() + "\u0000" + row.form(), k -> new ArrayList<>())
                    .add(row);
              }
              Map<ProgressQuery.Wanted, List<FormRow>> out = new java.util.IdentityHashMap<>();
              for (ProgressQuery.Wanted w : wanted) {
                List<Row> state =
                    byState.get(w.selection().tenantId() + "\u0000" + w.form().formCode());
                if (state == null
                    || !w.form().layout().fingerprint().equals(state.get(0).layout())) {
                  continue;
                }
                List<FormRow> sums = new ArrayList<>();
                for (Row row : state) {
                  if (row.period() != null) {
                    sums.add(
                        ProgressQuery.formRow(
                            w.form(), Integer.parseInt(row.period()), null, null, null, row.m()));
                  }
                }
                out.put(w, sums);
              }
              return new Sums(out);
            });
  }

  /**
   * The sums of each child of the selection's root (the top-level units without a root), from the
   * roll-up; empty when the roll-up cannot tell them apart: when the root's direct children
   * themselves add to the form (their figures share the root's group).
   */
  public Mono<List<FormRow>> children(DatabaseClient db, Selection selection, FormSpec form) {
    SqlParameters p = new SqlParameters();
    String t = p.bind(selection.tenantId());
    String f = p.bind(form.formCode());
    String basis = p.bind(selection.includeSubmitted() ? "submitted" : "approved");
    String years = p.bind(selection.years().stream().map(String::valueOf).toArray(String[]::new));
    String root = selection.root() == null ? null : p.bind(selection.root());
    String parent = root == null ? "v.parent_id IS NULL" : "v.parent_id = " + root;
    String branch = root == null ? "r.path[1]" : "r.path[array_position(r.path, " + root + ") + 1]";
    String below = root == null ? "" : " AND " + root + " = ANY(r.path) AND r.group_id <> " + root;
    String mixed =
        root == null
            ? "false"
            : """
              EXISTS (SELECT 1 FROM progress_rollup r
                      WHERE r.tenant_id = %1$s AND r.form_code = %2$s AND r.basis = %3$s
                        AND r.period = ANY(%4$s::text[]) AND r.group_id = %5$s
                        AND EXISTS (SELECT 1 FROM unnest(r.measures) AS x WHERE x <> 0))
              """
                .formatted(t, f, basis, years, root);
    String sql =
        """
        WITH periods AS (SELECT p, make_date(p::int, 12, 31) AS d FROM unnest(%4$s::text[]) AS p),
        kids AS (
          SELECT periods.p, v.org_unit_id AS branch, v.name_zh, v.name_en
          FROM periods
          JOIN org_unit_version v ON v.tenant_id = %1$s AND %5$s AND v.valid_from <= periods.d
               AND (v.valid_to IS NULL OR v.valid_to > periods.d) AND v.active
        ),
        sums AS (
          SELECT r.period, %6$s AS branch, ARRAY[%7$s]::numeric[] AS m
          FROM progress_rollup r
          WHERE r.tenant_id = %1$s AND r.form_code = %2$s AND r.basis = %3$s
            AND r.period = ANY(%4$s::text[])%8$s
          GROUP BY 1, 2
        )
        SELECT kids.p AS period, kids.branch, kids.name_zh, kids.name_en, sums.m, %9$s AS mixed
        FROM kids LEFT JOIN sums ON sums.period = kids.p AND sums.branch = kids.branch
        """
            .formatted(
                t, f, basis, years, parent, branch, String.join(", ", sums(form)), below, mixed);
    BigDecimal[] none = new BigDecimal[form.layout().width()];
    Arrays.fill(none, BigDecimal.ZERO);
    return p.applyTo(db.sql(sql))
        .map(
            row -> {
              if (Boolean.TRUE.equals(row.get("mixed", Boolean.class))) {
                return Optional.<FormRow>empty();
              }
              BigDecimal[] m = row.get("m", BigDecimal[].class);
              return Optional.of(
                  ProgressQuery.formRow(
                      form,
                      Integer.parseInt(row.get("period", String.class)),
                      row.get("branch", String.class),
                      row.get("name_zh", String.class),
                      row.get("name_en", String.class),
                      m == null ? none : m));
            })
        .all()
        .collectList()
        .flatMap(
            rows ->
                rows.stream().anyMatch(Optional::isEmpty)
                    ? Mono.empty()
                    : Mono.just(rows.stream().map(Optional::get).toList()));
  }

  /**
   * The SELECT expressions summing the layout's measures over roll-up rows {@code r}: only those
   * the wanted indicators need (and the reporting counts), each by its array subscript, which is
   * far cheaper than unnesting every measure of every row; the others read as 0.
   */
  private static List<String> sums(FormSpec form) {
    return sums(needed(form), form.layout().width());
  }

  /** The measure positions the form's wanted indicators need, and the reporting counts. */
  private static Set<Integer> needed(FormSpec form) {
    RollupLayout layout = form.layout();
    Set<Integer> needed = new TreeSet<>(List.of(0, 1));
    Map<String, Integer> offsets = layout.offsets();
    for (var indicator : form.indicators()) {
      int at = offsets.get(indicator.code());
      for (int k = 0; k < ComputationSql.width(indicator); k++) {
        needed.add(at + k);
      }
    }
    return needed;
  }

  private static List<String> sums(Set<Integer> needed, int width) {
    List<String> sums = new ArrayList<>();
    for (int k = 0; k < width; k++) {
      // PostgreSQL arrays count from 1.
      sums.add(needed.contains(k) ? "coalesce(sum(r.measures[" + (k + 1) + "]), 0)" : "0");
    }
    return sums;
  }

  private static FormRow read(Readable row, FormSpec form) {
    BigDecimal[] sums = row.get("m", BigDecimal[].class);
    return ProgressQuery.formRow(
        form, Integer.parseInt(row.get("period", String.class)), null, null, null, sums);
  }

  /**
   * Replaces the form's roll-up with one summed from {@code report_current}, for every year of the
   * plan, and records the layout. The transaction must hold the tenant's exclusive roll-up lock
   * ({@link #exclusiveLock}). Returns the rows written.
   */
  Mono<Long> rebuild(DatabaseClient db, String tenantId, RollupLayout layout, List<Integer> years) {
    SqlParameters p = new SqlParameters();
    String tenant = p.bind(tenantId);
    String formCode = p.bind(layout.formCode());
    String sql =
        "WITH RECURSIVE "
            + asOf(tenant, p.bind(years.stream().map(String::valueOf).toArray(String[]::new)))
            + ",\n"
            + """
            grp AS (SELECT DISTINCT p, coalesce(parent_id, org_unit_id) AS g FROM asof),
            up (p, g, id, depth) AS (
              SELECT p, g, g, 0 FROM grp
              UNION ALL
              SELECT up.p, up.g, a.parent_id, up.depth + 1
              FROM up JOIN asof a ON a.p = up.p AND a.org_unit_id = up.id
              WHERE a.parent_id IS NOT NULL AND up.depth < 64
            ),
            paths AS (SELECT p, g, array_agg(id ORDER BY depth DESC) AS path FROM up GROUP BY p, g),
            src AS (
              SELECT a.p, coalesce(a.parent_id, a.org_unit_id) AS g, a.level, a.area,
                     a.population, a.tags, b.basis,
                     CASE WHEN b.basis = 'submitted' AND rc.status IN ('SUBMITTED', 'APPROVED')
                          THEN rc.field_values ELSE report_current_approved_values(rc) END AS fv
              FROM asof a
              CROSS JOIN (VALUES ('approved'), ('submitted')) AS b (basis)
              LEFT JOIN report_current rc ON rc.tenant_id = %1$s AND rc.form_code = %2$s
                   AND rc.period = a.p AND rc.org_unit_id = a.org_unit_id
            )
            INSERT INTO progress_rollup (tenant_id, form_code, basis, period, group_id, path,
                                         measures)
            SELECT %1$s, %2$s, s.basis, s.p, s.g, paths.path, %3$s
            FROM src s JOIN paths ON paths.p = s.p AND paths.g = s.g
            GROUP BY s.basis, s.p, s.g, paths.path
            """
                .formatted(tenant, formCode, layout.array(p));
    String fingerprint = layout.fingerprint();
    return db.sql("DELETE FROM progress_rollup WHERE tenant_id = :t AND form_code = :f")
        .bind("t", tenantId)
        .bind("f", layout.formCode())
        .fetch()
        .rowsUpdated()
        .then(p.applyTo(db.sql(sql)).fetch().rowsUpdated())
        .flatMap(
            rows ->
                db.sql(
                        """
                        INSERT INTO progress_rollup_state (tenant_id, form_code, layout, rows)
                        VALUES (:t, :f, :l, :n)
                        ON CONFLICT (tenant_id, form_code) DO UPDATE
                        SET layout = EXCLUDED.layout, rows = EXCLUDED.rows, built_at = now()
                        """)
                    .bind("t", tenantId)
                    .bind("f", layout.formCode())
                    .bind("l", fingerprint)
                    .bind("n", rows.intValue())
                    .fetch()
                    .rowsUpdated()
                    .thenReturn(rows));
  }

  /** Waits until no write that maintains the tenant's roll-up is in flight, and holds them off. */
  Mono<Void> exclusiveLock(DatabaseClient db, String tenantId) {
    return db.sql("SELECT pg_advisory_xact_lock(progress_rollup_lock_key(:t))")
        .bind("t", tenantId)
        .fetch()
        .rowsUpdated()
        .then();
  }

  /**
   * Folds a new version of a report of {@code plan}'s form into the roll-up (see {@link #fold(
   * DatabaseClient, RollupLayout, String, String, String, String, String)}); nothing for a form no
   * indicator is computed from.
   */
  public Mono<Void> fold(
      DatabaseClient db,
      Plan plan,
      String formCode,
      String tenantId,
      String orgUnitId,
      String period,
      String status,
      String valuesJson) {
    return Flux.fromIterable(ProgressService.forms(plan, plan.indicators()))
        .filter(spec -> spec.formCode().equals(formCode))
        .concatMap(spec -> fold(db, spec.layout(), tenantId, orgUnitId, period, status, valuesJson))
        .then();
  }

  /**
   * Folds a report change into the roll-up: the difference between the unit's contribution before
   * and after a version with {@code status} and {@code values} is added to its group's rows. Runs
   * in the writing transaction before the version is inserted (it reads the state before it from
   * {@code report_current}); the transaction must hold the tenant's shared roll-up lock.
   */
  Mono<Long> fold(
      DatabaseClient db,
      RollupLayout layout,
      String tenantId,
      String orgUnitId,
      String period,
      String status,
      String valuesJson) {
    SqlParameters p = new SqlParameters();
    String t = p.bind(tenantId);
    String u = p.bind(orgUnitId);
    String year = p.bind(period);
    String f = p.bind(layout.formCode());
    String s = p.bind(status);
    String values = p.bind(valuesJson);
    // The same expressions read the unit's values before and after: each side names them fv.
    String measures = layout.array(p);
    String sql =
        """
        WITH RECURSIVE d AS (SELECT make_date(CAST(%3$s AS int), 12, 31) AS d),
        unit AS (
          SELECT v.org_unit_id, v.parent_id, u.level, v.area, v.population, v.tags
          FROM d, org_unit_version v
          JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.org_unit_id = v.org_unit_id
          WHERE v.tenant_id = %1$s AND v.org_unit_id = %2$s AND v.valid_from <= d.d
            AND (v.valid_to IS NULL OR v.valid_to > d.d) AND v.active
        ),
        up (id, depth) AS (
          SELECT coalesce(parent_id, org_unit_id), 0 FROM unit
          UNION ALL
          SELECT v.parent_id, up.depth + 1
          FROM up, d, org_unit_version v
          WHERE v.tenant_id = %1$s AND v.org_unit_id = up.id AND v.valid_from <= d.d
            AND (v.valid_to IS NULL OR v.valid_to > d.d) AND v.active
            AND v.parent_id IS NOT NULL AND up.depth < 64
        ),
        old AS (
          SELECT report_current_approved_values(rc) AS a, %8$s AS s
          FROM report_current rc
          WHERE tenant_id = %1$s AND form_code = %4$s AND period = %3$s AND org_unit_id = %2$s
        ),
        states (basis, before, after) AS (
          SELECT 'approved', (SELECT a FROM old),
                 CASE WHEN %5$s = 'APPROVED' THEN CAST(%6$s AS jsonb) ELSE (SELECT a FROM old) END
          UNION ALL
          SELECT 'submitted', (SELECT s FROM old),
                 CASE WHEN %5$s IN ('SUBMITTED', 'APPROVED') THEN CAST(%6$s AS jsonb)
                      ELSE (SELECT a FROM old) END
        ),
        delta AS (
          SELECT st.basis,
                 measures_diff(
                   (SELECT %7$s FROM (SELECT unit.level, unit.area, unit.population, unit.tags,
                                             st.after AS fv) x),
                   (SELECT %7$s FROM (SELECT unit.level, unit.area, unit.population, unit.tags,
                                             st.before AS fv) x)) AS m
          FROM states st, unit
        )
        INSERT INTO progress_rollup AS r (tenant_id, form_code, basis, period, group_id, path,
                                          measures)
        SELECT %1$s, %4$s, delta.basis, %3$s, (SELECT coalesce(parent_id, org_unit_id) FROM unit),
               (SELECT array_agg(id ORDER BY depth DESC) FROM up), delta.m
        FROM delta
        WHERE EXISTS (SELECT 1 FROM unnest(delta.m) AS x WHERE x <> 0)
        ORDER BY delta.basis
        ON CONFLICT (tenant_id, form_code, basis, period, group_id)
        DO UPDATE SET measures = measures_add(r.measures, EXCLUDED.measures)
        """
            .formatted(t, u, year, f, s, values, measures, RollupBatchFold.COUNTED_AS_SUBMITTED);
    return p.applyTo(db.sql(sql)).fetch().rowsUpdated();
  }
}
