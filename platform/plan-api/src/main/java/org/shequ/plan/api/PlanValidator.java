package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structural checks of a plan. The host runs them when it loads a plugin and refuses a plan with
 * any problem; the plan test kit runs the same checks in each plugin's own build. Pure; no I/O.
 *
 * <p>Called by the host each time it loads a plugin's plan (at start-up and when a plugin is
 * installed or upgraded at run time, {@code POST /api/v1/plugins}), before the plan is served; and
 * by {@code PlanContract} in each plugin's build.
 */
public final class PlanValidator {
  private PlanValidator() {}

  /**
   * Every problem of {@code plan}; empty when it is valid.
   *
   * @param nationalCodes codes of the national indicator catalogue that mappings may name
   */
  public static List<PlanProblem> problems(Plan plan, Set<String> nationalCodes) {
    List<PlanProblem> out = new ArrayList<>();
    String id = plan.id();
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      out.add(new PlanProblem("id", "plan id must be lower-case words joined by '-': " + id));
    }
    text(out, "title", plan.title());
    if (plan.issuers().isEmpty()) {
      out.add(new PlanProblem("issuers", "a plan names at least one issuer"));
    }
    plan.issuers().forEach(i -> text(out, "issuers", i.name()));
    unique(out, "indicators", plan.indicators().stream().map(Indicator::code).toList());
    unique(out, "tasks", plan.tasks().stream().map(Task::code).toList());
    unique(out, "forms", plan.forms().stream().map(Form::code).toList());
    for (Form f : plan.forms()) {
      checkForm(out, f);
    }
    for (Indicator i : plan.indicators()) {
      checkIndicator(out, plan, i, nationalCodes);
    }
    checkGoalsAndContext(out, plan);
    checkIndicatorGroups(out, plan);
    Set<String> taskCodes = new HashSet<>(plan.tasks().stream().map(Task::code).toList());
    for (Task t : plan.tasks()) {
      String p = "tasks[" + t.code() + "]";
      text(out, p + ".title", t.title());
      if (t.parent() != null && !taskCodes.contains(t.parent())) {
        out.add(new PlanProblem(p + ".parent", "unknown parent task " + t.parent()));
      }
      wording(out, p + ".provenance", t.provenance());
      for (TaskMilestone m : t.milestones()) {
        if (!plan.period().contains(m.year())) {
          out.add(
              new PlanProblem(p + ".milestones[" + m.year() + "]", "milestone outside the period"));
        }
        text(out, p + ".milestones[" + m.year() + "]", m.description());
        if (m.appliesTo().readsTag()) {
          // Tags are a region's own labels; a plan cannot rely on one a tenant may not set.
          out.add(
              new PlanProblem(
                  p + ".milestones[" + m.year() + "]",
                  "a task milestone depends on area or population, not on a tenant's tag"));
        }
        wording(out, p + ".milestones[" + m.year() + "]", m.provenance());
      }
    }
    return out;
  }

  /** Problems of a national indicator catalogue: unique codes, both languages, known wording. */
  public static List<PlanProblem> catalogueProblems(List<NationalIndicator> catalogue) {
    List<PlanProblem> out = new ArrayList<>();
    unique(out, "nationalIndicators", catalogue.stream().map(NationalIndicator::code).toList());
    for (NationalIndicator n : catalogue) {
      String p = "nationalIndicators[" + n.code() + "]";
      text(out, p + ".name", n.name());
      text(out, p + ".definition", n.definition());
      n.benchmarks().forEach(b -> wording(out, p + ".benchmarks", b.provenance()));
      if (n.target() != null) {
        wording(out, p + ".target", n.target().provenance());
        n.target()
            .clauses()
            .forEach(
                c ->
                    about(
                        out,
                        p + ".target",
                        n.unit(),
                        c.comparator(),
                        c.value(),
                        n.target().provenance()));
      }
    }
    return out;
  }

  private static void checkForm(List<PlanProblem> out, Form f) {
    String p = "forms[" + f.code() + "]";
    text(out, p + ".title", f.title());
    if (f.fields().isEmpty()) {
      out.add(new PlanProblem(p, "a form has at least one field"));
    }
    unique(out, p + ".fields", f.fields().stream().map(Field::code).toList());
    for (Field field : f.fields()) {
      String fp = p + ".fields[" + field.code() + "]";
      text(out, fp + ".label", field.label());
      if (field.type() == FieldType.ENUM && field.options().isEmpty()) {
        out.add(new PlanProblem(fp, "an ENUM field lists its options"));
      }
      field.options().forEach(o -> text(out, fp + ".options[" + o.code() + "]", o.label()));
      if (field.min() != null && field.max() != null && field.max().compareTo(field.min()) < 0) {
        out.add(new PlanProblem(fp, "max below min"));
      }
    }
    for (FormRule r : f.rules()) {
      text(out, p + ".rules[" + r.code() + "].message", r.message());
      aboutInRule(out, p + ".rules[" + r.code() + "]", r);
      for (String ref : r.fields()) {
        if (f.field(ref).isEmpty()) {
          out.add(new PlanProblem(p + ".rules[" + r.code() + "]", "unknown field " + ref));
        }
      }
    }
  }

  private static void checkIndicator(
      List<PlanProblem> out, Plan plan, Indicator i, Set<String> nationalCodes) {
    String p = "indicators[" + i.code() + "]";
    text(out, p + ".name", i.name());
    wording(out, p + ".provenance", i.provenance());
    PlanPeriod period = plan.period();
    if (i.baseline() != null) {
      wording(out, p + ".baseline", i.baseline().provenance());
      if (i.baseline().year() > period.endYear()) {
        out.add(new PlanProblem(p + ".baseline", "baseline year after the plan period"));
      }
      checkFigure(out, p + ".baseline", i, i.baseline().value());
      if (i.baseline().value() instanceof Figure.About) {
        out.add(new PlanProblem(p + ".baseline", "a baseline is a figure, not an \"about\" band"));
      }
    }
    if (i.target() != null) {
      wording(out, p + ".target", i.target().provenance());
      if (i.target().year() < period.startYear() || i.target().year() > period.endYear()) {
        out.add(new PlanProblem(p + ".target", "target year outside the plan period"));
      }
      i.target().clauses().forEach(c -> checkFigure(out, p + ".target", i, c.value()));
      i.target()
          .clauses()
          .forEach(
              c ->
                  about(
                      out,
                      p + ".target",
                      i.unit(),
                      c.comparator(),
                      c.value(),
                      i.target().provenance()));
    }
    Set<Integer> years = new HashSet<>();
    for (Milestone m : i.milestones()) {
      String mp = p + ".milestones[" + m.year() + "]";
      if (!period.contains(m.year())) {
        out.add(new PlanProblem(mp, "milestone outside the period " + period));
      }
      if (!years.add(m.year())) {
        out.add(new PlanProblem(mp, "two milestones for one year"));
      }
      wording(out, mp, m.provenance());
      checkFigure(out, mp, i, m.value());
      about(
          out,
          mp,
          i.perUnit() ? Unit.PERCENT : i.unit(),
          m.comparator(),
          m.value(),
          m.provenance());
      if (i.perUnit() && !percentOfUnits(m.value())) {
        out.add(
            new PlanProblem(
                mp,
                "a per-unit indicator's milestone is a share of units, a number from 0 to 100"));
      }
    }
    checkEachArea(out, p, i);
    if (i.nationalApproximation() != null
        && (i.nationalIndicator() == null || i.nationalApproximation().isBlank())) {
      out.add(
          new PlanProblem(
              p + ".nationalApproximation",
              "an approximate mapping names its national indicator and says how it differs"));
    }
    unique(out, p + ".stages", i.stages().stream().map(Stage::code).toList());
    i.stages().forEach(s -> text(out, p + ".stages[" + s.code() + "]", s.name()));
    if (i.unit() == Unit.STAGE && i.stages().isEmpty()) {
      out.add(new PlanProblem(p, "a stage indicator lists its stages"));
    }
    checkComputation(out, plan, i, p + ".computation");
    if (i.nationalIndicator() != null && !nationalCodes.contains(i.nationalIndicator())) {
      out.add(new PlanProblem(p + ".nationalIndicator", unknownNational(i, nationalCodes)));
    }
  }

  /**
   * Names the codes that are known, so the author sees the likely typo or the missing catalogue.
   */
  private static String unknownNational(Indicator i, Set<String> nationalCodes) {
    String message = "unknown national indicator " + i.nationalIndicator();
    if (nationalCodes.isEmpty()) {
      return message + "; no national indicator catalogue is loaded";
    }
    return message + "; known codes: " + String.join(", ", new TreeSet<>(nationalCodes));
  }

  private static void checkComputation(List<PlanProblem> out, Plan plan, Indicator i, String p) {
    Computation c = i.computation();
    var form = plan.form(c.formCode());
    if (form.isEmpty()) {
      out.add(new PlanProblem(p, "unknown form " + c.formCode()));
      return;
    }
    Form f = form.get();
    if (f.level() != i.scope().level()) {
      out.add(
          new PlanProblem(
              p,
              "form "
                  + f.code()
                  + " is reported at "
                  + f.level()
                  + " but the indicator is measured at "
                  + i.scope().level()));
    }
    if (f.appliesTo() != AreaType.ALL
        && i.scope().area() != AreaType.ALL
        && f.appliesTo() != i.scope().area()) {
      out.add(new PlanProblem(p, "form " + f.code() + " is for " + f.appliesTo() + " units only"));
    }
    for (String ref : c.fields()) {
      var field = f.field(ref);
      if (field.isEmpty()) {
        out.add(new PlanProblem(p, "unknown field " + f.code() + "." + ref));
        continue;
      }
      FieldType t = field.get().type();
      boolean stage = c instanceof Computation.LatestStage;
      if (stage && t != FieldType.ENUM) {
        out.add(new PlanProblem(p, "a stage computation reads an ENUM field, not " + t));
      }
      if (stage) {
        List<String> options = field.get().options().stream().map(Option::code).toList();
        List<String> stages = i.stages().stream().map(Stage::code).toList();
        if (!options.equals(stages)) {
          out.add(new PlanProblem(p, "field " + ref + " options must be the indicator's stages"));
        }
      }
      if (!stage && (t == FieldType.ENUM || t == FieldType.TEXT || t == FieldType.DATE)) {
        out.add(new PlanProblem(p, "field " + ref + " is " + t + ", not a number or boolean"));
      }
    }
    boolean checklist =
        c instanceof Computation.ChecklistComplete || c instanceof Computation.ChecklistItems;
    for (String ref : checklist ? c.fields() : List.<String>of()) {
      f.field(ref)
          .filter(field -> field.type() != FieldType.BOOLEAN)
          .ifPresent(
              field ->
                  out.add(
                      new PlanProblem(p, "checklist item " + ref + " is not a tick (BOOLEAN)")));
    }
    if (i.perUnit() && i.target() == null) {
      out.add(new PlanProblem(p, "a share meeting the target needs a target"));
    }
  }

  private static void checkFigure(List<PlanProblem> out, String p, Indicator i, Figure f) {
    if (f instanceof Figure.StageReached s && i.stageOrder(s.stage()) < 0) {
      out.add(new PlanProblem(p, "unknown stage " + s.stage()));
    }
    if (f instanceof Figure.Relative r && !measuredFromOwnBaseline(i, r)) {
      out.add(
          new PlanProblem(
              p,
              "a relative figure must be measured from the indicator's own baseline ("
                  + r.rule()
                  + ")"));
    }
  }

  /**
   * A relative figure (plan-api 1.1) keeps the baseline it is measured from; that baseline must be
   * the indicator's, same year and same number, so the rule shown is the one the data starts from.
   */
  private static boolean measuredFromOwnBaseline(Indicator i, Figure.Relative r) {
    return i.baseline() != null
        && i.baseline().year() == r.baselineYear()
        && i.baseline().value() instanceof Figure.Number n
        && n.value().compareTo(r.baseline()) == 0;
  }

  /**
   * An "about" target (plan-api 1.1) pairs {@link Comparator#APPROXIMATELY} with a {@link
   * Figure.About} whose band is sane, and its provenance note says why that band: the document only
   * says 左右.
   */
  private static void about(
      List<PlanProblem> out,
      String p,
      Unit unit,
      Comparator comparator,
      Figure f,
      Provenance prov) {
    boolean approx = comparator == Comparator.APPROXIMATELY;
    if (approx != f instanceof Figure.About) {
      out.add(
          new PlanProblem(
              p,
              approx
                  ? "an APPROXIMATELY figure gives its tolerance band (Figure.about)"
                  : "an \"about\" figure is held with APPROXIMATELY, not " + comparator));
      return;
    }
    if (!(f instanceof Figure.About a)) {
      return;
    }
    BigDecimal value = a.value().abs();
    if (a.tolerance() instanceof Tolerance.Relative r
        && (r.fraction().signum() <= 0 || r.fraction().compareTo(BigDecimal.ONE) >= 0)) {
      out.add(new PlanProblem(p, "a relative tolerance lies strictly between 0 and 1"));
    }
    if (a.tolerance() instanceof Tolerance.Absolute t
        && (t.amount().signum() <= 0 || t.amount().compareTo(value) >= 0)) {
      out.add(new PlanProblem(p, "an absolute tolerance lies strictly between 0 and the figure"));
    }
    if ((unit == Unit.PERSONS || unit == Unit.COUNT || unit == Unit.HOUSEHOLDS)
        && a.tolerance().halfWidth(a.value()).compareTo(BigDecimal.ONE) < 0) {
      out.add(
          new PlanProblem(
              p, "a band narrower than one whole " + unit + " admits only the figure: use EQUAL"));
    }
    if (prov.note().isBlank()) {
      out.add(new PlanProblem(p, "an \"about\" figure's provenance says why its band"));
    }
  }

  /** Rules compare two reported numbers; "about" has no band there. */
  private static void aboutInRule(List<PlanProblem> out, String p, FormRule r) {
    if (r instanceof FormRule.CompareFields c && c.comparator() == Comparator.APPROXIMATELY) {
      out.add(new PlanProblem(p, "a form rule cannot compare APPROXIMATELY: it has no band"));
    }
  }

  private static boolean percentOfUnits(Figure f) {
    BigDecimal lo = Figures.lower(f);
    BigDecimal hi = Figures.upper(f);
    return lo != null
        && hi != null
        && !(f instanceof Figure.Relative)
        && lo.signum() >= 0
        && hi.compareTo(Computation.HUNDRED) <= 0;
  }

  private static void checkEachArea(List<PlanProblem> out, String p, Indicator i) {
    Set<AreaType> seen = new HashSet<>();
    for (AreaType area : i.eachArea()) {
      if (area == AreaType.ALL || !i.scope().area().covers(area) || !seen.add(area)) {
        out.add(
            new PlanProblem(
                p + ".eachArea",
                "each area must be a distinct part of the scope "
                    + i.scope().area()
                    + ": "
                    + area));
      }
    }
    if (seen.size() == 1) {
      out.add(new PlanProblem(p + ".eachArea", "one area is a scope, not several"));
    }
    if (!seen.isEmpty() && i.target() == null && i.milestones().isEmpty()) {
      out.add(new PlanProblem(p + ".eachArea", "areas judged on their own need a target"));
    }
  }

  private static void checkGoalsAndContext(List<PlanProblem> out, Plan plan) {
    unique(out, "goals", plan.goals().stream().map(Goal::code).toList());
    for (Goal g : plan.goals()) {
      String p = "goals[" + g.code() + "]";
      text(out, p + ".text", g.text());
      wording(out, p + ".provenance", g.provenance());
      if (g.year() != null && g.year() > plan.period().endYear()) {
        out.add(new PlanProblem(p, "goal year after the plan period"));
      }
    }
    unique(out, "reviewFigures", plan.reviewFigures().stream().map(ReviewFigure::code).toList());
    for (ReviewFigure r : plan.reviewFigures()) {
      String p = "reviewFigures[" + r.code() + "]";
      text(out, p + ".name", r.name());
      wording(out, p + ".provenance", r.provenance());
      if (r.year() > plan.period().startYear()) {
        out.add(new PlanProblem(p, "a review figure describes the past: year after the start"));
      }
      if (r.value() instanceof Figure.About || r.value() instanceof Figure.Relative) {
        out.add(new PlanProblem(p, "a review figure is a number or a range"));
      }
    }
    for (LostContent l : plan.lost()) {
      if (l.section().isBlank() || l.title().isBlank()) {
        out.add(new PlanProblem("lost", "lost content names its section and title"));
      }
    }
  }

  /**
   * Groups (plan-api 1.2) name the plan's own indicators, and each indicator sits under at most one
   * heading, so a dashboard shows every card exactly once.
   */
  private static void checkIndicatorGroups(List<PlanProblem> out, Plan plan) {
    unique(
        out, "indicatorGroups", plan.indicatorGroups().stream().map(IndicatorGroup::code).toList());
    Set<String> known = new HashSet<>(plan.indicators().stream().map(Indicator::code).toList());
    java.util.Map<String, String> placed = new java.util.HashMap<>();
    for (IndicatorGroup g : plan.indicatorGroups()) {
      String p = "indicatorGroups[" + g.code() + "]";
      text(out, p + ".name", g.name());
      wording(out, p + ".provenance", g.provenance());
      if (g.indicators().isEmpty()) {
        out.add(new PlanProblem(p, "a group lists at least one indicator"));
      }
      for (String code : g.indicators()) {
        if (!known.contains(code)) {
          out.add(new PlanProblem(p + ".indicators", "unknown indicator " + code));
        }
        String first = placed.putIfAbsent(code, g.code());
        if (first != null) {
          out.add(
              new PlanProblem(
                  p + ".indicators",
                  "indicator " + code + " is already in group " + first + "; one group at most"));
        }
      }
    }
  }

  private static void unique(List<PlanProblem> out, String p, List<String> codes) {
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        out.add(new PlanProblem(p, "blank code"));
      } else if (!seen.add(code)) {
        out.add(new PlanProblem(p, "duplicate code " + code));
      }
    }
  }

  private static void text(List<PlanProblem> out, String p, LocalizedText t) {
    if (t == null || t.zh().isBlank() || t.en().isBlank()) {
      out.add(new PlanProblem(p, "needs both a Chinese and an English text"));
    }
  }

  private static void wording(List<PlanProblem> out, String p, Provenance prov) {
    if (prov.section().isBlank() || prov.originalText().isBlank()) {
      out.add(new PlanProblem(p, "needs the section and the document's original wording"));
    }
    if (prov.derivation() == Derivation.DERIVED && prov.note().isBlank()) {
      out.add(new PlanProblem(p, "a derived figure says how it was derived"));
    }
  }
}
