package org.shequ.server.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Target;

/**
 * Translates an indicator's {@link Computation} into additive measures over the rows of one form,
 * and finishes the value from their sums in Java with exactly the arithmetic of {@link
 * Computation#evaluate}. Every measure is a count or a sum, so measures of disjoint sets of org
 * units add up: that is what lets {@code progress_rollup} keep them per group of units and update
 * them by difference when one report changes. The sums are exact in PostgreSQL; the one division
 * and its half-up rounding happen here, so the two can never disagree by a rounding step.
 *
 * <p>The rows carry {@code fv} (the counted field values, null when the unit has no counted
 * report), {@code level}, {@code area}, {@code population} and {@code tags} of the unit as of the
 * period.
 */
final class ComputationSql {
  private ComputationSql() {}

  /**
   * How many measures {@link #measures} yields for {@code indicator}: one block for its scope and,
   * for an indicator judged per area, one more block per area.
   */
  static int width(Indicator indicator) {
    return block(indicator) * (1 + indicator.eachArea().size());
  }

  /** The measures of one area: the computation's own, then the scope's coverage (2). */
  static int block(Indicator indicator) {
    return valueWidth(indicator) + 2;
  }

  /** How many measures the computation itself needs. */
  private static int valueWidth(Indicator indicator) {
    Computation computation = indicator.computation();
    if (computation instanceof Computation.RatioOfSums
        || computation instanceof Computation.RatioToPopulation
        || computation instanceof Computation.ShareMeetingTarget
        || computation instanceof Computation.ShareMeetingRatio) {
      return 3;
    }
    if (computation instanceof Computation.LatestStage) {
      return 1 + indicator.stages().size();
    }
    return 2;
  }

  /**
   * The aggregate expressions of {@code indicator}, each a count or a sum that is never null: a
   * block for the indicator's scope, then one per area it is {@linkplain Indicator#judgedPerArea()
   * judged in}, each block holding the computation's measures (the first is always the number of
   * units whose reports the value is computed from) and then the units in the block's scope and
   * those of them with a counted report (the indicator's reporting rate).
   */
  static List<String> measures(Indicator indicator, SqlParameters p) {
    List<String> cols = new ArrayList<>(block(indicator, indicator.scope().area(), p));
    for (AreaType area : indicator.eachArea()) {
      cols.addAll(block(indicator, area, p));
    }
    return cols;
  }

  private static List<String> block(Indicator indicator, AreaType area, SqlParameters p) {
    String units = unitFilter(indicator, area, p);
    String scope = "fv IS NOT NULL AND " + units;
    List<String> cols = value(indicator, scope, p);
    cols.add(count(units, null));
    cols.add(count(scope, null));
    return cols;
  }

  /** The computation's measures over the rows {@code scope} admits. */
  private static List<String> value(Indicator indicator, String scope, SqlParameters p) {
    List<String> cols = new ArrayList<>();
    Computation computation = indicator.computation();
    if (computation instanceof Computation.ShareOfUnits c) {
      cols.add(count(scope, null));
      cols.add(count(scope, condition(c.condition(), p)));
    } else if (computation instanceof Computation.CountOfUnits c) {
      cols.add(count(scope, null));
      cols.add(count(scope, condition(c.condition(), p)));
    } else if (computation instanceof Computation.Sum c) {
      numberAggregates(scope, number(c.field(), p), cols);
    } else if (computation instanceof Computation.AveragePerUnit c) {
      numberAggregates(scope, number(c.field(), p), cols);
    } else if (computation instanceof Computation.RatioOfSums c) {
      String num = number(c.numerator(), p);
      String den = number(c.denominator(), p);
      String both = num + " IS NOT NULL AND " + den + " IS NOT NULL";
      cols.add(count(scope, both));
      cols.add(sum(scope, both, num));
      cols.add(sum(scope, both, den));
    } else if (computation instanceof Computation.RatioToPopulation c) {
      String num = number(c.field(), p);
      String both = num + " IS NOT NULL AND population IS NOT NULL";
      cols.add(count(scope, both));
      cols.add(sum(scope, both, num));
      cols.add(sum(scope, both, "population"));
    } else if (computation instanceof Computation.ShareMeetingTarget c) {
      perUnitShare(indicator.target(), number(c.field(), p), scope, p, cols);
    } else if (computation instanceof Computation.ShareMeetingRatio c) {
      perUnitShare(indicator.target(), ratio(c, p), scope, p, cols);
    } else if (computation instanceof Computation.ChecklistComplete c) {
      cols.add(count(scope, null));
      cols.add(
          count(
              scope,
              "("
                  + String.join(" AND ", c.items().stream().map(item -> ticked(item, p)).toList())
                  + ")"));
    } else if (computation instanceof Computation.ChecklistItems c) {
      cols.add(count(scope, null));
      cols.add(
          sum(
              scope,
              "true",
              "("
                  + String.join(
                      " + ", c.items().stream().map(item -> ticked(item, p) + "::int").toList())
                  + ")"));
    } else if (computation instanceof Computation.LatestStage c) {
      // One count per stage: the earliest stage any unit is at is the first non-zero count.
      String stage = "report_text(fv, " + p.bind(c.field()) + ")";
      List<String> codes = indicator.stages().stream().map(s -> s.code()).toList();
      cols.add(
          count(scope, stage + " = ANY(" + p.bind(codes.toArray(String[]::new)) + "::text[])"));
      for (String code : codes) {
        cols.add(count(scope, stage + " = " + p.bind(code)));
      }
    } else {
      throw new IllegalStateException("no SQL for " + computation);
    }
    return cols;
  }

