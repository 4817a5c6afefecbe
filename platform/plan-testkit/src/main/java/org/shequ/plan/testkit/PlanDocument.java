package org.shequ.plan.testkit;

import static org.shequ.plan.testkit.PlanWords.both;
import static org.shequ.plan.testkit.PlanWords.cell;
import static org.shequ.plan.testkit.PlanWords.clause;
import static org.shequ.plan.testkit.PlanWords.code;
import static org.shequ.plan.testkit.PlanWords.inline;
import static org.shequ.plan.testkit.PlanWords.plain;
import static org.shequ.plan.testkit.PlanWords.provenance;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.LostContent;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.ReviewFigure;
import org.shequ.plan.api.Severity;
import org.shequ.plan.api.Stage;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;
import org.shequ.plan.api.Unit;

/**
 * The per-plan document {@code docs/plans/<plan-id>.md}, rendered from the plan itself so that it
 * cannot drift from what the plugin serves: header and inferred metadata, goals, review figures,
 * lost content, the document's own groups of indicators, indicators grouped by the section of the
 * document they come from, tasks, forms and rules, and, for the national plugin, its indicator
 * catalogue. English prose; every Chinese original is quoted verbatim. The output depends only on
 * the plan (lists in their order, maps in enum order), so the same plan always renders the same
 * bytes. {@link PlanContract} compares it with the file in the repository.
 */
public final class PlanDocument {
  private final Plan plan;
  private final List<NationalIndicator> catalogue;
  private final StringBuilder out = new StringBuilder();

