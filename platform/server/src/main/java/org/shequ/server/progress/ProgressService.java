package org.shequ.server.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;
import org.shequ.server.progress.ProgressQuery.FormRow;
import org.shequ.server.progress.ProgressQuery.FormSpec;
import org.shequ.server.progress.ProgressQuery.Selection;
import org.shequ.server.security.Caller;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.Problems;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Assembles a plan's progress for a subtree and period from the per-form SQL passes. */
@Service
public class ProgressService {
  private final TenantDatabase database;
  private final ProgressQuery query;
  private final WarningCountStore warnings;
  private final ProgressProperties properties;

  public ProgressService(
      TenantDatabase database,
      ProgressQuery query,
      WarningCountStore warnings,
      ProgressProperties properties) {
    this.database = database;
    this.query = query;
    this.warnings = warnings;
    this.properties = properties;
  }

  /**
   * The subtree asked for, checked: it exists, and a reporter may only see its own subtree.
   *
   * @param level the root's level when it has a parent, else null (see {@link Selection})
   */
  record Root(String id, boolean wholeTenant, OrgUnitLevel level) {}

  /** What a progress request asks for. */
  private record Request(
      Caller caller, Tenant tenant, Plan plan, int year, String orgUnit, boolean submitted) {
    List<Integer> years() {
      return IntStream.rangeClosed(plan.period().startYear(), year).boxed().toList();
    }

    String shownRoot() {
      return orgUnit == null ? defaultRoot(caller) : orgUnit;
    }
  }

  /** The indicators of a request, judged, before the warnings are counted. */
  private record Judged(Root root, List<IndicatorProgress> indicators) {}

  /** Every indicator of {@code plan}, for {@code year}, with the trend since the plan's start. */
  public Mono<ProgressView> progress(
      Caller caller, Tenant tenant, Plan plan, int year, String orgUnit, boolean submitted) {
    Request request = new Request(caller, tenant, plan, year, orgUnit, submitted);
    return database
        .inTenant(
            tenant.id(),
            db ->
                root(db, caller, tenant.id(), orgUnit)
                    .flatMap(root -> judged(db, request, root))
                    .flatMap(judged -> view(db, request, judged)))
        .single();
  }

  /** Every form's figures for every year so far, in one pass per form, judged for the period. */
  private Mono<Judged> judged(DatabaseClient db, Request request, Root root) {
    Selection selection =
        new Selection(
            request.tenant().id(),
            request.years(),
            root.id(),
            root.level(),
            false,
            request.submitted());
    List<ProgressQuery.Wanted> wanted =
        forms(request.plan(), request.plan().indicators()).stream()
            .map(spec -> new ProgressQuery.Wanted(selection, spec))
            .toList();
    return query
        .runAll(db, wanted)
        .map(ProgressQuery.Answer::row)
        .collectList()
        .map(rows -> new Judged(root, assemble(request, root, rows)));
  }

  /** The judged indicators with the warnings counted in the same subtree. */
  private Mono<ProgressView> view(DatabaseClient db, Request request, Judged judged) {
    Root root = judged.root();
    return warnings
        .count(
            db,
            request.plan(),
            request.tenant().id(),
            request.year(),
            root.wholeTenant() ? null : root.id(),
            request.submitted())
        .map(
            counted ->
                new ProgressView(
                    request.tenant().id(),
                    request.plan().id(),
                    request.year(),
                    request.shownRoot(),
                    request.submitted() ? "submitted" : "approved",
                    Instant.now(),
                    minimumRate(),
                    judged.indicators(),
                    counted,
                    new PlanYears(
                        request.plan().period().startYear(), request.plan().period().endYear()),
                    request.plan().indicatorGroups()));
  }

  private BigDecimal minimumRate() {
    return properties.minimumReportingRate();
  }

