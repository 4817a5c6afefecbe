package org.shequ.server.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.shequ.plan.api.Form;
import org.shequ.server.live.ReportChangeAnnouncer;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.progress.ProgressRollup;
import org.shequ.server.security.Caller;
import org.shequ.server.security.WriteAction;
import org.shequ.server.security.WriteGrant;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saving reports and moving them through review: draft → submitted → approved or returned, and
 * approved → reopened. Every step appends one version and one audit entry in one transaction, after
 * checking the caller's role and subtree, the caller's {@code If-Match}, the form and the calendar.
 */
@Service
class ReportWorkflow {
  private static final int MAX_COMMENT = 2000;

  private final TenantDatabase database;
  private final TenantAccess access;
  private final ReportForms forms;
  private final ReportOrgUnits units;
  private final ReportVersions versions;
  private final ReportValues values;
  private final ReportingCalendar calendar;
  private final IdempotencyKeys keys;
  private final ProgressRollup rollup;
  private final PlanRegistry plans;
  private final ReportCompleteness completeness;
  private final JsonMapper json;
  private final ReportChangeAnnouncer announcer;
  private final ReportIngestion ingestion;

  ReportWorkflow(
      TenantDatabase database,
      TenantAccess access,
      ReportForms forms,
      ReportOrgUnits units,
      ReportVersions versions,
      ReportValues values,
      ReportingCalendar calendar,
      IdempotencyKeys keys,
      ProgressRollup rollup,
      PlanRegistry plans,
      ReportCompleteness completeness,
      JsonMapper json,
      ReportChangeAnnouncer announcer,
      ReportIngestion ingestion) {
    this.database = database;
    this.access = access;
    this.forms = forms;
    this.units = units;
    this.versions = versions;
    this.values = values;
    this.calendar = calendar;
    this.keys = keys;
    this.rollup = rollup;
    this.plans = plans;
    this.completeness = completeness;
    this.json = json;
    this.announcer = announcer;
    this.ingestion = ingestion;
  }

  /** What a write asked for, as far as idempotency and preconditions are concerned. */
  record WriteRequest(
      String method,
      String path,
      Preconditions preconditions,
      String idempotencyKey,
      String body) {}

  /**
   * The answer to a write; {@code replayed} when it is the stored answer to an earlier try, and
   * {@code written} the status of the version this write appended (null when it appended none).
   */
  record WriteResult(
      int status, String etag, JsonNode body, boolean replayed, ReportStatus written) {}

  Mono<WriteResult> save(ReportKey key, ReportDraft draft, WriteRequest request) {
    return writable(key, draft).flatMap(target -> saveAsCaller(key, draft, request, target));
  }

  private Mono<WriteResult> saveAsCaller(
      ReportKey key, ReportDraft draft, WriteRequest request, Writable target) {
    checkComment(draft.comment());
    return idempotent(
        target.grant(),
        key,
        false,
        request,
        (db, unit) ->
            takesReports(unit, target.form(), key.orgUnitId())
                // A create (If-None-Match: *) need not read first: if the report exists,
                // inserting version 1 collides.
                .then(
                    request.preconditions().createOnly()
                        ? Mono.just(Optional.<ReportVersion>empty())
                        : versions
                            .current(db, key)
                            .map(Optional::of)
                            .defaultIfEmpty(Optional.empty()))
                .flatMap(
                    current ->
                        saveVersion(
                            db,
                            target.grant().caller(),
                            target.form(),
                            key,
                            current,
                            draft,
                            request.preconditions())));
  }

  /**
   * Checks a draft as a save would, for a caller who may save it, and stores nothing: the unit must
   * be one the caller may write and one that takes the form's reports.
   */
  Mono<ReportCheck> check(ReportKey key, ReportDraft draft) {
    return writable(key, draft)
        .flatMap(
            target ->
                database.inTenantOne(
                    key.tenantId(),
                    db ->
                        authorizedUnit(db, target.grant(), key.orgUnitId())
                            .flatMap(unit -> takesReports(unit, target.form(), key.orgUnitId()))
                            .map(
                                unit ->
                                    ReportCheck.draft(
                                        target.form().form(), ReportValues.raw(draft.values())))));
  }

  /** Who may save the report, and the form it is filed under. */
  private record Writable(WriteGrant grant, ReportForm form) {}