  /**
   * The figures of {@code indicator} from the sums of its measures, which start at {@code offset}
   * in {@code sums}: the value and reporting rate over its scope and, for an indicator judged per
   * area, over each area.
   */
  static IndicatorFigures figures(Indicator indicator, BigDecimal[] sums, int offset) {
    int block = block(indicator);
    List<IndicatorFigures.Area> areas = new ArrayList<>();
    for (int k = 0; k < indicator.eachArea().size(); k++) {
      int at = offset + (k + 1) * block;
      areas.add(
          new IndicatorFigures.Area(
              indicator.eachArea().get(k),
              finish(indicator, sums, at),
              coverage(indicator, sums, at)));
    }
    return new IndicatorFigures(
        finish(indicator, sums, offset), coverage(indicator, sums, offset), areas);
  }

  private static ReportingRate coverage(Indicator indicator, BigDecimal[] sums, int at) {
    int from = at + valueWidth(indicator);
    return ReportingRate.of(longOf(sums[from]), longOf(sums[from + 1]));
  }

  /**
   * The three measures of a per-unit share: units judged against their own clause, those meeting
   * it, and those whose clause their unknown population would decide ({@link Target#undecidedFor}),
   * which are left out of the first two.
   */
  private static void perUnitShare(
      Target target, String value, String scope, SqlParameters p, List<String> cols) {
    if (target == null) {
      cols.add(count(scope, "false"));
      cols.add(count(scope, "false"));
      cols.add(count(scope, "false"));
      return;
    }
    String undecided = undecided(target, p);
    String judged = value + " IS NOT NULL AND NOT " + undecided + " AND ";
    cols.add(count(scope, judged + clauseCovers(target, p)));
    cols.add(count(scope, judged + clauseMet(target, value, p)));
    cols.add(count(scope, value + " IS NOT NULL AND " + undecided));
  }

  /**
   * {@link Target#undecidedFor} in SQL: the population is unknown and, going through the clauses in
   * order, the first that could apply to the unit reads the population.
   */
  private static String undecided(Target target, SqlParameters p) {
    if (!target.dependsOnPopulation()) {
      return "false";
    }
    StringBuilder sql = new StringBuilder("(population IS NULL AND CASE");
    for (var clause : target.clauses()) {
      OrgUnitCondition when = clause.appliesTo();
      if (when.readsPopulation()) {
        sql.append(" WHEN ").append(apartFromPopulation(when, p)).append(" THEN true");
      } else {
        sql.append(" WHEN ").append(unitCondition(when, p)).append(" THEN false");
      }
    }
    return sql.append(" ELSE false END)").toString();
  }

  /** {@link OrgUnitCondition#holdsApartFromPopulation} in SQL. */
  private static String apartFromPopulation(OrgUnitCondition condition, SqlParameters p) {
    if (condition instanceof OrgUnitCondition.PopulationBelow
        || condition instanceof OrgUnitCondition.PopulationAtLeast) {
      return "true";
    }
    if (condition instanceof OrgUnitCondition.AllOf all && !all.conditions().isEmpty()) {
      return "("
          + String.join(
              " AND ", all.conditions().stream().map(c -> apartFromPopulation(c, p)).toList())
          + ")";
    }
    return unitCondition(condition, p);
  }

