package org.shequ.server.comparison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Plan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.progress.Expectation;
import org.shequ.server.progress.FigureView;
import org.shequ.server.progress.IndicatorFigures;
import org.shequ.server.progress.ProgressProperties;
import org.shequ.server.progress.ProgressQuery;
import org.shequ.server.progress.ProgressQuery.FormRow;
import org.shequ.server.progress.ProgressQuery.Selection;
import org.shequ.server.progress.ProgressService;
import org.shequ.server.progress.StatusRule;
import org.shequ.server.progress.TenantPlans;
import org.shequ.server.storage.NationalDatabase;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Compares tenants on national indicators: for each active tenant, its plan covering the period,
 * the local indicators mapped to national ones, computed over the whole tenant from approved
 * reports in one read-only transaction across tenants (one SQL pass per tenant and form).
 */
@Service
public class ComparisonService {
  private final NationalDatabase database;
  private final TenantRepository tenants;
  private final TenantPlans plans;
  private final PlanRegistry registry;
  private final ProgressQuery query;
  private final ProgressProperties progressProperties;

  public ComparisonService(
      NationalDatabase database,
      TenantRepository tenants,
      TenantPlans plans,
      PlanRegistry registry,
      ProgressQuery query,
      ProgressProperties progressProperties) {
    this.database = database;
    this.tenants = tenants;
    this.plans = plans;
    this.registry = registry;
    this.query = query;
    this.progressProperties = progressProperties;
  }

  /** A tenant's plan and its indicators mapped to the national catalogue. */
  private record Mapped(Tenant tenant, Plan plan, List<Indicator> indicators) {}

  /** A computed local figure. */
  private record Computed(
      Mapped mapped, Indicator indicator, IndicatorFigures figures, FormRow row) {}

  public Optional<NationalIndicator> nationalIndicator(String code) {
    return registry.nationalIndicators().stream().filter(n -> n.code().equals(code)).findFirst();
  }

  /** One national indicator across tenants. */
  public Mono<ComparisonView> compare(NationalIndicator national, int year) {
    return compute(List.of(national), year).map(computed -> view(national, year, computed));
  }

  /** Every national indicator across tenants. */
  public Mono<MatrixView> matrix(int year) {
    List<NationalIndicator> all = registry.nationalIndicators();
    return tenants
        .findAll()
        .filter(Tenant::active)
        .map(Tenant::id)
        .collectList()
        .zipWith(compute(all, year))
        .map(
            t ->
                new MatrixView(
                    year,
                    Instant.now(),
                    t.getT1(),
                    all.stream().map(n -> view(n, year, t.getT2())).toList()));
  }

  private Mono<List<Computed>> compute(List<NationalIndicator> nationals, int year) {
    List<String> codes = nationals.stream().map(NationalIndicator::code).toList();
    return tenants
        .findAll()
        .filter(Tenant::active)
        .flatMapIterable(tenant -> mapped(tenant, codes, year))
        .collectList()
        .flatMap(
            mapped -> database.acrossTenants(db -> computeAll(db, mapped, year)).collectList());
  }

  /** The tenant's plan covering {@code year}, with its indicators mapped to {@code codes}. */
  private List<Mapped> mapped(Tenant tenant, List<String> codes, int year) {
    return plans.covering(tenant, year).stream()
        .map(plan -> new Mapped(tenant, plan, mappedIndicators(plan, codes)))
        .filter(m -> !m.indicators().isEmpty())
        .toList();
  }

  private static List<Indicator> mappedIndicators(Plan plan, List<String> codes) {
    return plan.indicators().stream()
        .filter(i -> i.nationalIndicator() != null && codes.contains(i.nationalIndicator()))
        .toList();
  }

