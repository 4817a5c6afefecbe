package org.shequ.plugins.changzhouxinbei;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Target;

/** Shortcuts for the tests: the plan and compact renderings of figures. */
final class Plans {
  private Plans() {}

  static Plan plan() {
    return new ChangzhouXinbeiPlanModule().plan();
  }

  static Indicator indicator(String code) {
    return plan().indicator(code).orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  /** A figure as text: a number in plain notation, or a stage code. */
  static String text(Figure figure) {
    if (figure instanceof Figure.Number n) {
      return n.value().stripTrailingZeros().toPlainString();
    }
    if (figure instanceof Figure.StageReached s) {
      return s.stage();
    }
    Figure.Range r = (Figure.Range) figure;
    return r.min().toPlainString() + "–" + r.max().toPlainString();
  }

  /** The target as {@code "≥100@2020"}. */
  static String target(Indicator indicator) {
    Target t = indicator.target();
    Target.TargetClause c = t.clauses().get(0);
    return c.comparator().symbol() + text(c.value()) + "@" + t.year();
  }

  /** Milestones as year → {@code "≥25"}, in the order the plan lists them. */
  static Map<Integer, String> milestones(Indicator indicator) {
    return indicator.milestones().stream()
        .collect(
            Collectors.toMap(
                m -> m.year(),
                m -> m.comparator().symbol() + text(m.value()),
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