  /**
   * The first steps of a save and of a check: the caller may save, the form exists, values came.
   */
  private Mono<Writable> writable(ReportKey key, ReportDraft draft) {
    return access
        .writer(key.tenantId(), WriteAction.SAVE_REPORT)
        .flatMap(
            grant ->
                forms
                    .resolve(key.tenantId(), key.formCode(), key.period())
                    .map(form -> new Writable(grant, form)))
        .flatMap(
            target ->
                draft == null || draft.values() == null
                    ? Mono.error(Problems.badRequest("values-required"))
                    : Mono.just(target));
  }

  /** Submit (reporter or region admin), or approve, return and reopen (region admin only). */
  Mono<WriteResult> step(
      ReportKey key, ReportAction action, ReportNote note, WriteRequest request) {
    String comment = note == null ? null : note.comment();
    Mono<WriteGrant> gate =
        access.writer(
            key.tenantId(),
            action == ReportAction.SUBMIT ? WriteAction.SUBMIT_REPORT : WriteAction.REVIEW_REPORT);
    return gate.flatMap(
        grant ->
            forms
                .resolve(key.tenantId(), key.formCode(), key.period())
                .flatMap(
                    form -> {
                      checkComment(comment);
                      if (action == ReportAction.RETURN && (comment == null || comment.isBlank())) {
                        return Mono.error(Problems.badRequest("comment-required"));
                      }
                      return idempotent(
                          grant,
                          key,
                          true,
                          request,
                          (db, unit) ->
                              versions
                                  .current(db, key)
                                  .switchIfEmpty(Mono.error(ReportProblems::reportNotFound))
                                  .flatMap(
                                      current ->
                                          stepVersion(
                                              db,
                                              grant.caller(),
                                              form,
                                              key,
                                              current,
                                              action,
                                              comment,
                                              request.preconditions())));
                    }));
  }

  private Mono<WriteResult> saveVersion(
      DatabaseClient db,
      Caller caller,
      ReportForm form,
      ReportKey key,
      Optional<ReportVersion> current,
      ReportDraft draft,
      Preconditions pre) {
    int next;
    JsonNode before;
    if (current.isEmpty()) {
      if (pre.present()) {
        return Mono.error(ReportProblems.noSuchVersion());
      }
      next = 1;
      before = ReportValues.empty();
    } else {
      ReportVersion cur = current.get();
      if (pre.createOnly()) {
        return Mono.error(ReportProblems.alreadyExists());
      }
      if (!pre.present()) {
        return Mono.error(ReportProblems.preconditionRequired());
      }
      if (!pre.matches(cur.version())) {
        return Mono.error(ReportProblems.stale(cur.version()));
      }
      if (cur.status() == ReportStatus.APPROVED) {
        return Mono.error(ReportProblems.locked());
      }
      if (cur.status() == ReportStatus.SUBMITTED) {
        return Mono.error(ReportProblems.underReview());
      }
      next = cur.version() + 1;
      before = cur.values();
    }
    // A draft may be incomplete; everything it does say must be valid. Submit checks it all.
    ReportCheck check = ReportCheck.draft(form.form(), ReportValues.raw(draft.values()));
    Form.Validation validation = check.validation();
    if (!validation.valid()) {
      return Mono.error(ReportProblems.invalidReport(validation.violations()));
    }
    JsonNode after = values.stored(form.form(), validation.values());
    ReportVersion version =
        new ReportVersion(
            key.formCode(),
            key.orgUnitId(),
            key.period(),
            next,
            form.plan().id(),
            servedVersion(form),
            ReportStatus.DRAFT,
            ReportAction.SAVE,
            after,
            ReportValues.changes(before, after),
            ReportWarnings.of(validation.warnings()),
            draft.comment(),
            false,
            caller.subject(),
            null);
    // The stored values are the draft's, checked just now: what they lack is what it lacks.
    return append(db, caller, key, version, next == 1 ? 201 : 200, check.missing());
  }