  private PlanDocument(Plan plan, List<NationalIndicator> catalogue) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.catalogue = catalogue == null ? List.of() : catalogue;
  }

  /** The document of {@code plan}, Markdown, lines ending in {@code \n}. */
  public static String render(Plan plan) {
    return render(plan, List.of());
  }

  /** The document of {@code plan} followed by the national indicator catalogue, if any. */
  public static String render(Plan plan, List<NationalIndicator> catalogue) {
    return new PlanDocument(plan, catalogue).build();
  }

  private String build() {
    header();
    goals();
    reviewFigures();
    lost();
    groups();
    indicators();
    tasks();
    forms();
    catalogue();
    return out.toString().stripTrailing() + "\n";
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private void blank() {
    out.append('\n');
  }

  private void header() {
    line("<!-- Generated from plan " + plan.id() + " by the plan test kit (PlanDocument).");
    line("     Do not edit: change the plugin, then regenerate (see docs/plans/README.md). -->");
    blank();
    line("# " + inline(plan.title().zh()));
    blank();
    line("*" + inline(plan.title().en()) + "*");
    blank();
    line("| | |");
    line("|---|---|");
    line("| Plan id | " + code(plan.id()) + " |");
    line("| Region (tenant) | " + (plan.region() == null ? "none" : code(plan.region())) + " |");
    List<String> issuers = new ArrayList<>();
    for (Issuer i : plan.issuers()) {
      issuers.add(cell(both(i.name())) + (i.lead() ? ", lead issuer" : ", co-issuer"));
    }
    row("Issuers", issuers.isEmpty() ? "none" : String.join("; ", issuers), MetadataField.ISSUERS);
    row(
        "文号 (document number)",
        plan.documentNumber() == null ? "none" : cell(plan.documentNumber()),
        MetadataField.DOCUMENT_NUMBER);
    row("Issued", plan.issueDate().toString(), MetadataField.ISSUE_DATE);
    row(
        "Published",
        plan.publishedDate() == null ? "not given separately" : plan.publishedDate().toString(),
        MetadataField.PUBLISHED_DATE);
    line("| Period | " + plan.period().startYear() + "–" + plan.period().endYear() + " |");
    blank();
    if (plan.inferred().isEmpty()) {
      line("The document prints all of this metadata.");
    } else {
      line("Inferred metadata (the document does not print it), with the plugin's reasons:");
      blank();
      plan.inferred().forEach((field, reason) -> line("- " + label(field) + ": " + inline(reason)));
    }
    blank();
  }

  private void row(String name, String value, MetadataField field) {
    String mark = plan.inferred().containsKey(field) ? " *(inferred, see below)*" : "";
    line("| " + name + " | " + value + mark + " |");
  }

  private static String label(MetadataField field) {
    return switch (field) {
      case ISSUERS -> "Issuers";
      case DOCUMENT_NUMBER -> "文号 (document number)";
      case ISSUE_DATE -> "Issue date";
      case PUBLISHED_DATE -> "Published date";
    };
  }

  private void goals() {
    line("## Goals");
    blank();
    if (plan.goals().isEmpty()) {
      line("The plan records no qualitative goals.");
      blank();
      return;
    }
    for (Goal g : plan.goals()) {
      line(
          "- "
              + code(g.code())
              + (g.year() == null ? "" : " (by " + g.year() + ")")
              + ": "
              + inline(g.text().zh())
              + " — "
              + inline(g.text().en()));
      line("  - " + provenance(g.provenance()));
    }
    blank();
  }

  private void reviewFigures() {
    line("## Figures of the review of the previous period");
    blank();
    if (plan.reviewFigures().isEmpty()) {
      line("The plan records no figures of the review.");
      blank();
      return;
    }
    for (ReviewFigure r : plan.reviewFigures()) {
      line(
          "- "
              + code(r.code())
              + " "
              + both(r.name())
              + ": "
              + PlanWords.figure(r.value(), r.unit(), null)
              + " in "
              + r.year()
              + ", "
              + PlanWords.scope(r.scope()));
      line("  - " + provenance(r.provenance()));
    }
    blank();
  }

  private void lost() {
    line("## Content the captured document lost");
    blank();
    if (plan.lost().isEmpty()) {
      line("None recorded.");
      blank();
      return;
    }
    for (LostContent l : plan.lost()) {
      line(
          "- "
              + inline(l.section())
              + ": «"
              + inline(l.title())
              + "»"
              + (l.note().isBlank() ? "" : ". " + inline(l.note())));
    }
    blank();
  }

  /** The headings the document gathers its indicators under (plan-api 1.2), and the rest. */
  private void groups() {
    if (plan.indicatorGroups().isEmpty()) {
      return;
    }
    line("## Indicator groups");
    blank();
    line("The document's own headings over its indicators, in its order; dashboards show each");
    line("indicator under its group.");
    blank();
    for (IndicatorGroup g : plan.indicatorGroups()) {
      line("- " + code(g.code()) + " " + both(g.name()) + ": " + codes(g.indicators()));
      line("  - " + provenance(g.provenance()));
    }
    List<String> ungrouped =
        plan.indicators().stream()
            .map(Indicator::code)
            .filter(c -> plan.groupOf(c).isEmpty())
            .toList();
    line("- In no group (other indicators): " + (ungrouped.isEmpty() ? "none" : codes(ungrouped)));
    blank();
  }

  private static String codes(List<String> codes) {
    return String.join(", ", codes.stream().map(PlanWords::code).toList());
  }

  private void indicators() {
    line("## Indicators");
    blank();
    if (plan.indicators().isEmpty()) {
      line("The plan has no indicators.");
      blank();
      return;
    }
    Map<String, List<Indicator>> bySection = new LinkedHashMap<>();
    for (Indicator i : plan.indicators()) {
      bySection.computeIfAbsent(i.provenance().section(), s -> new ArrayList<>()).add(i);
    }
    bySection.forEach(
        (section, indicators) -> {
          line("### Indicators from " + inline(section));
          blank();
          indicators.forEach(this::indicator);
        });
  }

  private void indicator(Indicator i) {
    line("#### " + code(i.code()) + " " + inline(i.name().zh()));
    blank();
    line("*" + inline(i.name().en()) + "*");
    blank();
    String unit = "- Unit: " + PlanWords.unit(i.unit());
    if (i.actualUnit() != i.unit()) {
      unit += "; the actual value is in " + PlanWords.unit(i.actualUnit());
      unit += i.perUnit() ? " of units meeting their own target" : " of units";
    }
    line(unit);
    line("- Scope: " + PlanWords.scope(i.scope()));
    if (i.judgedPerArea()) {
      List<String> areas = i.eachArea().stream().map(PlanWords::area).toList();
      line(
          "- Judged per area: "
              + String.join(" and ", areas)
              + " must each meet the target on their own");
    }
    line("- Direction: " + PlanWords.direction(i.direction()));
    if (i.baseline() != null) {
      line(
          "- Baseline ("
              + i.baseline().year()
              + "): "
              + PlanWords.figure(i.baseline().value(), i.unit(), i));
      line("  - " + sameOr(i.baseline().provenance(), i.provenance()));
    } else {
      line("- Baseline: none");
    }
    target(i);
    milestones(i);
    if (i.qualitative()) {
      line("- Stages, in order:");
      int n = 1;
      for (Stage s : i.stages()) {
        line("  " + n++ + ". " + code(s.code()) + " " + both(s.name()));
        line("     - " + sameOr(s.provenance(), i.provenance()));
      }
    }
    line(
        "- Computation: "
            + PlanWords.computation(
                i.computation(), plan.form(i.computation().formCode()).orElse(null), i));
    if (i.nationalIndicator() == null) {
      line("- National mapping: none");
    } else if (i.nationalApproximation() == null) {
      line("- National mapping: " + code(i.nationalIndicator()) + ", like for like");
    } else {
      line(
          "- National mapping: "
              + code(i.nationalIndicator())
              + ", approximate: "
              + inline(i.nationalApproximation()));
    }
    line("- Provenance: " + provenance(i.provenance()));
    blank();
  }

  private void target(Indicator i) {
    Target t = i.target();
    if (t == null) {
      line("- Target: none");
      return;
    }
    clauses(t, i.unit(), i);
    i.perUnitClause()
        .ifPresent(
            c ->
                line(
                    "  - Per unit, as shown beside the share: "
                        + inline(c.zh())
                        + " ("
                        + inline(c.en())
                        + ")"));
    line("  - " + sameOr(t.provenance(), i.provenance()));
  }

  /** The target's clauses: one line when it holds for every unit, else one line per condition. */
  private void clauses(Target t, Unit unit, Indicator i) {
    if (t.clauses().size() == 1 && t.clauses().get(0).appliesTo() instanceof OrgUnitCondition.Any) {
      var c = t.clauses().get(0);
      line("- Target (" + t.year() + "): " + clause(c.comparator(), c.value(), unit, i));
      return;
    }
    line("- Target (" + t.year() + "), by org unit, the first matching clause applying:");
    for (Target.TargetClause c : t.clauses()) {
      line(
          "  - "
              + PlanWords.condition(c.appliesTo())
              + ": "
              + clause(c.comparator(), c.value(), unit, i));
    }
  }

  private void milestones(Indicator i) {
    if (i.milestones().isEmpty()) {
      line("- Milestones: none");
      return;
    }
    Unit unit = i.perUnit() ? Unit.PERCENT : i.unit();
    line(
        "- Milestones"
            + (i.perUnit() ? " (shares of units meeting their own target)" : "")
            + ", by year:");
    Provenance previous = null;
    for (Milestone m : i.milestones()) {
      line("  - " + m.year() + ": " + clause(m.comparator(), m.value(), unit, i));
      if (m.provenance().equals(previous)) {
        line("    - Provenance as the milestone above.");
      } else {
        line("    - " + sameOr(m.provenance(), i.provenance()));
      }
      previous = m.provenance();
    }
  }

  private static String sameOr(Provenance p, Provenance indicator) {
    return p.equals(indicator) ? "Provenance as the indicator's." : provenance(p);
  }

  private void tasks() {
    line("## Tasks");
    blank();
    if (plan.tasks().isEmpty()) {
      line("The plan has no tasks.");
      blank();
      return;
    }
    // Projects first, each followed by its work items; work items of unknown parents last.
    List<Task> done = new ArrayList<>();
    for (Task t : plan.tasks()) {
      if (t.parent() == null) {
        task(t, done);
      }
    }
    for (Task t : plan.tasks()) {
      if (!done.contains(t)) {
        task(t, done);
      }
    }
  }

  private void task(Task t, List<Task> done) {
    done.add(t);
    line((t.parent() == null ? "### " : "#### ") + code(t.code()) + " " + inline(t.title().zh()));
    blank();
    line("*" + inline(t.title().en()) + "*");
    blank();
    if (t.parent() != null) {
      String parent =
          plan.task(t.parent()).map(p -> " " + inline(p.title().zh())).orElse(" (unknown task)");
      line("- Part of: " + code(t.parent()) + parent);
    }
    if (t.description() != null) {
      line("- Description: " + inline(t.description().zh()) + " — " + inline(t.description().en()));
    }
    line(
        "- Lead (牵头单位): "
            + (t.leadDepartments().isEmpty()
                ? "none named"
                : String.join("、", t.leadDepartments())));
    line(
        "- Responsible (责任单位): "
            + (t.responsibleDepartments().isEmpty()
                ? "none named"
                : String.join("、", t.responsibleDepartments())));
    if (t.milestones().isEmpty()) {
      line("- Milestones: none");
    } else {
      line("- Milestones:");
      for (TaskMilestone m : t.milestones()) {
        line(
            "  - "
                + due(m)
                + (m.conditional() ? ", for " + PlanWords.condition(m.appliesTo()) : "")
                + ": "
                + inline(m.description().zh())
                + " — "
                + inline(m.description().en()));
        line("    - " + sameOr(m.provenance(), t.provenance()));
      }
    }
    line("- Provenance: " + provenance(t.provenance()));
    blank();
    for (Task child : plan.tasks()) {
      if (t.code().equals(child.parent()) && !done.contains(child)) {
        task(child, done);
      }
    }
  }

  private static String due(TaskMilestone m) {
    if (m.month() == null) {
      return "By the end of " + m.year();
    }
    return "By the end of "
        + Month.of(m.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + m.year()
        + " ("
        + m.due()
        + ")";
  }

  private void forms() {
    line("## Forms");
    blank();
    if (plan.forms().isEmpty()) {
      line("The plan has no forms.");
      blank();
      return;
    }
    for (Form f : plan.forms()) {
      form(f);
    }
  }

  private void form(Form f) {
    line("### " + code(f.code()) + " " + inline(f.title().zh()));
    blank();
    line("*" + inline(f.title().en()) + "*");
    blank();
    line(
        "- Reported by: "
            + PlanWords.where(f.level(), f.appliesTo())
            + ", "
            + f.periodType().name().toLowerCase(Locale.ROOT));
    line("- Provenance: " + provenance(f.provenance()));
    blank();
    line("| Field | Label | Type | Unit | Limits | Required | Options | Help |");
    line("|---|---|---|---|---|---|---|---|");
    for (Field field : f.fields()) {
      line(
          "| "
              + code(field.code())
              + " | "
              + cell(PlanWords.slash(field.label()))
              + " | "
              + field.type()
              + " | "
              + (field.unit() == Unit.NONE ? "" : cell(PlanWords.unit(field.unit())))
              + " | "
              + limits(field)
              + " | "
              + (field.required() ? "yes" : "no")
              + " | "
              + options(f, field)
              + " | "
              + (field.help() == null ? "" : cell(PlanWords.slash(field.help())))
              + " |");
    }
    blank();
    if (f.rules().isEmpty()) {
      line("No cross-field rules.");
    } else {
      line("Rules:");
      blank();
      for (FormRule r : f.rules()) {
        boolean warning = r.severity() == Severity.WARNING;
        line(
            "- "
                + code(r.code())
                + (warning
                    ? " (WARNING: stored with the report and shown, never blocks): "
                    : " (ERROR: refuses the report): ")
                + PlanWords.rule(r)
                + ". Message: «"
                + inline(r.message().zh())
                + "» / "
                + inline(r.message().en()));
      }
    }
    blank();
  }

  private static String limits(Field field) {
    if (field.type() == FieldType.TEXT) {
      return "≤ "
          + (field.maxLength() == null ? Field.DEFAULT_MAX_TEXT : field.maxLength())
          + " characters";
    }
    BigDecimal min = field.min();
    BigDecimal max = field.max();
    if (min != null && max != null) {
      return plain(min) + "–" + plain(max);
    }
    if (min != null) {
      return "≥ " + plain(min);
    }
    if (max != null) {
      return "≤ " + plain(max);
    }
    return "";
  }

  /** The options of an ENUM field; for the field a stage indicator reads, which indicator. */
  private String options(Form f, Field field) {
    List<String> parts = new ArrayList<>();
    for (Indicator i : plan.indicators()) {
      if (i.computation() instanceof Computation.LatestStage s
          && s.formCode().equals(f.code())
          && s.field().equals(field.code())) {
        parts.add("stages of " + code(i.code()) + ":");
      }
    }
    field.options().forEach(o -> parts.add(code(o.code()) + " " + cell(both(o.label()))));
    return String.join("<br>", parts);
  }

  private void catalogue() {
    if (catalogue.isEmpty()) {
      return;
    }
    line("## National indicator catalogue");
    blank();
    line("Regional indicators map to these codes so that regions can be compared.");
    blank();
    for (NationalIndicator n : catalogue) {
      line("### " + code(n.code()) + " " + inline(n.name().zh()));
      blank();
      line("*" + inline(n.name().en()) + "*");
      blank();
      line("- Unit: " + PlanWords.unit(n.unit()) + "; area: " + PlanWords.area(n.area()));
      line("- Definition: " + inline(n.definition().zh()) + " — " + inline(n.definition().en()));
      if (n.benchmarks().isEmpty()) {
        line("- Benchmarks: none");
      } else {
        line("- Benchmarks:");
        for (NationalIndicator.Benchmark b : n.benchmarks()) {
          line("  - " + b.asOf() + ": " + PlanWords.figure(b.value(), n.unit(), null));
          line("    - " + provenance(b.provenance()));
        }
      }
      if (n.target() == null) {
        line("- Target: none");
      } else {
        clauses(n.target(), n.unit(), null);
        line("  - " + provenance(n.target().provenance()));
      }
      blank();
    }
  }
}
