package org.shequ.server.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Plan;
import org.shequ.server.progress.TableExport.Format;
import org.shequ.server.security.Caller;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A tenant's progress dashboard, its drill-down by child org unit, and their exports. */
// The bodies are ResponseEntity<?> (JSON or a download), so the OpenAPI document names each view.
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/progress")
class ProgressController {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final TenantAccess access;
  private final TenantRepository tenants;
  private final TenantPlans plans;
  private final ProgressService progress;

  ProgressController(
      TenantAccess access, TenantRepository tenants, TenantPlans plans, ProgressService progress) {
    this.access = access;
    this.tenants = tenants;
    this.plans = plans;
    this.progress = progress;
  }

  @GetMapping
  @Operation(
      operationId = "getProgress",
      summary = "Every indicator of the plan for a subtree and period",
      description =
          "Actual among the units that reported, in the unit of the actual (% for shares of"
              + " units), the per-unit clause, units of unknown population, each area's figures,"
              + " the reporting rate over the registry and the status (docs/progress.md).")
  @ApiResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ProgressView.class)),
        @Content(mediaType = "text/csv"),
        @Content(mediaType = XLSX)
      })
  Mono<ResponseEntity<?>> progress(
      @PathVariable String tenantId,
      @RequestParam(required = false) String plan,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String orgUnit,
      @RequestParam(required = false) String include,
      @RequestParam(required = false) String format,
      ServerHttpRequest request) {
    return reader(tenantId)
        .flatMap(
            visit -> {
              Caller caller = visit.caller();
              Tenant tenant = visit.tenant();
              Format f = TableExport.format(format, request);
              boolean submitted = Inclusion.submitted(include);
              Integer asked = period == null ? null : Periods.parse(period);
              Plan p = plans.resolve(tenant, plan, asked);
              int year = Periods.year(period, p);
              return progress
                  .progress(caller, tenant, p, year, orgUnit, submitted)
                  .flatMap(view -> respond(view, p, f, TableExport.language(request)));
            });
  }

  @GetMapping("/tasks")
  @Operation(
      operationId = "getTaskTimeline",
      description =
          "Each task of the plan with its steps, their months and due dates, the units they apply to and their status.",
      summary = "The plan's tasks and their milestones: month, due date, units, status")
  @ApiResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = TaskTimeline.class)),
        @Content(mediaType = "text/csv"),
        @Content(mediaType = XLSX)
      })
  Mono<ResponseEntity<?>> tasks(
      @PathVariable String tenantId,
      @RequestParam(required = false) String plan,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String format,
      ServerHttpRequest request) {
    return reader(tenantId)
        .map(Visit::tenant)
        .flatMap(
            tenant -> {
              Format f = TableExport.format(format, request);
              Integer asked = period == null ? null : Periods.parse(period);
              Plan p = plans.resolve(tenant, plan, asked);
              TaskTimeline timeline =
                  TaskTimeline.of(p, Periods.year(period, p), java.time.LocalDate.now());
              return f == Format.JSON
                  ? Mono.just(ResponseEntity.ok(timeline))
                  : TableExport.export(
                      timeline.table(TableExport.language(request)),
                      f,
                      "tasks-" + tenant.id() + "-" + timeline.period());
            });
  }

  @GetMapping("/{indicatorCode}/children")
  @Operation(
      operationId = "getIndicatorChildren",
      description =
          "The indicator's actual, reporting rate and status for each child of orgUnit (streets, then communities), sortable.",
      summary = "One indicator for each child of an org unit")
  @ApiResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ChildProgress.class)),
        @Content(mediaType = "text/csv"),
        @Content(mediaType = XLSX)
      })
  Mono<ResponseEntity<?>> children(
      @PathVariable String tenantId,
      @PathVariable String indicatorCode,
      @RequestParam(required = false) String plan,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String orgUnit,
      @RequestParam(required = false) String include,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String format,
      ServerHttpRequest request) {
    return reader(tenantId)
        .flatMap(
            visit -> {
              Caller caller = visit.caller();
              Tenant tenant = visit.tenant();
              Format f = TableExport.format(format, request);
              boolean submitted = Inclusion.submitted(include);
              ChildOrder order = ChildOrder.parse(sort);
              Plan p =
                  plan != null
                      ? plans.resolve(tenant, plan, null)
                      : plans.loaded(tenant).stream()
                          .filter(x -> x.indicator(indicatorCode).isPresent())
                          .reduce((a, b) -> b)
                          .orElseThrow(() -> notFound(indicatorCode));
              Indicator indicator =
                  p.indicator(indicatorCode).orElseThrow(() -> notFound(indicatorCode));
              int year = Periods.year(period, p);
              return progress
                  .children(caller, tenant, p, indicator, year, orgUnit, submitted, order)
                  .flatMap(view -> respond(view, f, TableExport.language(request)));
            });
  }

  /** Who asks, about which tenant: a caller allowed to read it. */
  private record Visit(Caller caller, Tenant tenant) {}

  private Mono<Visit> reader(String tenantId) {
    return access
        .reader(tenantId)
        .flatMap(caller -> tenants.findById(tenantId).map(tenant -> new Visit(caller, tenant)));
  }

  private static ApiProblem notFound(String indicatorCode) {
    return Problems.notFound("indicator", indicatorCode);
  }

  private static Mono<ResponseEntity<?>> respond(
      ProgressView view, Plan plan, Format format, java.util.Locale language) {
    if (format == Format.JSON) {
      return Mono.just(ResponseEntity.ok(view));
    }
    return TableExport.export(
        ProgressTables.progress(view, plan, language),
        format,
        "progress-" + view.tenant() + "-" + view.period());
  }

  private static Mono<ResponseEntity<?>> respond(
      ChildProgress view, Format format, java.util.Locale language) {
    if (format == Format.JSON) {
      return Mono.just(ResponseEntity.ok(view));
    }
    return TableExport.export(
        ProgressTables.children(view, language),
        format,
        "progress-" + view.tenant() + "-" + view.indicator() + "-" + view.period());
  }
}
