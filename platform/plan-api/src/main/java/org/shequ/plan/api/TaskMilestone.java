package org.shequ.plan.api;

import java.util.Objects;

/** A dated step of a {@link Task}: what must be done by the end of {@code year}. */
public record TaskMilestone(int year, LocalizedText description, Provenance provenance) {
  public TaskMilestone {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(provenance, "provenance");
  }
}
