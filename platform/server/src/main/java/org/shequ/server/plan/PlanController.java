package org.shequ.server.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.LostContent;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanPeriod;
import org.shequ.plan.api.ReviewFigure;
import org.shequ.plan.api.Task;
import org.shequ.server.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plans are public documents: the plans loaded, each whole plan, and the national catalogue. */
@RestController
@RequestMapping("/api/v1")
class PlanController {
  private final PlanRegistry registry;

  PlanController(PlanRegistry registry) {
    this.registry = registry;
  }

  /**
   * One line per plan in {@code GET /api/v1/plans}; {@code inferred} names the metadata the
   * document does not print, with the reason.
   */
  record PlanSummary(
      String id,
      LocalizedText title,
      String region,
      List<Issuer> issuers,
      String documentNumber,
      LocalDate issueDate,
      Map<MetadataField, String> inferred,
      PlanPeriod period,
      Counts counts,
      PluginRef plugin) {}

  record Counts(int indicators, int tasks, int forms, int goals, int reviewFigures, int lost) {}

  record PluginRef(String id, String version) {}

  /**
   * The whole plan in {@code GET /api/v1/plans/{planId}}: besides indicators, tasks and forms, its
   * qualitative goals, the previous period's review figures and what the captured text lost.
   */
  record PlanDetail(
      String id,
      LocalizedText title,
      String region,
      List<Issuer> issuers,
      String documentNumber,
      LocalDate issueDate,
      LocalDate publishedDate,
      Map<MetadataField, String> inferred,
      PlanPeriod period,
      PluginRef plugin,
      List<Indicator> indicators,
      List<Task> tasks,
      List<Form> forms,
      List<Goal> goals,
      List<ReviewFigure> reviewFigures,
      List<LostContent> lost) {}

  @GetMapping("/plans")
  List<PlanSummary> plans() {
    return registry.plans().stream()
        .sorted(Comparator.comparing(p -> p.plan().id()))
        .map(
            p -> {
              Plan plan = p.plan();
              return new PlanSummary(
                  plan.id(),
                  plan.title(),
                  plan.region(),
                  plan.issuers(),
                  plan.documentNumber(),
                  plan.issueDate(),
                  plan.inferred(),
                  plan.period(),
                  new Counts(
                      plan.indicators().size(),
                      plan.tasks().size(),
                      plan.forms().size(),
                      plan.goals().size(),
                      plan.reviewFigures().size(),
                      plan.lost().size()),
                  new PluginRef(p.pluginId(), p.pluginVersion()));
            })
        .toList();
  }

  @GetMapping("/plans/{planId}")
  PlanDetail plan(@PathVariable String planId) {
    LoadedPlan p = registry.plan(planId).orElseThrow(() -> Problems.notFound("plan", planId));
    Plan plan = p.plan();
    return new PlanDetail(
        plan.id(),
        plan.title(),
        plan.region(),
        plan.issuers(),
        plan.documentNumber(),
        plan.issueDate(),
        plan.publishedDate(),
        plan.inferred(),
        plan.period(),
        new PluginRef(p.pluginId(), p.pluginVersion()),
        plan.indicators(),
        plan.tasks(),
        plan.forms(),
        plan.goals(),
        plan.reviewFigures(),
        plan.lost());
  }

  @GetMapping("/national-indicators")
  List<NationalIndicator> nationalIndicators() {
    return registry.nationalIndicators();
  }

  /** Every plugin jar found and whether it loaded; refused ones say why. */
  @GetMapping("/plugins")
  List<PluginReport> plugins() {
    return registry.reports();
  }
}
