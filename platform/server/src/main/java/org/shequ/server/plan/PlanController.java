package org.shequ.server.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Plans are public documents: the plans loaded, each whole plan, and the national catalogue. */
@RestController
@RequestMapping("/api/v1")
class PlanController {
  private final PlanRegistry registry;
  private final PlanSnapshotStore snapshots;

  PlanController(PlanRegistry registry, PlanSnapshotStore snapshots) {
    this.registry = registry;
    this.snapshots = snapshots;
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
  @SecurityRequirements
  @Operation(
      operationId = "listPlans",
      summary = "Every plan served (public)",
      description =
          "Each plan's id, title, region, issuers, document number and issue date: plans are public documents.")
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

  /**
   * The plan served now; a plan no longer served (its plugin disabled or deleted) reads as its
   * latest recorded snapshot, so reports filed under it keep their plan.
   */
  @GetMapping("/plans/{planId}")
  @Operation(
      operationId = "getPlan",
      description =
          "Indicators with baselines, targets and yearly milestones, tasks and reporting forms as the plan document states them. With ?version= a recorded plan version, read-only. Public.",
      summary = "The whole plan; a plan no longer served: its latest recorded version")
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = PlanDetail.class)))
  @SecurityRequirements
  Mono<ResponseEntity<?>> plan(@PathVariable String planId) {
    Optional<LoadedPlan> served = registry.plan(planId);
    if (served.isPresent()) {
      return Mono.just(ResponseEntity.ok(detail(served.get())));
    }
    return snapshots
        .versions(planId)
        .takeLast(1)
        .singleOrEmpty()
        .flatMap(v -> snapshots.json(planId, v.pluginVersion()))
        .map(PlanController::rawJson)
        .switchIfEmpty(Mono.error(() -> Problems.notFound("plan", planId)));
  }

  /**
   * One version of a plan, as it was served when first loaded (read-only): the plan a report filed
   * under that version was checked against.
   */
  @GetMapping(value = "/plans/{planId}", params = "version")
  @Operation(
      operationId = "getPlanVersion",
      description = "The plan exactly as it was served under that plugin version. Public.",
      summary = "One recorded version of a plan, as first served (read-only)")
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = PlanDetail.class)))
  @SecurityRequirements
  Mono<ResponseEntity<?>> planVersion(@PathVariable String planId, @RequestParam String version) {
    return snapshots
        .json(planId, version)
        .map(PlanController::rawJson)
        .switchIfEmpty(Mono.error(() -> Problems.notFound("plan-version", planId + " " + version)));
  }

  /** Every recorded version of a plan, oldest first. */
  @GetMapping("/plans/{planId}/versions")
  @Operation(
      operationId = "listPlanVersions",
      description =
          "Each plugin version that served the plan, with when it was first served. Public.",
      summary = "The recorded versions of a plan, oldest first")
  @SecurityRequirements
  Flux<PlanSnapshotStore.PlanVersion> planVersions(@PathVariable String planId) {
    return snapshots.versions(planId);
  }

  private static ResponseEntity<?> rawJson(String body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** The whole plan as {@code GET /api/v1/plans/{planId}} serves it (and snapshots record it). */
  static PlanDetail detail(LoadedPlan p) {
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
  @SecurityRequirements
  @Operation(
      operationId = "listNationalIndicators",
      summary = "The national indicators regions are compared on (public)",
      description = "The common indicators every region's plan maps its own indicators to.")
  List<NationalIndicator> nationalIndicators() {
    return registry.nationalIndicators();
  }
}