  /**
   * A unit's own ratio, {@code scale × numerator ÷ denominator} rounded as {@link
   * Computation.ShareMeetingRatio#ratio}, or null without a non-zero denominator.
   */
  private static String ratio(Computation.ShareMeetingRatio c, SqlParameters p) {
    String den = number(c.denominator(), p);
    return "round("
        + p.bind(c.scale())
        + "::numeric * "
        + number(c.numerator(), p)
        + " / nullif("
        + den
        + ", 0), "
        + Computation.SCALE
        + ")";
  }

  private static long longOf(BigDecimal sum) {
    return sum == null ? 0 : sum.longValueExact();
  }

  /**
   * The actual value from the sums of one block of {@code indicator}'s measures, which starts at
   * {@code offset} in {@code sums}, with exactly the arithmetic of {@link Computation#evaluate}.
   */
  static Actual finish(Indicator indicator, BigDecimal[] sums, int offset) {
    int n = sums[offset] == null ? 0 : sums[offset].intValueExact();
    Computation computation = indicator.computation();
    if (computation instanceof Computation.ShareMeetingTarget
        || computation instanceof Computation.ShareMeetingRatio) {
      int unknown = sums[offset + 2] == null ? 0 : sums[offset + 2].intValueExact();
      if (n == 0) {
        return unknown == 0 ? Actual.noData() : new Actual(null, null, 0, unknown);
      }
      return new Actual(percent(sums[offset + 1], BigDecimal.valueOf(n)), null, n, unknown);
    }
    if (n == 0) {
      return Actual.noData();
    }
    BigDecimal a = sums[offset + 1];
    if (computation instanceof Computation.ShareOfUnits
        || computation instanceof Computation.ChecklistComplete) {
      return new Actual(percent(a, BigDecimal.valueOf(n)), null, n);
    }
    if (computation instanceof Computation.ChecklistItems c) {
      return new Actual(percent(a, BigDecimal.valueOf((long) c.items().size() * n)), null, n);
    }
    if (computation instanceof Computation.CountOfUnits || computation instanceof Computation.Sum) {
      return new Actual(a, null, n);
    }
    if (computation instanceof Computation.AveragePerUnit) {
      return new Actual(divide(a, BigDecimal.valueOf(n)), null, n);
    }
    if (computation instanceof Computation.RatioOfSums c) {
      return ratio(c.scale(), a, sums[offset + 2], n);
    }
    if (computation instanceof Computation.RatioToPopulation c) {
      return ratio(c.scale(), a, sums[offset + 2], n);
    }
    for (int stage = 0; stage < indicator.stages().size(); stage++) {
      if (sums[offset + 1 + stage].signum() > 0) {
        return new Actual(null, indicator.stages().get(stage).code(), n);
      }
    }
    throw new IllegalStateException("stage counts do not add up for " + indicator.code());
  }

  private static Actual ratio(BigDecimal scale, BigDecimal a, BigDecimal b, int n) {
    if (b == null || b.signum() == 0) {
      return new Actual(null, null, n);
    }
    return new Actual(divide(scale.multiply(a), b), null, n);
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return divide(Computation.HUNDRED.multiply(part), whole);
  }

