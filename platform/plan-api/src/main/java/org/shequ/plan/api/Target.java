package org.shequ.plan.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an indicator must reach by {@code year}. Most targets have one clause that applies to every
 * org unit; population- or area-dependent targets (Jiexiu: rural communities under 3,000 residents
 * need ≥ 2 social organisations, others ≥ 5) have several, tried in order, first match wins.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host on every
 * progress and comparison request. Immutable; never blocks.
 */
public record Target(int year, List<TargetClause> clauses, Provenance provenance) {
  public Target {
    clauses = List.copyOf(clauses);
    Objects.requireNonNull(provenance, "provenance");
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("a target needs at least one clause");
    }
  }

  public static Target of(int year, Comparator comparator, Figure value, Provenance provenance) {
    return new Target(
        year, List.of(new TargetClause(OrgUnitCondition.any(), comparator, value)), provenance);
  }

  /** The clause for one org unit, or empty when no clause covers it. */
  public Optional<TargetClause> clauseFor(OrgUnitProfile unit) {
    return clauses.stream().filter(c -> c.appliesTo().test(unit)).findFirst();
  }

  /** The clause that applies to the region as a whole: the first unconditional one, if any. */
  public Optional<TargetClause> regionClause() {
    return clauses.stream().filter(c -> c.appliesTo() instanceof OrgUnitCondition.Any).findFirst();
  }

  /**
   * Whether some clause's condition reads the unit's population, so that a unit of unknown
   * population cannot be judged.
   *
   * @since 1.1
   */
  public boolean dependsOnPopulation() {
    return clauses.stream().anyMatch(c -> c.appliesTo().readsPopulation());
  }

  /**
   * Whether the unit's own clause cannot be decided because its population is unknown: going
   * through the clauses in order, the first one that could apply to it reads the population. A
   * catch-all clause after a population clause does not decide such a unit.
   *
   * @since 1.1
   */
  public boolean undecidedFor(OrgUnitProfile unit) {
    if (unit.population() != null) {
      return false;
    }
    for (TargetClause c : clauses) {
      if (c.appliesTo().readsPopulation() && c.appliesTo().holdsApartFromPopulation(unit)) {
        return true;
      }
      if (c.appliesTo().test(unit)) {
        return false;
      }
    }
    return false;
  }

  /** One condition-dependent part of a target. */
  public record TargetClause(OrgUnitCondition appliesTo, Comparator comparator, Figure value) {
    public TargetClause {
      Objects.requireNonNull(appliesTo, "appliesTo");
      Objects.requireNonNull(comparator, "comparator");
      Objects.requireNonNull(value, "value");
    }
  }
}
