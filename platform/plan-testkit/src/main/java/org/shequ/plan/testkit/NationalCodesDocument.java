package org.shequ.plan.testkit;

import static org.shequ.plan.testkit.PlanWords.cell;
import static org.shequ.plan.testkit.PlanWords.code;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Target;

/**
 * {@code docs/national-codes.md}: one table of the national indicator catalogue, the codes a
 * regional indicator may map to, with names, unit, area, definition, national target and
 * benchmarks. Rendered from the catalogue the national plugin provides, and checked by {@link
 * PlanContract} in that plugin's build, so it never drifts from the catalogue.
 */
public final class NationalCodesDocument {
  private NationalCodesDocument() {}

  /** The whole document for {@code catalogue}, in catalogue order. */
  public static String render(List<NationalIndicator> catalogue) {
    List<String> lines = new ArrayList<>();
    lines.add("# National indicator codes");
    lines.add("");
    lines.add(
        "*Generated from the national plugin's catalogue by `PlanContract`; do not edit. Regenerate"
            + " with `./mvnw -o -pl plugins/national -am verify -D"
            + PlanDocuments.WRITE_PROPERTY
            + "=true`.*");
    lines.add("");
    lines.add(
        "A regional indicator maps to one of these codes with"
            + " `nationalIndicator(NationalCodes.CODE)`, or with"
            + " `nationalIndicatorApproximately(NationalCodes.CODE, note)` when it counts something"
            + " narrower or wider than the definition. Each code is a constant of"
            + " `org.shequ.plan.api.NationalCodes`. A plugin's own tests (`PlanContract`) check its"
            + " mappings against these codes when the national plugin is on their classpath: the"
            + " `plan-national` test dependency.");
    lines.add("");
    lines.add("| Code | Name | Unit | Area | Definition | National target | Benchmarks |");
    lines.add("|---|---|---|---|---|---|---|");
    for (NationalIndicator n : catalogue) {
      lines.add(
          "| "
              + String.join(
                  " | ",
                  code(n.code()),
                  cell(n.name().zh()) + "<br>" + cell(n.name().en()),
                  PlanWords.unit(n.unit()),
                  PlanWords.area(n.area()),
                  cell(n.definition().zh()) + "<br>" + cell(n.definition().en()),
                  target(n),
                  benchmarks(n))
              + " |");
    }
    lines.add("");
    return String.join("\n", lines);
  }

  private static String target(NationalIndicator n) {
    Target t = n.target();
    if (t == null) {
      return "none";
    }
    return t.clauses().stream()
        .map(
            c ->
                (c.appliesTo() instanceof OrgUnitCondition.Any
                        ? ""
                        : cell(PlanWords.condition(c.appliesTo())) + ": ")
                    + cell(PlanWords.clause(c.comparator(), c.value(), n.unit(), null))
                    + " by "
                    + t.year())
        .collect(Collectors.joining("<br>"));
  }

  private static String benchmarks(NationalIndicator n) {
    if (n.benchmarks().isEmpty()) {
      return "none";
    }
    return n.benchmarks().stream()
        .map(b -> cell(PlanWords.figure(b.value(), n.unit(), null)) + " (" + b.asOf() + ")")
        .collect(Collectors.joining("<br>"));
  }
}
