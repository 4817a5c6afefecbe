package org.shequ.server.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shequ.server.security.WriteAction;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.ProblemHandler;
import org.shequ.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Approves many clean reports at once. Each one is the single approval's own workflow step (role
 * and version checks, audit entry, roll-up fold) in its own transaction, so one refusal leaves the
 * others approved. A report whose values raise warnings is refused: a reviewer must look at it
 * alone.
 */
@Service
class BulkApproval {
  static final int MAX_REPORTS = 500;
  private static final Logger log = LoggerFactory.getLogger(BulkApproval.class);

  private final TenantAccess access;
  private final TenantDatabase database;
  private final ReportVersions versions;
  private final ReportWorkflow workflow;
  private final JsonMapper json;

  BulkApproval(
      TenantAccess access,
      TenantDatabase database,
      ReportVersions versions,
      ReportWorkflow workflow,
      JsonMapper json) {
    this.access = access;
    this.database = database;
    this.versions = versions;
    this.workflow = workflow;
    this.json = json;
  }

  /** Only a caller who reviews on every unit of the tenant (the region admin) approves in bulk. */
  Mono<BulkApprovalResult> approve(String tenantId, BulkApprovalRequest request, Locale locale) {
    return access
        .tenantWide(tenantId, WriteAction.REVIEW_REPORT)
        .then(Mono.fromCallable(() -> checked(request)))
        .flatMapMany(Flux::fromIterable)
        // One after another: each approval is its own transaction, in the order asked.
        .concatMap(item -> approveOne(tenantId, item, locale))
        .collectList()
        .map(BulkApprovalResult::new);
  }

  private Mono<BulkApprovalResult.ApprovalOutcome> approveOne(
      String tenantId, BulkApprovalRequest.ReportToApprove item, Locale locale) {
    ReportKey key = new ReportKey(tenantId, item.formCode(), item.orgUnitId(), item.period());
    return warningsAtVersion(key, item.version())
        .flatMap(
            warnings ->
                warnings > 0
                    ? Mono.error(
                        Problems.of(HttpStatus.CONFLICT, "bulk-has-warnings")
                            .detail(warnings)
                            .build())
                    : workflow.step(
                        key, ReportAction.APPROVE, null, stepRequest(key, item.version())))
        .map(
            result ->
                new BulkApprovalResult.ApprovalOutcome(
                    item.formCode(),
                    item.orgUnitId(),
                    item.period(),
                    BulkApprovalResult.Verdict.APPROVED,
                    result.body().get("version").asInt(),
                    null))
        .onErrorResume(e -> Mono.just(refused(item, problemOf(e), locale)));
  }

  /**
   * How many warnings the report raises at the version the reviewer saw; zero when that is not its
   * current version or it does not exist, so the step itself answers with its own problem. Versions
   * never change, so a check of the version the step will require cannot go stale.
   */
  private Mono<Integer> warningsAtVersion(ReportKey key, int version) {
    return database
        .inTenantOne(key.tenantId(), db -> versions.current(db, key))
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .map(
            current ->
                current
                    .filter(v -> v.version() == version && v.warnings() != null)
                    .map(v -> v.warnings().size())
                    .orElse(0));
  }

  /** The single approval's request: its path, and the version seen as its {@code If-Match}. */
  private static ReportWorkflow.WriteRequest stepRequest(ReportKey key, int version) {
    return new ReportWorkflow.WriteRequest(
        "POST",
        "/api/v1/tenants/"
            + key.tenantId()
            + "/"
            + key.resource().replaceFirst("^report/", "reports/")
            + "/approve",
        Preconditions.of(Preconditions.etag(version), null),
        null,
        "");
  }

  private ApiProblem problemOf(Throwable e) {
    if (e instanceof ApiProblem problem) {
      return problem;
    }
    // The others are approved already; say this one failed rather than failing them all.
    log.error("bulk approval of one report failed", e);
    return Problems.internalError();
  }

  private BulkApprovalResult.ApprovalOutcome refused(
      BulkApprovalRequest.ReportToApprove item, ApiProblem problem, Locale locale) {
    return new BulkApprovalResult.ApprovalOutcome(
        item.formCode(),
        item.orgUnitId(),
        item.period(),
        BulkApprovalResult.Verdict.REFUSED,
        null,
        json.readTree(ProblemHandler.json(problem, locale)));
  }

  /** The items, once every one names a report and a version; else one 422 naming each gap. */
  private static List<BulkApprovalRequest.ReportToApprove> checked(BulkApprovalRequest request) {
    var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-bulk-approval");
    List<BulkApprovalRequest.ReportToApprove> items = request == null ? null : request.reports();
    if (items == null || items.isEmpty()) {
      throw problem.field("reports", "required", "reports").build();
    }
    if (items.size() > MAX_REPORTS) {
      throw problem.field("reports", "too-many", MAX_REPORTS).build();
    }
    boolean invalid = false;
    for (int i = 0; i < items.size(); i++) {
      BulkApprovalRequest.ReportToApprove item = items.get(i);
      String at = "reports[" + i + "]";
      if (item == null) {
        problem.field(at, "required", at);
        invalid = true;
        continue;
      }
      invalid |= missing(problem, at + ".formCode", item.formCode());
      invalid |= missing(problem, at + ".orgUnitId", item.orgUnitId());
      invalid |= missing(problem, at + ".period", item.period());
      if (item.version() == null) {
        problem.field(at + ".version", "required", at + ".version");
        invalid = true;
      } else if (item.version() < 1) {
        problem.field(at + ".version", "invalid-value");
        invalid = true;
      }
    }
    if (invalid) {
      throw problem.build();
    }
    return items;
  }

  private static boolean missing(Problems.Builder problem, String field, String value) {
    if (value == null || value.isBlank()) {
      problem.field(field, "required", field);
      return true;
    }
    return false;
  }
}
