package org.shequ.plan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measurable goal of a plan: where it stood ({@link Baseline}), where it must get to ({@link
 * Target}), the yearly {@link Milestone}s on the way, and how its actual value is computed from
 * reports. Qualitative indicators have ordered {@link Stage}s and unit {@link Unit#STAGE}.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host on every
 * progress, comparison and plan request. Immutable; never blocks.
 *
 * @param nationalIndicator code of the national indicator this one maps to, or null
 * @param nationalApproximation when the mapping only approximates the national indicator (a
 *     narrower or wider population, another denominator), why; null when it compares like with
 *     like. Comparison shows it beside the region's figure. Since 1.1.
 * @param eachArea areas that must each meet the target on their own («城镇社区、农村社区…均达到95%»): status is
 *     judged per area and the indicator is achieved only when every area is; empty when the scope's
 *     pooled value is judged. Each must lie inside the scope's area. Since 1.1.
 */
public record Indicator(
    String code,
    LocalizedText name,
    Unit unit,
    Scope scope,
    Direction direction,
    Baseline baseline,
    Target target,
    List<Milestone> milestones,
    List<Stage> stages,
    Computation computation,
    String nationalIndicator,
    Provenance provenance,
    String nationalApproximation,
    List<AreaType> eachArea) {

  /** The 1.0 shape: a like-for-like mapping and one pooled scope. */
  public Indicator(
      String code,
      LocalizedText name,
      Unit unit,
      Scope scope,
      Direction direction,
      Baseline baseline,
      Target target,
      List<Milestone> milestones,
      List<Stage> stages,
      Computation computation,
      String nationalIndicator,
      Provenance provenance) {
    this(
        code,
        name,
        unit,
        scope,
        direction,
        baseline,
        target,
        milestones,
        stages,
        computation,
        nationalIndicator,
        provenance,
        null,
        List.of());
  }

  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(scope, "scope");
    direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    stages = stages == null ? List.of() : List.copyOf(stages);
    Objects.requireNonNull(computation, "computation");
    Objects.requireNonNull(provenance, "provenance");
    eachArea = eachArea == null ? List.of() : List.copyOf(eachArea);
  }

  public boolean qualitative() {
    return !stages.isEmpty();
  }

  /**
   * Whether the target holds for each org unit and the actual is the share of units meeting it
   * ({@link Computation.ShareMeetingTarget}, {@link Computation.ShareMeetingRatio}). Its
   * milestones, if any, are shares of units in percent; its target clauses stay per unit, in {@link
   * #unit()}.
   *
   * @since 1.1
   */
  public boolean perUnit() {
    return computation instanceof Computation.ShareMeetingTarget
        || computation instanceof Computation.ShareMeetingRatio;
  }

  /**
   * The unit of the actual value, which follows from the computation: percent for any share of
   * units or of checklist items, otherwise the indicator's own {@link #unit()}.
   *
   * @since 1.1
   */
  public Unit actualUnit() {
    return perUnit()
            || computation instanceof Computation.ShareOfUnits
            || computation instanceof Computation.ChecklistComplete
            || computation instanceof Computation.ChecklistItems
        ? Unit.PERCENT
        : unit;
  }

  /**
   * The per-unit clause as the plan states it, "≥ 1 人/社区" ("≥ 1 persons per community"), for a
   * {@linkplain #perUnit() per-unit} indicator with a target; empty otherwise. Conditional clauses
   * are joined with "; ", each after its condition: "人口3000人以下: ≥ 2 个/社区; ≥ 5 个/社区".
   *
   * @since 1.1
   */
  public Optional<LocalizedText> perUnitClause() {
    if (!perUnit() || target == null) {
      return Optional.empty();
    }
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Target.TargetClause c : target.clauses()) {
      if (zh.length() > 0) {
        zh.append("; ");
        en.append("; ");
      }
      String figure = c.comparator().symbol() + " " + Figures.describe(c.value());
      LocalizedText when = c.appliesTo().describe();
      if (!when.zh().isEmpty()) {
        zh.append(when.zh()).append(": ");
        en.append(when.en()).append(": ");
      }
      zh.append(figure)
          .append(' ')
          .append(unit.label().zh())
          .append('/')
          .append(scope.level().label().zh());
      en.append(figure)
          .append(' ')
          .append(unit.label().en())
          .append(" per ")
          .append(scope.level().label().en());
    }
    return Optional.of(LocalizedText.of(zh.toString(), en.toString()));
  }

  /** Whether several areas must each meet the target on their own. */
  public boolean judgedPerArea() {
    return !eachArea.isEmpty();
  }

  /** Position of a stage in {@link #stages()}, or -1 if this indicator has no such stage. */
  public int stageOrder(String stageCode) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).code().equals(stageCode)) {
        return i;
      }
    }
    return -1;
  }

  /** The milestone for a year, if the plan sets one. */
  public Optional<Milestone> milestone(int year) {
    return milestones.stream().filter(m -> m.year() == year).findFirst();
  }

  /** Computes the actual value from reports; see {@link Computation#evaluate}. */
  public Actual evaluate(List<UnitReport> reports) {
    List<UnitReport> inScope =
        reports.stream()
            .filter(r -> r.unit().level() == scope.level() && scope.area().covers(r.unit().area()))
            .toList();
    return computation.evaluate(inScope, this);
  }

  public static Builder builder(String code) {
    return new Builder(code);
  }

  /** Builds an {@link Indicator}; code, name, unit, scope, computation and provenance required. */
  public static final class Builder {
    private final String code;
    private LocalizedText name;
    private Unit unit;
    private Scope scope;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Baseline baseline;
    private Target target;
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private Computation computation;
    private String nationalIndicator;
    private String nationalApproximation;
    private final List<AreaType> eachArea = new ArrayList<>();
    private Provenance provenance;

    private Builder(String code) {
      this.code = code;
    }

    public Builder name(String zh, String en) {
      this.name = LocalizedText.of(zh, en);
      return this;
    }

    public Builder unit(Unit unit) {
      this.unit = unit;
      return this;
    }

    public Builder scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    public Builder baseline(Figure value, int year, Provenance provenance) {
      this.baseline = new Baseline(value, year, provenance);
      return this;
    }

    public Builder target(Target target) {
      this.target = target;
      return this;
    }

    public Builder target(int year, Comparator comparator, Figure value, Provenance provenance) {
      this.target = Target.of(year, comparator, value, provenance);
      return this;
    }

    public Builder milestone(int year, Comparator comparator, Figure value, Provenance provenance) {
      this.milestones.add(new Milestone(year, comparator, value, provenance));
      return this;
    }

    /**
     * A level the plan holds every year («保持», «每年…均»): one milestone for each year from {@code
     * firstYear} to {@code lastYear} inclusive, all with the same comparator, value and provenance,
     * and the target at {@code lastYear}. Status then judges each year against its own milestone,
     * so a drop in a middle year is not hidden by the end-of-period target. The provenance should
     * say whether the document states the level for every year (STATED) or whether "held" was read
     * as every year (DERIVED, with that reading in its note).
     *
     * @throws IllegalArgumentException if {@code firstYear} is after {@code lastYear}
     * @since 1.1.0
     */
    public Builder heldEveryYear(
        int firstYear, int lastYear, Comparator comparator, Figure value, Provenance provenance) {
      if (firstYear > lastYear) {
        throw new IllegalArgumentException(
            "first year " + firstYear + " is after last year " + lastYear);
      }
      for (int year = firstYear; year <= lastYear; year++) {
        milestone(year, comparator, value, provenance);
      }
      return target(lastYear, comparator, value, provenance);
    }

    public Builder stage(String code, String zh, String en, Provenance provenance) {
      this.stages.add(new Stage(code, LocalizedText.of(zh, en), provenance));
      return this;
    }

    public Builder computation(Computation computation) {
      this.computation = computation;
      return this;
    }

    public Builder nationalIndicator(String nationalIndicatorCode) {
      this.nationalIndicator = nationalIndicatorCode;
      return this;
    }

    /**
     * Maps to a national indicator that this one only approximates, with the reason shown beside
     * the comparison ("under-45 certification rate, not all community workers").
     *
     * @since 1.1
     */
    public Builder nationalIndicatorApproximately(String nationalIndicatorCode, String note) {
      this.nationalIndicator = nationalIndicatorCode;
      this.nationalApproximation = note;
      return this;
    }

    /**
     * Each of {@code areas} must meet the target on its own («城镇社区、农村社区…均达到»).
     *
     * @since 1.1
     */
    public Builder eachArea(AreaType... areas) {
      this.eachArea.addAll(List.of(areas));
      return this;
    }

    public Builder provenance(Provenance provenance) {
      this.provenance = provenance;
      return this;
    }

    public Indicator build() {
      return new Indicator(
          code,
          name,
          unit,
          scope,
          direction,
          baseline,
          target,
          milestones,
          stages,
          computation,
          nationalIndicator,
          provenance,
          nationalApproximation,
          eachArea);
    }
  }
}
