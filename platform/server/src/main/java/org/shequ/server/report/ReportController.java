package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.Languages;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports: one form filled in for one org unit and one period, versioned and reviewed. Reads carry
 * the version as {@code ETag}; every change needs it back as {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/reports")
class ReportController {
  private static final String ONE = "/{formCode}/{orgUnitId}/{period}";
  private static final Pattern PERIOD = Pattern.compile("[0-9]{4}");

  private final ReportWorkflow workflow;
  private final ReportListing listing;
  private final ReportVersions versions;
  private final TenantDatabase database;
  private final TenantAccess access;
  private final ReportCompleteness completeness;
  private final JsonMapper json;

  ReportController(
      ReportWorkflow workflow,
      ReportListing listing,
      ReportVersions versions,
      TenantDatabase database,
      TenantAccess access,
      ReportCompleteness completeness,
      JsonMapper json) {
    this.workflow = workflow;
    this.listing = listing;
    this.versions = versions;
    this.database = database;
    this.access = access;
    this.completeness = completeness;
    this.json = json;
  }

  @GetMapping
  @Operation(
      operationId = "listReports",
      summary = "The review queue: reports of the tenant, filtered",
      description =
          "Each report with its unit's name, status and number of warnings; filter by form, period, status, a unit's subtree (under) and whether it has warnings.")
  Mono<ReportPage> list(
      @PathVariable String tenantId,
      @RequestParam(required = false) String formCode,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String under,
      @RequestParam(required = false) String warnings,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (period != null && !PERIOD.matcher(period).matches()) {
      return Mono.error(Problems.badRequest("invalid-period", period));
    }
    ReportStatus wanted = null;
    if (status != null) {
      try {
        wanted = ReportStatus.valueOf(status.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return Mono.error(Problems.badRequest("invalid-status"));
      }
    }
    Boolean withWarnings = null;
    if (warnings != null) {
      if (!warnings.equals("true") && !warnings.equals("false")) {
        return Mono.error(Problems.badParameter("warnings", "one-of", "true, false"));
      }
      withWarnings = Boolean.valueOf(warnings);
    }
    return listing.list(
        tenantId,
        new ReportListing.Filter(formCode, period, wanted, under, withWarnings),
        page,
        size);
  }

  @GetMapping(ONE)
  @Operation(
      operationId = "getReport",
      summary = "One report: its current version and values",
      description =
          "The current version with its values, the plan's warnings and the fields still missing; the version is the ETag to send back as If-Match.")
  Mono<ResponseEntity<ReportView>> read(
      @PathVariable String tenantId,
      @PathVariable String formCode,
      @PathVariable String orgUnitId,
      @PathVariable String period) {
    ReportKey key = new ReportKey(tenantId, formCode, orgUnitId, period);
    return access
        .reader(tenantId)
        .flatMap(
            caller ->
                database.inTenantOne(
                    tenantId,
                    db ->
                        workflow
                            .visibleUnit(db, caller, tenantId, orgUnitId)
                            .then(versions.current(db, key))
                            .switchIfEmpty(Mono.error(ReportProblems::reportNotFound))))
        .map(
            v ->
                ResponseEntity.ok()
                    .eTag(Preconditions.etag(v.version()))
                    .body(ReportView.of(tenantId, v, completeness.missing(v))));
  }

  @GetMapping(ONE + "/history")
  @Operation(
      operationId = "getReportHistory",
      summary = "Every version of a report, oldest first",
      description =
          "Who did what and when, the workflow status after it, and per version the fields it changed (from → to).")
  Mono<List<HistoryEntry>> history(
      @PathVariable String tenantId,
      @PathVariable String formCode,
      @PathVariable String orgUnitId,
      @PathVariable String period) {
    ReportKey key = new ReportKey(tenantId, formCode, orgUnitId, period);
    return access
        .reader(tenantId)
        .flatMap(
            caller ->
                database.inTenantOne(
                    tenantId,
                    db ->
                        workflow
                            .visibleUnit(db, caller, tenantId, orgUnitId)
                            .thenMany(versions.history(db, key))
                            .map(HistoryEntry::of)
                            .collectList()))
        .filter(h -> !h.isEmpty())
        .switchIfEmpty(Mono.error(ReportProblems::reportNotFound));
  }

  @PutMapping(ONE)
  @Operation(
      operationId = "saveReport",
      summary = "Save a report's values as a draft",
      description =
          "Creates the report (If-None-Match: *) or appends a version (If-Match: its ETag). A draft may leave fields empty; errors refuse it with 422, warnings are kept with it. Idempotency-Key makes a retry safe. Answers the report, 201 when created.")
  @ApiResponse(
      responseCode = "200",
      description = "Saved; the ETag is the new version",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ReportView.class)))
  @ApiResponse(
      responseCode = "201",
      description = "Created; the ETag is its first version",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ReportView.class)))
  Mono<ResponseEntity<JsonNode>> save(
      @PathVariable String tenantId,
      @PathVariable String formCode,
      @PathVariable String orgUnitId,
      @PathVariable String period,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody ReportDraft draft,
      ServerWebExchange exchange) {
    return write(
        workflow.save(
            new ReportKey(tenantId, formCode, orgUnitId, period),
            draft,
            request(exchange, ifMatch, ifNoneMatch, idempotencyKey, draft)));
  }

  /**
   * {@code POST …/validate}: the values checked as a save would check them, stored nowhere, with
   * the messages in the caller's language. For the console's checks as the user types.
   */
  @PostMapping(ONE + "/validate")
  @Operation(
      operationId = "validateReport",
      summary = "Check a report's values without storing them",
      description =
          "The plan's errors, warnings, the missing fields and whether it could be submitted, in the caller's language.")
  Mono<ReportCheckView> validate(
      @PathVariable String tenantId,
      @PathVariable String formCode,
      @PathVariable String orgUnitId,
      @PathVariable String period,
      @RequestBody ReportDraft draft,
      ServerWebExchange exchange) {
    Locale language = Languages.of(exchange.getRequest());
    return workflow
        .check(new ReportKey(tenantId, formCode, orgUnitId, period), draft)
        .map(check -> ReportCheckView.of(check, language));
  }

  /**
   * {@code POST …/submit | approve | return | reopen}: one workflow step, with {@code If-Match}.
   */
  @PostMapping(ONE + "/{step:submit|approve|return|reopen}")
  @Operation(
      operationId = "changeReportStatus",
      summary = "Submit, approve, return or reopen a report",
      description =
          "One workflow step with If-Match: a reporter submits (every required field filled in), the region admin approves, returns with a comment, or reopens. Answers the report's new version.")
  @ApiResponse(
      responseCode = "200",
      description = "Done; the ETag is the new version",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ReportView.class)))
  Mono<ResponseEntity<JsonNode>> step(
      @PathVariable String tenantId,
      @PathVariable String formCode,
      @PathVariable String orgUnitId,
      @PathVariable String period,
      @Parameter(schema = @Schema(allowableValues = {"submit", "approve", "return", "reopen"}))
          @PathVariable
          String step,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody(required = false) ReportNote note,
      ServerWebExchange exchange) {
    return step(
        tenantId,
        formCode,
        orgUnitId,
        period,
        ReportAction.valueOf(step.toUpperCase(java.util.Locale.ROOT)),
        ifMatch,
        idempotencyKey,
        note,
        exchange);
  }

  private Mono<ResponseEntity<JsonNode>> step(
      String tenantId,
      String formCode,
      String orgUnitId,
      String period,
      ReportAction action,
      String ifMatch,
      String idempotencyKey,
      ReportNote note,
      ServerWebExchange exchange) {
    return write(
        workflow.step(
            new ReportKey(tenantId, formCode, orgUnitId, period),
            action,
            note,
            request(exchange, ifMatch, null, idempotencyKey, note)));
  }

  private ReportWorkflow.WriteRequest request(
      ServerWebExchange exchange,
      String ifMatch,
      String ifNoneMatch,
      String idempotencyKey,
      Object body) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      throw Problems.badRequest("invalid-idempotency-key");
    }
    return new ReportWorkflow.WriteRequest(
        exchange.getRequest().getMethod().name(),
        exchange.getRequest().getPath().value(),
        Preconditions.of(ifMatch, ifNoneMatch),
        idempotencyKey,
        // The body is compared only to tell a retry with the same key from a different request.
        body == null || idempotencyKey == null ? "" : json.writeValueAsString(body));
  }

  private static Mono<ResponseEntity<JsonNode>> write(Mono<ReportWorkflow.WriteResult> result) {
    return result.map(
        r -> {
          var response = ResponseEntity.status(r.status()).eTag(r.etag());
          if (r.replayed()) {
            response.header("Idempotent-Replayed", "true");
          }
          return response.body(r.body());
        });
  }
}