  /** One indicator for each child of the subtree root. */
  public Mono<ChildProgress> children(
      Caller caller,
      Tenant tenant,
      Plan plan,
      Indicator indicator,
      int year,
      String orgUnit,
      boolean submitted,
      ChildOrder order) {
    FormSpec spec = forms(plan, List.of(indicator)).get(0);
    return database
        .inTenant(
            tenant.id(),
            db ->
                root(db, caller, tenant.id(), orgUnit)
                    .flatMapMany(
                        root ->
                            query.run(
                                db,
                                new Selection(
                                    tenant.id(),
                                    List.of(year),
                                    root.id(),
                                    root.level(),
                                    true,
                                    submitted),
                                spec)))
        .map(row -> child(indicator, year, row))
        .collectList()
        .map(
            list ->
                new ChildProgress(
                    tenant.id(),
                    plan.id(),
                    indicator.code(),
                    indicator.name(),
                    indicator.actualUnit().label(),
                    indicator.perUnitClause().orElse(null),
                    year,
                    orgUnit == null ? defaultRoot(caller) : orgUnit,
                    order.code(),
                    minimumRate(),
                    StatusRule.expected(indicator, year, false)
                        .map(e -> FigureView.of(indicator, e))
                        .orElse(null),
                    StatusRule.target(indicator, false)
                        .map(e -> FigureView.of(indicator, e))
                        .orElse(null),
                    list.stream().sorted(order.comparator(indicator)).toList()));
  }

  private ChildProgress.Child child(Indicator indicator, int year, FormRow row) {
    IndicatorFigures figures = row.figures().get(indicator.code());
    Actual actual = figures.actual();
    StatusRule.Judgement judgement =
        StatusRule.judge(indicator, year, figures, false, minimumRate());
    return new ChildProgress.Child(
        row.branch(),
        LocalizedText.of(
            row.branchNameZh(),
            row.branchNameEn() == null ? row.branchNameZh() : row.branchNameEn()),
        actual.number(),
        actual.stage(),
        actual.reports(),
        actual.unknown(),
        judgement.status(),
        figures.reporting(),
        areas(figures, judgement));
  }

  private static List<AreaProgress> areas(
      IndicatorFigures figures, StatusRule.Judgement judgement) {
    return figures.areas().stream()
        .map(a -> AreaProgress.of(a, judgement.areas().get(a.area())))
        .toList();
  }

  /**
   * The indicators grouped by the form they are computed from, in plan order, each with the measure
   * layout of every plan indicator computed from that form.
   */
  public static List<FormSpec> forms(Plan plan, List<Indicator> indicators) {
    return PlanForms.of(plan, indicators);
  }

  private List<IndicatorProgress> assemble(Request request, Root root, List<FormRow> rows) {
    Plan plan = request.plan();
    int year = request.year();
    Map<String, FormRow> current = new LinkedHashMap<>();
    // Every year's actual by indicator, from the same pass: the history and the projection's
    // points.
    Map<String, Map<Integer, Actual>> yearly = new LinkedHashMap<>();
    for (FormRow row : rows) {
      if (row.year() == year) {
        current.put(row.formCode(), row);
      }
      row.actuals()
          .forEach(
              (code, actual) ->
                  yearly.computeIfAbsent(code, k -> new TreeMap<>()).put(row.year(), actual));
    }
    List<IndicatorProgress> out = new ArrayList<>();
    for (Indicator i : plan.indicators()) {
      FormRow row = current.get(i.computation().formCode());
      IndicatorFigures figures =
          row == null ? IndicatorFigures.none(i) : row.figures().get(i.code());
      Map<Integer, Actual> byYear = yearly.getOrDefault(i.code(), Map.of());
      out.add(
          indicator(plan, i, year, root.wholeTenant(), figures, history(request.years(), byYear)));
    }
    return out;
  }

  /** One point per year asked for, a year without a row or data having no actual. */
  private static List<YearActual> history(List<Integer> years, Map<Integer, Actual> byYear) {
    return years.stream()
        .map(
            y -> {
              Actual a = byYear.getOrDefault(y, Actual.noData());
              return new YearActual(y, a.number(), a.stage(), a.reports());
            })
        .toList();
  }

