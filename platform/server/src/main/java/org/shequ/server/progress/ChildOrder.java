package org.shequ.server.progress;

import java.math.BigDecimal;
import java.util.Comparator;
import org.shequ.plan.api.Indicator;
import org.shequ.server.web.Problems;

/** Orders of the drill-down: worst status first (default), by actual, by reporting rate, by id. */
public enum ChildOrder {
  STATUS("status"),
  ACTUAL("actual"),
  ACTUAL_DESC("-actual"),
  REPORTING("reporting"),
  ORG_UNIT("orgUnit");

  private final String code;

  ChildOrder(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ChildOrder parse(String sort) {
    if (sort == null || sort.isBlank()) {
      return STATUS;
    }
    for (ChildOrder o : values()) {
      if (o.code.equals(sort)) {
        return o;
      }
    }
    throw Problems.badRequest("invalid-sort");
  }

  Comparator<ChildProgress.Child> comparator(Indicator indicator) {
    Comparator<ChildProgress.Child> byId = Comparator.comparing(ChildProgress.Child::orgUnit);
    Comparator<ChildProgress.Child> byActual =
        Comparator.comparing(
            (ChildProgress.Child c) -> value(indicator, c),
            Comparator.nullsLast(Comparator.naturalOrder()));
    return switch (this) {
      case STATUS ->
          Comparator.comparing((ChildProgress.Child c) -> c.status().ordinal())
              .thenComparing(byActual)
              .thenComparing(byId);
      case ACTUAL -> byActual.thenComparing(byId);
      case ACTUAL_DESC ->
          Comparator.comparing(
                  (ChildProgress.Child c) -> value(indicator, c),
                  Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
              .thenComparing(byId);
      case REPORTING ->
          Comparator.comparing(
                  (ChildProgress.Child c) -> c.reporting().rate(),
                  Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
              .thenComparing(byId);
      case ORG_UNIT -> byId;
    };
  }

  /** A comparable number: the actual, or the stage's position for stage indicators. */
  private static BigDecimal value(Indicator indicator, ChildProgress.Child c) {
    if (c.actualStage() != null) {
      return BigDecimal.valueOf(indicator.stageOrder(c.actualStage()));
    }
    return c.actual();
  }
}
