package org.shequ.plan.api;

import java.util.List;
import java.util.Objects;

/** A condition on an org unit that decides which {@link Target.TargetClause} applies to it. */
public sealed interface OrgUnitCondition {

  boolean test(OrgUnitProfile unit);

  /**
   * Whether the condition depends on the unit's population, which the registry may not know.
   *
   * @since 1.1
   */
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
