package org.shequ.plan.api;

import java.util.List;
import java.util.Objects;

/**
 * A condition on an org unit that decides which {@link Target.TargetClause} applies to it.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; the host evaluates
 * conditions per org unit when it computes progress (in SQL) and judges task milestones. Immutable;
 * never blocks.
 */
public sealed interface OrgUnitCondition {

  boolean test(OrgUnitProfile unit);

  /**
   * Whether the condition depends on the unit's population, which the registry may not know.
   *
   * @since 1.1
   */
  /**
   * Whether the condition names a region's own tag anywhere, nested or not.
   *
   * @since 1.1
   */
  default boolean readsTag() {
    return this instanceof HasTag
        || (this instanceof AllOf all && all.conditions().stream().anyMatch(c -> c.readsTag()));
  }

  /**
   * Whether the condition could hold for {@code unit} if its population were known: every part that
   * does not read the population holds. Used to tell a unit of unknown population that a population
   * clause would decide from one no clause is meant for.
   *
   * @since 1.1
   */
  default boolean holdsApartFromPopulation(OrgUnitProfile unit) {
    if (this instanceof PopulationBelow || this instanceof PopulationAtLeast) {
      return true;
    }
    if (this instanceof AllOf all) {
      return all.conditions().stream().allMatch(c -> c.holdsApartFromPopulation(unit));
    }
    return test(unit);
  }

  /**
   * The condition in words, "常住人口3000人以下" / "under 3000 residents"; empty for {@link Any}.
   *
   * @since 1.1
   */
  default LocalizedText describe() {
    if (this instanceof AreaIs a) {
      return switch (a.area()) {
        case URBAN -> LocalizedText.of("城市社区", "urban communities");
        case RURAL -> LocalizedText.of("农村社区", "rural communities");
        case ALL -> LocalizedText.of("", "");
      };
    }
    if (this instanceof PopulationBelow p) {
      return LocalizedText.of(
          "人口" + p.residents() + "人以下", "under " + p.residents() + " residents");
    }
    if (this instanceof PopulationAtLeast p) {
      return LocalizedText.of("人口" + p.residents() + "人及以上", p.residents() + " residents or more");
    }
    if (this instanceof HasTag t) {
      return LocalizedText.of("标记为" + t.tag(), "tagged " + t.tag());
    }
    if (this instanceof AllOf all) {
      java.util.List<LocalizedText> parts =
          all.conditions().stream()
              .map(OrgUnitCondition::describe)
              .filter(t -> !t.zh().isEmpty())
              .toList();
      return LocalizedText.of(
          String.join("、", parts.stream().map(LocalizedText::zh).toList()),
          String.join(", ", parts.stream().map(LocalizedText::en).toList()));
    }
    return LocalizedText.of("", "");
  }

  default boolean readsPopulation() {
    return this instanceof PopulationBelow
        || this instanceof PopulationAtLeast
        || (this instanceof AllOf all
            && all.conditions().stream().anyMatch(c -> c.readsPopulation()));
  }

  static OrgUnitCondition any() {
    return new Any();
  }

  /** Every org unit. */
  record Any() implements OrgUnitCondition {
    @Override
    public boolean test(OrgUnitProfile unit) {
      return true;
    }
  }

  /** Units whose area is {@code area} ({@code ALL} matches every unit). */
  record AreaIs(AreaType area) implements OrgUnitCondition {
    public AreaIs {
      Objects.requireNonNull(area, "area");
    }

    @Override
    public boolean test(OrgUnitProfile unit) {
      return area.covers(unit.area());
    }
  }

  /** Units with fewer than {@code residents} residents; a unit of unknown population fails. */
  record PopulationBelow(int residents) implements OrgUnitCondition {
    @Override
    public boolean test(OrgUnitProfile unit) {
      return unit.population() != null && unit.population() < residents;
    }
  }

  /** Units with {@code residents} residents or more; a unit of unknown population fails. */
  record PopulationAtLeast(int residents) implements OrgUnitCondition {
    @Override
    public boolean test(OrgUnitProfile unit) {
      return unit.population() != null && unit.population() >= residents;
    }
  }

  /** Units a region has labelled with {@code tag}. */
  record HasTag(String tag) implements OrgUnitCondition {
    public HasTag {
      Objects.requireNonNull(tag, "tag");
    }

    @Override
    public boolean test(OrgUnitProfile unit) {
      return unit.tags().contains(tag);
    }
  }

  /** Units meeting every one of {@code conditions}. */
  record AllOf(List<OrgUnitCondition> conditions) implements OrgUnitCondition {
    public AllOf {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(OrgUnitProfile unit) {
      return conditions.stream().allMatch(c -> c.test(unit));
    }
  }
}