  private static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, Computation.SCALE, RoundingMode.HALF_UP);
  }

  private static void numberAggregates(String scope, String number, List<String> cols) {
    cols.add(count(scope, number + " IS NOT NULL"));
    cols.add(sum(scope, number + " IS NOT NULL", number));
  }

  /** The units an indicator reads in {@code area}: its scope's level, and the area. */
  private static String unitFilter(Indicator indicator, AreaType area, SqlParameters p) {
    String filter = "level = " + p.bind(indicator.scope().level().name());
    return area == AreaType.ALL ? filter : filter + " AND area = " + p.bind(area.name());
  }

  /** Whether a checklist item is ticked: answered, and not false or zero. */
  private static String ticked(String item, SqlParameters p) {
    return "coalesce(" + number(item, p) + " <> 0, false)";
  }

  private static String count(String scope, String extra) {
    String where = extra == null ? scope : scope + " AND " + extra;
    return "count(*) FILTER (WHERE " + where + ")::numeric";
  }

  private static String sum(String scope, String extra, String value) {
    return "coalesce(sum(" + value + ") FILTER (WHERE " + scope + " AND " + extra + "), 0)";
  }

  static String number(String field, SqlParameters p) {
    return "report_number(fv, " + p.bind(field) + ")";
  }

  private static String condition(FieldCondition c, SqlParameters p) {
    return compare(number(c.field(), p), c.comparator(), p.bind(c.value()) + "::numeric");
  }

  private static String compare(String left, Comparator comparator, String right) {
    String op =
        switch (comparator) {
          case AT_LEAST -> ">=";
          case AT_MOST -> "<=";
          case GREATER_THAN -> ">";
          case LESS_THAN -> "<";
          case EQUAL, BETWEEN -> "=";
          case APPROXIMATELY ->
              throw new IllegalArgumentException("APPROXIMATELY needs a band, not one number");
        };
    return "coalesce(" + left + " " + op + " " + right + ", false)";
  }

  /** Whether any clause of the target covers the unit. */
  private static String clauseCovers(Target target, SqlParameters p) {
    List<String> any = new ArrayList<>();
    for (var clause : target.clauses()) {
      any.add(unitCondition(clause.appliesTo(), p));
    }
    return "(" + String.join(" OR ", any) + ")";
  }

  /** Whether the unit meets the first clause that covers it (as {@link Target#clauseFor}). */
  private static String clauseMet(Target target, String value, SqlParameters p) {
    StringBuilder sql = new StringBuilder("(CASE");
    for (var clause : target.clauses()) {
      sql.append(" WHEN ")
          .append(unitCondition(clause.appliesTo(), p))
          .append(" THEN ")
          .append(meets(value, clause.comparator(), clause.value(), p));
    }
    return sql.append(" ELSE false END)").toString();
  }

  /** {@link org.shequ.plan.api.Figures#meets} in SQL. */
  private static String meets(String value, Comparator comparator, Figure figure, SqlParameters p) {
    if (figure instanceof Figure.Relative r) {
      return meets(value, comparator, new Figure.Number(r.value()), p);
    }
    if (figure instanceof Figure.About a) {
      return comparator == Comparator.APPROXIMATELY
          ? between(value, a.min(), a.max(), p)
          : meets(value, comparator, new Figure.Number(a.value()), p);
    }
    if (figure instanceof Figure.Number n) {
      return compare(
          value,
          comparator == Comparator.BETWEEN || comparator == Comparator.APPROXIMATELY
              ? Comparator.EQUAL
              : comparator,
          p.bind(n.value()) + "::numeric");
    }
    if (figure instanceof Figure.Range r) {
      return switch (comparator) {
        case AT_LEAST, GREATER_THAN -> compare(value, comparator, p.bind(r.min()) + "::numeric");
        case AT_MOST, LESS_THAN -> compare(value, comparator, p.bind(r.max()) + "::numeric");
        case EQUAL, BETWEEN, APPROXIMATELY -> between(value, r.min(), r.max(), p);
      };
    }
    return "false";
  }

  private static String between(String value, BigDecimal min, BigDecimal max, SqlParameters p) {
    return "coalesce("
        + value
        + " BETWEEN "
        + p.bind(min)
        + "::numeric AND "
        + p.bind(max)
        + "::numeric, false)";
  }

  /** {@link OrgUnitCondition#test} in SQL over the unit's facts as of the period. */
  static String unitCondition(OrgUnitCondition condition, SqlParameters p) {
    if (condition instanceof OrgUnitCondition.AreaIs a) {
      return a.area() == AreaType.ALL
          ? "true"
          : "coalesce(area = " + p.bind(a.area().name()) + ", false)";
    }
    if (condition instanceof OrgUnitCondition.PopulationBelow b) {
      return "coalesce(population < " + p.bind(b.residents()) + ", false)";
    }
    if (condition instanceof OrgUnitCondition.PopulationAtLeast b) {
      return "coalesce(population >= " + p.bind(b.residents()) + ", false)";
    }
    if (condition instanceof OrgUnitCondition.HasTag t) {
      return "coalesce(" + p.bind(t.tag()) + " = ANY(tags), false)";
    }
    if (condition instanceof OrgUnitCondition.AllOf all) {
      return all.conditions().isEmpty()
          ? "true"
          : "("
              + String.join(
                  " AND ", all.conditions().stream().map(c -> unitCondition(c, p)).toList())
              + ")";
    }
    return "true";
  }
}