  /**
   * Every mapped indicator's figures, from the roll-ups built for these tenants: one statement for
   * every tenant and form (tenants running the same plan share its branch).
   */
  private Flux<Computed> computeAll(DatabaseClient db, List<Mapped> mapped, int year) {
    Map<ProgressQuery.Wanted, Mapped> byWanted = new IdentityHashMap<>();
    List<ProgressQuery.Wanted> wanted = new ArrayList<>();
    for (Mapped m : mapped) {
      Selection whole = Selection.tenant(m.tenant().id(), List.of(year), false);
      for (var spec : ProgressService.forms(m.plan(), m.indicators())) {
        ProgressQuery.Wanted w = new ProgressQuery.Wanted(whole, spec);
        byWanted.put(w, m);
        wanted.add(w);
      }
    }
    if (wanted.isEmpty()) {
      return Flux.empty();
    }
    return query
        .runAll(db, wanted)
        .flatMapIterable(answer -> computed(byWanted.get(answer.wanted()), answer.row()));
  }

  private static List<Computed> computed(Mapped m, FormRow row) {
    return m.indicators().stream()
        .filter(i -> row.figures().containsKey(i.code()))
        .map(i -> new Computed(m, i, row.figures().get(i.code()), row))
        .toList();
  }

  /**
   * One tenant's figure, judged by the rules of progress for the whole tenant, in the unit the
   * computation yields, with the note of a mapping that only approximates the national indicator.
   */
  private ComparisonView.TenantFigure figure(Computed c, int year) {
    Indicator indicator = c.indicator();
    Actual actual = c.figures().actual();
    StatusRule.Judgement judgement =
        StatusRule.judge(
            indicator, year, c.figures(), true, progressProperties.minimumReportingRate());
    Expectation target = StatusRule.target(indicator, true).orElse(null);
    String note = indicator.nationalApproximation();
    return new ComparisonView.TenantFigure(
        c.mapped().tenant().id(),
        c.mapped().tenant().name(),
        c.mapped().plan().id(),
        indicator.code(),
        indicator.name(),
        actual.number(),
        actual.stage(),
        indicator.actualUnit().label(),
        indicator.perUnitClause().orElse(null),
        actual.reports(),
        actual.unknown(),
        StatusRule.expected(indicator, year, true)
            .map(e -> FigureView.of(indicator, e))
            .orElse(null),
        target == null ? null : FigureView.of(indicator, target),
        Achievement.ratio(indicator, actual, target),
        judgement.status(),
        c.figures().reporting(),
        note != null && !note.isBlank(),
        note == null || note.isBlank() ? null : note);
  }

  private ComparisonView view(NationalIndicator national, int year, List<Computed> all) {
    List<ComparisonView.TenantFigure> figures = new ArrayList<>();
    for (Computed c : all) {
      if (!national.code().equals(c.indicator().nationalIndicator())) {
        continue;
      }
      figures.add(figure(c, year));
    }
    figures.sort(
        Comparator.comparing(ComparisonView.TenantFigure::tenant)
            .thenComparing(ComparisonView.TenantFigure::indicator));
    LocalDate end = LocalDate.of(year, 12, 31);
    var benchmark =
        national.benchmarks().stream()
            .filter(b -> !b.asOf().isAfter(end))
            .max(Comparator.comparing(NationalIndicator.Benchmark::asOf))
            .or(
                () ->
                    national.benchmarks().stream()
                        .min(Comparator.comparing(NationalIndicator.Benchmark::asOf)));
    var target = national.target();
    var nationalTarget =
        target == null
            ? null
            : target
                .regionClause()
                .map(
                    c ->
                        FigureView.of(
                            target.year(), c.comparator(), c.value(), target.provenance()))
                .orElse(null);
    return new ComparisonView(
        national.code(),
        national.name(),
        national.unit().label(),
        year,
        benchmark.map(b -> FigureView.of(null, null, b.value(), b.provenance())).orElse(null),
        benchmark.map(b -> b.asOf().toString()).orElse(null),
        nationalTarget,
        Instant.now(),
        figures);
  }
}