  /** The years with a number, which the projection is fitted to. */
  private static Map<Integer, BigDecimal> trend(List<YearActual> history) {
    Map<Integer, BigDecimal> trend = new TreeMap<>();
    history.stream()
        .filter(h -> h.reports() > 0 && h.actual() != null)
        .forEach(h -> trend.put(h.year(), h.actual()));
    return trend;
  }

  private IndicatorProgress indicator(
      Plan plan,
      Indicator i,
      int year,
      boolean wholeTenant,
      IndicatorFigures figures,
      List<YearActual> history) {
    Actual actual = figures.actual();
    var expected = StatusRule.expected(i, year, wholeTenant);
    StatusRule.Judgement judgement = StatusRule.judge(i, year, figures, wholeTenant, minimumRate());
    return new IndicatorProgress(
        i.code(),
        i.name(),
        i.actualUnit().label(),
        i.perUnitClause().orElse(null),
        i.computation().formCode(),
        i.nationalIndicator(),
        actual.number(),
        actual.stage(),
        actual.reports(),
        actual.unknown(),
        i.baseline() == null ? null : FigureView.baseline(i),
        expected.map(e -> FigureView.of(i, e)).orElse(null),
        expected.map(Expectation::source).orElse(null),
        StatusRule.target(i, wholeTenant).map(e -> FigureView.of(i, e)).orElse(null),
        judgement.status(),
        figures.reporting(),
        areas(figures, judgement),
        i.qualitative() ? null : Projection.of(i, trend(history), plan.period().endYear()),
        plan.groupOf(i.code()).map(IndicatorGroup::code).orElse(null),
        i.provenance(),
        i.milestones().stream()
            .sorted(java.util.Comparator.comparingInt(Milestone::year))
            .map(FigureView::milestone)
            .toList(),
        history,
        i.stages().stream().map(StageView::of).toList());
  }

  private static String defaultRoot(Caller caller) {
    return caller.readsOnlyOwnSubtree() ? caller.firstOrgUnit() : null;
  }

  /**
   * Resolves the subtree root: a reporter defaults to, and is confined to, its own org unit's
   * subtree (as the tree stands today). An unknown unit is a 404, and so is a unit outside the
   * reporter's subtree, with the same body, so a reporter learns nothing of units it cannot see.
   */
  private Mono<Root> root(DatabaseClient db, Caller caller, String tenantId, String orgUnit) {
    String id = orgUnit == null ? defaultRoot(caller) : orgUnit;
    if (id == null) {
      return Mono.just(new Root(null, true, null));
    }
    if (caller.readsOnlyOwnSubtree() && !caller.hasOrgUnits()) {
      return Mono.error(TenantAccess.forbidden());
    }
    return db.sql(
            """
            WITH RECURSIVE up AS (
              SELECT org_unit_id, parent_id FROM org_unit_version
              WHERE tenant_id = :t AND org_unit_id = :id AND valid_to IS NULL
              UNION
              SELECT v.org_unit_id, v.parent_id FROM org_unit_version v
              JOIN up ON v.tenant_id = :t AND v.org_unit_id = up.parent_id AND v.valid_to IS NULL
            )
            SELECT (SELECT parent_id IS NULL FROM up WHERE org_unit_id = :id) AS top,
                   coalesce(bool_or(org_unit_id = ANY(CAST(:mine AS text[]))), false) AS mine,
                   (SELECT level FROM org_unit WHERE tenant_id = :t AND org_unit_id = :id) AS level
            FROM up
            """)
        .bind("t", tenantId)
        .bind("id", id)
        .bind("mine", caller.orgUnitArray())
        .map(
            r ->
                new Object[] {
                  r.get("top", Boolean.class),
                  r.get("mine", Boolean.class),
                  r.get("level", String.class)
                })
        .one()
        .flatMap(
            r -> {
              if (r[0] == null || (caller.readsOnlyOwnSubtree() && !Boolean.TRUE.equals(r[1]))) {
                return Mono.error(Problems.notFound("org-unit", id));
              }
              boolean top = (Boolean) r[0];
              return Mono.just(new Root(id, top, top ? null : OrgUnitLevel.valueOf((String) r[2])));
            });
  }
}
