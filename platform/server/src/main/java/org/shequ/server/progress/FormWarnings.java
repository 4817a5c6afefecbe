package org.shequ.server.progress;

import java.util.List;
import org.shequ.plan.api.LocalizedText;

/**
 * How many units' counted reports of one form carry the plan's warnings (broken WARNING rules, e.g.
 * office space above 20% of the premises): targets a unit reported honestly that it misses.
 *
 * @param units units in the subtree whose counted report for the period has at least one warning
 * @param rules per rule that warned: its code, the field it names, its message and how many units
 * @param indicators per indicator of the form reading a field some warning names: how many units'
 *     counted reports carry such a warning; indicators without any are left out
 */
public record FormWarnings(
    String formCode, long units, List<RuleWarnings> rules, List<IndicatorWarnings> indicators) {
  public FormWarnings {
    rules = List.copyOf(rules);
    indicators = List.copyOf(indicators);
  }

  /** One rule that warned, as the plugin states it. */
  public record RuleWarnings(String code, String field, LocalizedText message, long units) {}

  /** Units with a warning on a field that {@code indicator} reads. */
  public record IndicatorWarnings(String indicator, long units) {}
}