  private Mono<WriteResult> stepVersion(
      DatabaseClient db,
      Caller caller,
      ReportForm form,
      ReportKey key,
      ReportVersion current,
      ReportAction action,
      String comment,
      Preconditions pre) {
    if (!pre.present()) {
      return Mono.error(ReportProblems.preconditionRequired());
    }
    if (!pre.matches(current.version())) {
      return Mono.error(ReportProblems.stale(current.version()));
    }
    ReportStatus next = ReportTransitions.after(current.status(), action);
    Mono<Boolean> late = Mono.just(current.late());
    // Review steps keep the warnings of the values they carry; a submit re-checks them below.
    JsonNode warnings = current.warnings();
    if (action == ReportAction.SUBMIT) {
      // The plan may have changed since the draft was saved: submit only what is valid now.
      Map<String, JsonNode> stored = new LinkedHashMap<>();
      current.values().properties().forEach(e -> stored.put(e.getKey(), e.getValue()));
      Form.Validation validation = form.form().validate(ReportValues.raw(stored));
      if (!validation.valid()) {
        return Mono.error(ReportProblems.invalidReport(validation.violations()));
      }
      warnings = ReportWarnings.of(validation.warnings());
      late = submissionLate(db, key);
    }
    // Approved and submitted figures change with the step: fold it into the progress roll-up
    // (it reads the report's state before this version, so it runs before the insert).
    Mono<Void> fold =
        rollup.fold(
            db,
            form.plan(),
            key.formCode(),
            key.tenantId(),
            key.orgUnitId(),
            key.period(),
            next.name(),
            json.writeValueAsString(current.values()));
    JsonNode stepWarnings = warnings;
    return late.flatMap(
        isLate ->
            fold.then(
                append(
                    db,
                    caller,
                    key,
                    new ReportVersion(
                        key.formCode(),
                        key.orgUnitId(),
                        key.period(),
                        current.version() + 1,
                        current.planId(),
                        // A submit re-validates against the plan served now; review steps keep
                        // the version the values were checked against.
                        action == ReportAction.SUBMIT ? servedVersion(form) : current.planVersion(),
                        next,
                        action,
                        current.values(),
                        ReportValues.empty(),
                        stepWarnings,
                        comment,
                        isLate,
                        caller.subject(),
                        null),
                    200,
                    null)));
  }

  /** The version of the form's plan served now, which a write is filed under. */
  private String servedVersion(ReportForm form) {
    return plans.plan(form.plan().id()).map(LoadedPlan::pluginVersion).orElse(null);
  }

  /** Late after the closing day, refused before the opening day, on time without an entry. */
  private Mono<Boolean> submissionLate(DatabaseClient db, ReportKey key) {
    return calendar
        .check(db, key.tenantId(), key.formCode(), key.period())
        .flatMap(
            check ->
                switch (check.timing()) {
                  case NOT_YET_OPEN ->
                      Mono.<Boolean>error(
                          ReportProblems.notYetOpen(check.entry().opens().toString()));
                  case LATE -> Mono.just(true);
                  case OPEN -> Mono.just(false);
                })
        .defaultIfEmpty(false);
  }

