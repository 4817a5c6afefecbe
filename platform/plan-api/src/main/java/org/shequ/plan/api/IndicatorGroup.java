package org.shequ.plan.api;

import java.util.List;
import java.util.Objects;

/**
 * A heading under which the document itself gathers some of its indicators: a 专栏 box, a table, a
 * project (工程) of its tasks. Dashboards show an indicator's card under its group, in the plan's
 * order, and the indicators of no group under "other indicators"; a plan need declare none.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load, with {@link
 * Plan.Builder#indicatorGroup}; checked by {@link PlanValidator} (every code names an indicator of
 * the plan, and no indicator sits in two groups); read by the host when it serves the plan and on
 * every progress request. Immutable; never blocks.
 *
 * @param code stable within the plan, e.g. {@code ZJ-G-STANDARD}
 * @param name the heading in both languages; the Chinese is the document's own words
 * @param provenance the section and the heading verbatim; STATED when the document prints the
 *     heading and puts the indicators under it, DERIVED (with a note) when the plugin reads the
 *     grouping from the text
 * @param indicators codes of the plan's indicators under this heading, in the document's order
 * @since 1.2
 */
public record IndicatorGroup(
    String code, LocalizedText name, Provenance provenance, List<String> indicators) {
  public IndicatorGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provenance, "provenance");
    indicators = List.copyOf(indicators);
  }

  /** Whether {@code indicatorCode} is one of this group's indicators. */
  public boolean contains(String indicatorCode) {
    return indicators.contains(indicatorCode);
  }
}
