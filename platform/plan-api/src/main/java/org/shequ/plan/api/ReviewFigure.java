package org.shequ.plan.api;

import java.util.Objects;

/**
 * A figure from the document's review of the previous period (the 十二五 回顾), kept as a number with
 * its provenance even when no indicator of the plan measures it: Zhejiang's 44.08亿元 of funding,
 * Changzhou's 149 villages and 45 communities merged into 48 + 60. Plugins build them; the host
 * serves them with the plan as context beside the indicators. Pure data; never blocks.
 *
 * @param code stable within the plan
 * @param name what the figure counts, in both languages
 * @param value the figure as the document gives it, in {@code unit}
 * @param unit its unit
 * @param year the year (or last year of the period) it describes
 * @param scope what it counts over (urban, rural or all; community, street or region level)
 * @param provenance section and verbatim wording
 * @since 1.1
 */
public record ReviewFigure(
    String code,
    LocalizedText name,
    Figure value,
    Unit unit,
    int year,
    Scope scope,
    Provenance provenance) {
  public ReviewFigure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(provenance, "provenance");
  }
}
