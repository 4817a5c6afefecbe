package org.shequ.plan.api;

import java.util.Objects;

/**
 * The value an indicator is expected to reach in a given year of the plan.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host when it
 * judges status for a year (every progress request). Immutable; never blocks.
 */
public record Milestone(int year, Comparator comparator, Figure value, Provenance provenance) {
  public Milestone {
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
  }
}
