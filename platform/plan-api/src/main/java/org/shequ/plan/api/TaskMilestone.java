package org.shequ.plan.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A dated step of a {@link Task}: what must be done by {@link #due()}.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host when it
 * serves the plan and its task timeline. Immutable; never blocks.
 *
 * @param year the year the document gives
 * @param month the month when the document is that precise («2017年初» is January, «年底» December), or
 *     null when it gives the year only; since 1.1
 * @param appliesTo the org units the step is for, when it depends on them («城市社区…农村社区…»); {@link
 *     OrgUnitCondition.Any} for every unit; since 1.1
 */
public record TaskMilestone(
    int year,
    Integer month,
    OrgUnitCondition appliesTo,
    LocalizedText description,
    Provenance provenance) {
  public TaskMilestone {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(provenance, "provenance");
    appliesTo = appliesTo == null ? OrgUnitCondition.any() : appliesTo;
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month must be 1–12: " + month);
    }
  }

  /** The 1.0 shape: by the end of {@code year}, for every unit. */
  public TaskMilestone(int year, LocalizedText description, Provenance provenance) {
    this(year, null, OrgUnitCondition.any(), description, provenance);
  }

  /** The last day the step may be done: the end of its month, or of its year. */
  public LocalDate due() {
    return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
  }

  /** Whether the step depends on the org unit. */
  public boolean conditional() {
    return !(appliesTo instanceof OrgUnitCondition.Any);
  }
}
