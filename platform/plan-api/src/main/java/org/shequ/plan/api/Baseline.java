package org.shequ.plan.api;

import java.util.Objects;

/** Where an indicator stood when the plan was written (e.g. end of the 12th five-year period). */
public record Baseline(Figure value, int year, Provenance provenance) {
  public Baseline {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
  }
}
