package org.shequ.plan.api;

import java.util.Objects;

/**
 * Where an indicator stood when the plan was written (e.g. end of the 12th five-year period).
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host when it
 * serves the plan and renders progress (per request). Immutable; never blocks.
 */
public record Baseline(Figure value, int year, Provenance provenance) {
  public Baseline {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
  }
}
