package org.shequ.plan.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How an indicator's actual value is computed from the reports of one form, over the org units of
 * the indicator's scope. Every variant is data, so the host can also compute it in SQL at scale;
 * {@link #evaluate} is the reference that defines the result (percentages and ratios are rounded
 * half-up to {@link #SCALE} decimals).
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}. The host reads the variant on every
 * progress request and computes it in SQL; {@link #evaluate} is called by the plugin's tests and
 * the host's own tests, never on a request path. Pure; never blocks.
 */
public sealed interface Computation {

  int SCALE = 4;

  /** The form whose reports feed the computation. */
  String formCode();

  /** The form fields it reads. */
  List<String> fields();

  /**
   * Computes the actual value from reports already filtered to the indicator's scope (area and
   * level). Pure; called by the plugin test kit and by the host as the reference for its SQL.
   */
  Actual evaluate(List<UnitReport> reports, Indicator indicator);

  /** One hundred, for percentages. */
  BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, SCALE, RoundingMode.HALF_UP);
  }

  /** Percentage of reporting units whose report meets {@code condition} (e.g. has a centre). */
  record ShareOfUnits(String formCode, FieldCondition condition) implements Computation {
    public ShareOfUnits {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public List<String> fields() {
      return List.of(condition.field());
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      if (reports.isEmpty()) {
        return Actual.noData();
      }
      long meeting = reports.stream().filter(r -> condition.test(r.values())).count();
      return new Actual(
          divide(HUNDRED.multiply(BigDecimal.valueOf(meeting)), BigDecimal.valueOf(reports.size())),
          null,
          reports.size());
    }
  }

  /** Number of reporting units whose report meets {@code condition}. */
  record CountOfUnits(String formCode, FieldCondition condition) implements Computation {
    public CountOfUnits {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public List<String> fields() {
      return List.of(condition.field());
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      if (reports.isEmpty()) {
        return Actual.noData();
      }
      long meeting = reports.stream().filter(r -> condition.test(r.values())).count();
      return new Actual(BigDecimal.valueOf(meeting), null, reports.size());
    }
  }

  /** Sum of a numeric field over reporting units (e.g. registered volunteers). */
  record Sum(String formCode, String field) implements Computation {
    public Sum {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(field, "field");
    }

    @Override
    public List<String> fields() {
      return List.of(field);
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      List<BigDecimal> values = numbers(reports, field);
      if (values.isEmpty()) {
        return Actual.noData();
      }
      return new Actual(
          values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), null, values.size());
    }
  }

  /** Average of a numeric field per reporting unit (e.g. social organisations per community). */
  record AveragePerUnit(String formCode, String field) implements Computation {
    public AveragePerUnit {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(field, "field");
    }

    @Override
    public List<String> fields() {
      return List.of(field);
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      List<BigDecimal> values = numbers(reports, field);
      if (values.isEmpty()) {
        return Actual.noData();
      }
      BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      return new Actual(divide(sum, BigDecimal.valueOf(values.size())), null, values.size());
    }
  }

  /**
   * {@code scale × Σ numerator ÷ Σ denominator} over reporting units, e.g. certified social workers
   * as a percentage of all social workers (scale 100). Units missing either field are left out.
   */
  record RatioOfSums(String formCode, String numerator, String denominator, BigDecimal scale)
      implements Computation {
    public RatioOfSums {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      scale = scale == null ? BigDecimal.ONE : scale;
    }

    @Override
    public List<String> fields() {
      return List.of(numerator, denominator);
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      BigDecimal num = BigDecimal.ZERO;
      BigDecimal den = BigDecimal.ZERO;
      int n = 0;
      for (UnitReport r : reports) {
        var a = r.values().number(numerator);
        var b = r.values().number(denominator);
        if (a.isPresent() && b.isPresent()) {
          num = num.add(a.get());
          den = den.add(b.get());
          n++;
        }
      }
      if (n == 0 || den.signum() == 0) {
        return n == 0 ? Actual.noData() : new Actual(null, null, n);
      }
      return new Actual(divide(scale.multiply(num), den), null, n);
    }
  }

  /**
   * {@code scale × Σ field ÷ Σ population} of the reporting units, e.g. social workers per 10,000
   * residents (scale 10,000). Units of unknown population are left out.
   */
  record RatioToPopulation(String formCode, String field, BigDecimal scale) implements Computation {
    public RatioToPopulation {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(field, "field");
      scale = scale == null ? BigDecimal.ONE : scale;
    }

    @Override
    public List<String> fields() {
      return List.of(field);
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      BigDecimal num = BigDecimal.ZERO;
      long population = 0;
      int n = 0;
      for (UnitReport r : reports) {
        var a = r.values().number(field);
        if (a.isPresent() && r.unit().population() != null) {
          num = num.add(a.get());
          population += r.unit().population();
          n++;
        }
      }
      if (n == 0 || population == 0) {
        return n == 0 ? Actual.noData() : new Actual(null, null, n);
      }
      return new Actual(divide(scale.multiply(num), BigDecimal.valueOf(population)), null, n);
    }
  }

  /**
   * Percentage of reporting units whose {@code field} meets the indicator's target clause for that
   * unit (Jiexiu: ≥ 2 social organisations below 3,000 residents, ≥ 5 otherwise): the actual of a
   * per-unit target, in percent of units whatever the indicator's unit. A unit no clause covers
   * because its population is unknown while the target depends on population is counted in {@link
   * Actual#unknown()} (since 1.1); other units no clause covers are outside the target and left
   * out.
   */
  record ShareMeetingTarget(String formCode, String field) implements Computation {
    public ShareMeetingTarget {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(field, "field");
    }

    @Override
    public List<String> fields() {
      return List.of(field);
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      return shareMeetingOwnClause(reports, indicator, values -> values.number(field));
    }
  }

  /**
   * Percentage of reporting units whose own ratio {@code scale × numerator ÷ denominator} meets
   * their target clause: a per-unit cap or floor on a ratio of two fields («社区干部办公用房面积控制在社区用房面积的
   * 20%以内», each community). Like {@link ShareMeetingTarget} in every other way, unknown units
   * included; a unit with a zero or missing denominator has no ratio and is left out.
   *
   * @since 1.1
   */
  record ShareMeetingRatio(String formCode, String numerator, String denominator, BigDecimal scale)
      implements Computation {
    public ShareMeetingRatio {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      scale = scale == null ? BigDecimal.ONE : scale;
    }

    @Override
    public List<String> fields() {
      return List.of(numerator, denominator);
    }

    /** The unit's own ratio, or empty when a field is missing or the denominator is zero. */
    public java.util.Optional<BigDecimal> ratio(FormValues values) {
      var a = values.number(numerator);
      var b = values.number(denominator);
      if (a.isEmpty() || b.isEmpty() || b.get().signum() == 0) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(divide(scale.multiply(a.get()), b.get()));
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      return shareMeetingOwnClause(reports, indicator, this::ratio);
    }
  }

  /**
   * Percentage of reporting units that ticked every item of a checklist («六有», «五室»): each item is
   * a BOOLEAN field of the form, and the count comes from the ticks themselves, never from a
   * separately typed total. A unit that left an item unanswered has not ticked it. Called by the
   * test kit and, as the reference for its SQL, by the host; pure.
   *
   * @param items the checklist's BOOLEAN fields, at least one
   * @since 1.1
   */
  record ChecklistComplete(String formCode, List<String> items) implements Computation {
    public ChecklistComplete {
      Objects.requireNonNull(formCode, "formCode");
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("a checklist has at least one item");
      }
    }

    @Override
    public List<String> fields() {
      return items;
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      if (reports.isEmpty()) {
        return Actual.noData();
      }
      long complete = reports.stream().filter(r -> ticked(r, items) == items.size()).count();
      return new Actual(
          divide(
              HUNDRED.multiply(BigDecimal.valueOf(complete)), BigDecimal.valueOf(reports.size())),
          null,
          reports.size());
    }
  }

  /**
   * Ticked items as a percentage of all checklist items over the reporting units: how far the
   * region is through a checklist, counted from the ticks. Same inputs and rules as {@link
   * ChecklistComplete}.
   *
   * @since 1.1
   */
  record ChecklistItems(String formCode, List<String> items) implements Computation {
    public ChecklistItems {
      Objects.requireNonNull(formCode, "formCode");
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("a checklist has at least one item");
      }
    }

    @Override
    public List<String> fields() {
      return items;
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      if (reports.isEmpty()) {
        return Actual.noData();
      }
      long ticked = reports.stream().mapToLong(r -> ticked(r, items)).sum();
      long all = (long) items.size() * reports.size();
      return new Actual(
          divide(HUNDRED.multiply(BigDecimal.valueOf(ticked)), BigDecimal.valueOf(all)),
          null,
          reports.size());
    }
  }

  /**
   * The stage every reporting unit has reached (the earliest of their stages): for a region-level
   * form, simply the region's own stage. {@code field} is an ENUM whose options are the indicator's
   * stages, in the same order.
   */
  record LatestStage(String formCode, String field) implements Computation {
    public LatestStage {
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(field, "field");
    }

    @Override
    public List<String> fields() {
      return List.of(field);
    }

    @Override
    public Actual evaluate(List<UnitReport> reports, Indicator indicator) {
      int lowest = Integer.MAX_VALUE;
      int n = 0;
      for (UnitReport r : reports) {
        var stage = r.values().text(field);
        if (stage.isEmpty()) {
          continue;
        }
        int order = indicator.stageOrder(stage.get());
        if (order < 0) {
          continue;
        }
        n++;
        lowest = Math.min(lowest, order);
      }
      if (n == 0) {
        return Actual.noData();
      }
      return new Actual(null, indicator.stages().get(lowest).code(), n);
    }
  }

  /**
   * The share of units whose own value meets their own target clause, units of undecided clause
   * counted as unknown: the arithmetic of every per-unit target.
   */
  private static Actual shareMeetingOwnClause(
      List<UnitReport> reports,
      Indicator indicator,
      java.util.function.Function<FormValues, java.util.Optional<BigDecimal>> valueOf) {
    Target target = indicator.target();
    if (target == null) {
      throw new IllegalStateException(indicator.code() + ": a per-unit share needs a target");
    }
    int counted = 0;
    int meeting = 0;
    int unknown = 0;
    for (UnitReport r : reports) {
      var value = valueOf.apply(r.values());
      if (value.isEmpty()) {
        continue;
      }
      if (target.undecidedFor(r.unit())) {
        unknown++;
        continue;
      }
      var clause = target.clauseFor(r.unit());
      if (clause.isEmpty()) {
        continue;
      }
      counted++;
      if (Figures.meets(value.get(), clause.get().comparator(), clause.get().value())) {
        meeting++;
      }
    }
    if (counted == 0) {
      return unknown == 0 ? Actual.noData() : new Actual(null, null, 0, unknown);
    }
    return new Actual(
        divide(HUNDRED.multiply(BigDecimal.valueOf(meeting)), BigDecimal.valueOf(counted)),
        null,
        counted,
        unknown);
  }

  private static int ticked(UnitReport report, List<String> items) {
    int n = 0;
    for (String item : items) {
      if (report.values().number(item).map(v -> v.signum() != 0).orElse(false)) {
        n++;
      }
    }
    return n;
  }

  private static List<BigDecimal> numbers(List<UnitReport> reports, String field) {
    return reports.stream().flatMap(r -> r.values().number(field).stream()).toList();
  }
}