  /**
   * Appends the version; {@code missing} is what its values lack before a submit, when the caller
   * has just checked them, else null and checked here.
   */
  private Mono<WriteResult> append(
      DatabaseClient db,
      Caller caller,
      ReportKey key,
      ReportVersion version,
      int status,
      List<String> missing) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("version", version.version());
    detail.put("status", version.status().name());
    detail.put("late", version.late());
    if (version.comment() != null) {
      detail.put("comment", version.comment());
    }
    return versions
        .insert(
            db,
            key,
            version,
            "report." + version.action().name().toLowerCase(java.util.Locale.ROOT),
            json.writeValueAsString(detail))
        .map(
            saved ->
                new WriteResult(
                    status,
                    Preconditions.etag(saved.version()),
                    json.valueToTree(
                        ReportView.of(
                            key.tenantId(),
                            saved,
                            missing != null ? missing : completeness.missing(saved))),
                    false,
                    saved.status()));
  }

  /** The unit, if the caller may see it; a unit outside a reporter's subtree looks absent. */
  Mono<ReportOrgUnit> visibleUnit(
      DatabaseClient db, Caller caller, String tenantId, String orgUnitId) {
    return units
        .current(db, tenantId, orgUnitId)
        .filterWhen(u -> units.visible(db, caller, tenantId, orgUnitId))
        .switchIfEmpty(Mono.error(() -> ReportProblems.orgUnitNotFound(orgUnitId)));
  }

  /**
   * The unit, if the grant reaches it: a unit the caller cannot see looks absent (404); one it sees
   * but its granting role does not reach is refused (403), whatever its other roles read.
   */
  private Mono<ReportOrgUnit> authorizedUnit(
      DatabaseClient db, WriteGrant grant, String orgUnitId) {
    return visibleUnit(db, grant.caller(), grant.tenantId(), orgUnitId)
        .filterWhen(
            unit ->
                grant.wholeTenant()
                    ? Mono.just(true)
                    : units.within(db, grant.tenantId(), grant.subtreeRoots(), orgUnitId))
        .switchIfEmpty(Mono.error(TenantAccess::forbidden));
  }

  /** The unit, if it takes new reports of the form: it is active, of the form's level and area. */
  private static Mono<ReportOrgUnit> takesReports(
      ReportOrgUnit candidate, ReportForm form, String orgUnitId) {
    ApiProblem refusal = UnitFit.refusal(candidate, form.form());
    return refusal == null ? Mono.just(candidate) : Mono.error(refusal);
  }

  /**
   * Runs a write in one tenant transaction, once the grant is found to reach the unit. With an
   * idempotency key, the caller's requests with that key queue on a lock; a later one gets the
   * stored answer if it asks the same, else a 422. Keys belong to the caller who used them, and
   * access is checked again before any answer is replayed.
   */
  private Mono<WriteResult> idempotent(
      WriteGrant grant,
      ReportKey report,
      boolean changesRollup,
      WriteRequest request,
      BiFunction<DatabaseClient, ReportOrgUnit, Mono<WriteResult>> work) {
    String tenantId = grant.tenantId();
    String key = request.idempotencyKey();
    return database
        .inTenantAnnouncedAfterCommit(
            tenantId,
            changesRollup,
            db ->
                authorizedUnit(db, grant, report.orgUnitId())
                    .flatMap(
                        unit ->
                            key == null
                                ? work.apply(db, unit)
                                : replayOrRun(db, grant, request, () -> work.apply(db, unit))))
        .onErrorMap(
            DataIntegrityViolationException.class,
            e -> versionTaken(e, request.preconditions().createOnly()))
        .doOnNext(result -> announce(report, result));
  }

  /** Open dashboards hear of a committed change (the transaction told the trigger not to). */
  private void announce(ReportKey report, WriteResult result) {
    if (result.written() != null) {
      ingestion.single(result.written());
      announcer.changed(
          report.tenantId(), report.formCode(), report.period(), result.written().name());
    }
  }

  private Mono<WriteResult> replayOrRun(
      DatabaseClient db, WriteGrant grant, WriteRequest request, Supplier<Mono<WriteResult>> work) {
    IdempotencyKeys.Scope scope =
        new IdempotencyKeys.Scope(grant.tenantId(), grant.caller(), request.idempotencyKey());
    String hash =
        IdempotencyKeys.fingerprint(
            request.method(),
            request.path(),
            String.join(",", request.preconditions().ifMatch()),
            request.body());
    return keys.lockAndFind(db, scope)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            found -> {
              if (found.isPresent()) {
                IdempotencyKeys.Stored s = found.get();
                return s.requestHash().equals(hash)
                    ? Mono.just(
                        new WriteResult(s.status(), s.etag(), json.readTree(s.body()), true, null))
                    : Mono.error(ReportProblems.idempotencyMismatch());
              }
              return work.get()
                  .flatMap(
                      result ->
                          keys.remember(
                                  db,
                                  scope,
                                  new IdempotencyKeys.Stored(
                                      hash,
                                      result.status(),
                                      result.etag(),
                                      json.writeValueAsString(result.body())))
                              .thenReturn(result));
            });
  }

  /** Another writer appended the same version number first: the caller's read is stale. */
  private static Throwable versionTaken(DataIntegrityViolationException e, boolean createOnly) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("report_version_pkey")) {
        if (createOnly) {
          return ReportProblems.alreadyExists();
        }
        return ReportProblems.staleJustNow();
      }
    }
    return e;
  }

  private static void checkComment(String comment) {
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw Problems.badRequest("comment-too-long", MAX_COMMENT);
    }
  }
}
