package org.shequ.server.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.progress.RollupBatchFold;
import org.shequ.server.security.WriteAction;
import org.shequ.server.security.WriteGrant;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.ProblemText;
import org.shequ.server.web.Problems;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Batch reporting: one uploaded file of many units' reports for one form and period, checked row by
 * row by the rules of a single save or submit and stored in one transaction, all or nothing (or,
 * with {@code partial}, the valid rows). The file is read and checked in memory; the database is
 * asked a few set-based questions for the whole file and written in multi-row statements.
 */
@Service
class ReportBatch {
  private final TenantAccess access;
  private final ReportForms forms;
  private final BatchFiles files;
  private final BatchCheck check;
  private final ReportBatchStore store;
  private final ReportingCalendar calendar;
  private final TenantDatabase database;
  private final RollupBatchFold rollup;
  private final PlanRegistry plans;
  private final BatchProperties properties;
  private final ReportIngestion ingestion;

  ReportBatch(
      TenantAccess access,
      ReportForms forms,
      BatchFiles files,
      BatchCheck check,
      ReportBatchStore store,
      ReportingCalendar calendar,
      TenantDatabase database,
      RollupBatchFold rollup,
      PlanRegistry plans,
      BatchProperties properties,
      ReportIngestion ingestion) {
    this.access = access;
    this.forms = forms;
    this.files = files;
    this.check = check;
    this.store = store;
    this.calendar = calendar;
    this.database = database;
    this.rollup = rollup;
    this.plans = plans;
    this.properties = properties;
    this.ingestion = ingestion;
  }

  /**
   * An upload.
   *
   * @param form the form the query names; null to take the template's
   * @param period the period the query names; null to take the template's
   */
  record Upload(
      String tenantId,
      byte[] bytes,
      MediaType type,
      String filename,
      String form,
      String period,
      ReportAction action,
      boolean partial,
      boolean dryRun) {}

  /** The rows of an upload, understood against its form. */
  private record Understood(Upload upload, WriteGrant grant, ReportForm form, List<BatchRow> rows) {
    ReportKey scope() {
      return new ReportKey(upload.tenantId(), form.form().code(), null, form.period());
    }
  }

  Mono<BatchAnswer> run(Upload upload, Locale locale) {
    return grant(upload)
        .flatMap(
            grant ->
                Mono.fromCallable(
                        () -> files.read(upload.bytes(), upload.type(), upload.filename()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(source -> understand(upload, grant, source)))
        .flatMap(u -> inTransaction(u, locale))
        .doOnNext(answer -> ingestion.batch(answer.stored()));
  }

  /** The caller may save (and, to submit, submit) reports somewhere in the tenant. */
  private Mono<WriteGrant> grant(Upload upload) {
    Mono<WriteGrant> save = access.writer(upload.tenantId(), WriteAction.SAVE_REPORT);
    return upload.action() == ReportAction.SUBMIT
        ? save.then(access.writer(upload.tenantId(), WriteAction.SUBMIT_REPORT))
        : save;
  }

  private Mono<Understood> understand(Upload upload, WriteGrant grant, BatchSource source) {
    String formCode = agreed("form", upload.form(), source.property("form"));
    String period = agreed("period", upload.period(), source.property("period"));
    String tenant = source.property("tenant");
    if (tenant != null && !tenant.equals(upload.tenantId())) {
      return Mono.error(
          Problems.badRequest(
              "batch-template-mismatch",
              ProblemText.of("batch.thing.tenant"),
              tenant,
              upload.tenantId()));
    }
    return forms
        .resolve(upload.tenantId(), formCode, period)
        .map(form -> new Understood(upload, grant, form, rows(source, form)));
  }

  /** The form or period: the query's and the template's must agree; one of them must say. */
  private static String agreed(String name, String asked, String inFile) {
    if (asked != null && inFile != null && !asked.equals(inFile)) {
      throw Problems.badRequest(
          "batch-template-mismatch", ProblemText.of("batch.thing." + name), inFile, asked);
    }
    String value = asked != null ? asked : inFile;
    if (value == null) {
      throw Problems.badParameter(name, "required", name);
    }
    return value;
  }

  private List<BatchRow> rows(BatchSource source, ReportForm form) {
    List<BatchRow> rows;
    if (source.json() != null) {
      rows = BatchRows.ofJson(source.json());
    } else {
      BatchColumns columns = BatchColumns.of(source.table().rows(), form.form());
      if (!columns.unknown().isEmpty()) {
        throw Problems.of(HttpStatus.BAD_REQUEST, "batch-unknown-columns")
            .detail(form.form().code(), String.join(", ", columns.unknown()))
            .property("columns", columns.unknown())
            .build();
      }
      if (columns.orgUnit() < 0) {
        throw Problems.badRequest("batch-no-org-unit-column");
      }
      rows = BatchRows.of(source.table().rows(), columns, form.form());
    }
    if (rows.isEmpty()) {
      throw Problems.badRequest("batch-no-rows");
    }
    if (rows.size() > properties.maxRows()) {
      throw files.tooManyRows();
    }
    return rows;
  }

  private Mono<BatchAnswer> inTransaction(Understood u, Locale locale) {
    boolean folds = u.upload().action() == ReportAction.SUBMIT && !u.upload().dryRun();
    String sha = sha256(u.upload().bytes());
    return database
        .inTenantMaintainingRollup(
            u.upload().tenantId(),
            folds,
            db ->
                facts(db, u)
                    .zipWith(
                        store
                            .previous(db, u.upload().tenantId(), sha)
                            .map(Optional::of)
                            .defaultIfEmpty(Optional.empty()))
                    .flatMap(t -> decideAndWrite(db, u, t.getT1(), sha, t.getT2(), locale)))
        .onErrorMap(DataIntegrityViolationException.class, e -> ReportProblems.staleJustNow());
  }

  /**
   * Decides the rows chunk by chunk on worker threads while the versions of the chunks already
   * decided are being inserted, so the database and the checks work at the same time. All or
   * nothing: after the first refused row nothing more is inserted, every row is still decided (the
   * answer lists every error), and the refusal rolls the transaction back.
   */
  private Mono<BatchAnswer> decideAndWrite(
      DatabaseClient db,
      Understood u,
      BatchCheck.Facts facts,
      String sha,
      Optional<ReportBatchStore.PreviousUpload> previous,
      Locale locale) {
    // A submit appends two versions a row: its chunks hold half the rows.
    int size =
        Math.max(
            1,
            u.upload().action() == ReportAction.SUBMIT
                ? properties.chunkRows() / 2
                : properties.chunkRows());
    Integer[] earlier = BatchCheck.earlierRows(u.rows());
    Writing writing = new Writing(db, u, planVersion(u));
    return Flux.range(0, (u.rows().size() + size - 1) / size)
        .publishOn(Schedulers.boundedElastic())
        .map(i -> decideChunk(u, facts, earlier, i * size, size))
        // A prefetch of one: the next chunk is decided while this one is inserted (without it,
        // concatMap asks for the next chunk only once the insert is done).
        .concatMap(writing::write, 1)
        .collectList()
        .flatMap(chunks -> finish(db, u, facts, sha, previous, locale, chunks));
  }

  private List<BatchCheck.Decision> decideChunk(
      Understood u, BatchCheck.Facts facts, Integer[] earlier, int from, int size) {
    int to = Math.min(u.rows().size(), from + size);
    return check.decide(u.rows(), earlier, from, to, u.form(), u.upload().action(), facts);
  }

  private String planVersion(Understood u) {
    return plans.plan(u.form().plan().id()).map(LoadedPlan::pluginVersion).orElse(null);
  }

  /** The inserting side of an upload: what each decided chunk appends, in order. */
  private final class Writing {
    private final DatabaseClient db;
    private final Understood u;
    private final String planVersion;
    // Chunks are written one after the other (concatMap), but on whichever worker thread.
    private final AtomicBoolean refusedSeen = new AtomicBoolean();

    Writing(DatabaseClient db, Understood u, String planVersion) {
      this.db = db;
      this.u = u;
      this.planVersion = planVersion;
    }

    /** Inserts the chunk's versions unless a dry run, or all or nothing after a refusal. */
    Mono<List<BatchCheck.Decision>> write(List<BatchCheck.Decision> decided) {
      if (decided.stream().anyMatch(d -> d.outcome() == BatchOutcome.REFUSED)) {
        refusedSeen.set(true);
      }
      List<BatchVersion> versions = new ArrayList<>();
      decided.forEach(d -> versions.addAll(d.versions()));
      boolean skip =
          u.upload().dryRun() || versions.isEmpty() || (!u.upload().partial() && refusedSeen.get());
      if (skip) {
        return Mono.just(decided);
      }
      String actor = u.grant().caller().subject();
      return store
          .insert(db, u.scope(), u.form().plan().id(), planVersion, actor, versions)
          .thenReturn(decided);
    }
  }

  /** The answer, once every chunk is decided (and written): refused, or folded and recorded. */
  private Mono<BatchAnswer> finish(
      DatabaseClient db,
      Understood u,
      BatchCheck.Facts facts,
      String sha,
      Optional<ReportBatchStore.PreviousUpload> previous,
      Locale locale,
      List<List<BatchCheck.Decision>> chunks) {
    List<BatchCheck.Decision> decisions = new ArrayList<>(u.rows().size());
    chunks.forEach(decisions::addAll);
    BatchAnswer answer = answer(u, sha, decisions, previous, locale);
    // A dry run answers every row's errors as a preview, whatever partial.
    if (u.upload().dryRun()) {
      return Mono.just(answer);
    }
    if (!u.upload().partial() && answer.refused() > 0) {
      return Mono.error(invalid(decisions, answer));
    }
    return fold(db, u, facts, decisions)
        .then(store.record(db, u.scope(), u.grant().caller().subject(), sha, answer))
        .thenReturn(answer);
  }

  /** Everything the database says about the file's units, in a few queries. */
  private Mono<BatchCheck.Facts> facts(DatabaseClient db, Understood u) {
    Set<String> ids = new LinkedHashSet<>();
    u.rows()
        .forEach(
            r -> {
              if (r.orgUnit() != null) {
                ids.add(r.orgUnit());
              }
            });
    String tenant = u.upload().tenantId();
    Mono<Optional<Set<String>>> scope =
        u.grant().wholeTenant()
            ? Mono.just(Optional.empty())
            : store.subtree(db, tenant, u.grant().subtreeRoots()).map(Optional::of);
    Mono<Optional<ReportingCalendar.Check>> timing =
        u.upload().action() == ReportAction.SUBMIT
            ? calendar
                .check(db, tenant, u.form().form().code(), u.form().period())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
            : Mono.just(Optional.empty());
    // One connection: the queries run one after the other.
    return store
        .units(db, tenant, ids)
        .flatMap(
            units ->
                scope.flatMap(
                    s ->
                        store
                            .current(db, tenant, u.form().form().code(), u.form().period(), ids)
                            .flatMap(
                                current ->
                                    timing.map(
                                        t ->
                                            new BatchCheck.Facts(
                                                units, s.orElse(null), current, t.orElse(null))))));
  }

  /** Folds the submitted reports into the roll-up, against what each counted before. */
  private Mono<Void> fold(
      DatabaseClient db,
      Understood u,
      BatchCheck.Facts facts,
      List<BatchCheck.Decision> decisions) {
    List<String> submitted = new ArrayList<>();
    List<String> submittedValues = new ArrayList<>();
    List<String> counted = new ArrayList<>();
    for (BatchCheck.Decision d : decisions) {
      if (d.folded() != null) {
        submitted.add(d.row().orgUnit());
        submittedValues.add(d.folded());
        ReportBatchStore.Current before = facts.current().get(d.row().orgUnit());
        counted.add(before == null ? null : before.counted());
      }
    }
    return rollup.foldSubmitted(
        db,
        u.form().plan(),
        u.form().form().code(),
        u.upload().tenantId(),
        u.form().period(),
        submitted,
        submittedValues,
        counted);
  }

  private BatchAnswer answer(
      Understood u,
      String sha,
      List<BatchCheck.Decision> decisions,
      Optional<ReportBatchStore.PreviousUpload> previous,
      Locale locale) {
    boolean dry = u.upload().dryRun();
    int stored = 0;
    int unchanged = 0;
    int refused = 0;
    List<Map<String, Object>> errors = new ArrayList<>();
    List<Map<String, Object>> warnings = new ArrayList<>();
    List<BatchAnswer.Result> results = new ArrayList<>(decisions.size());
    for (BatchCheck.Decision d : decisions) {
      BatchOutcome outcome = d.outcome();
      switch (outcome) {
        case STORED -> stored++;
        case UNCHANGED -> unchanged++;
        default -> refused++;
      }
      d.errors().forEach(e -> errors.add(e.in(locale)));
      d.warnings().forEach(w -> warnings.add(w.in(locale)));
      results.add(
          new BatchAnswer.Result(
              d.row().row(),
              d.row().orgUnit(),
              dry && outcome == BatchOutcome.STORED ? BatchOutcome.CHECKED : outcome,
              d.version(),
              d.status()));
    }
    return new BatchAnswer(
        sha,
        u.form().form().code(),
        u.form().period(),
        u.upload().action().name(),
        dry,
        u.upload().partial(),
        decisions.size(),
        dry ? 0 : stored,
        unchanged,
        refused,
        previous.map(p -> new BatchAnswer.Previous(p.at(), p.actor(), p.stored())).orElse(null),
        errors,
        warnings,
        results);
  }

  private static org.shequ.server.web.ApiProblem invalid(
      List<BatchCheck.Decision> decisions, BatchAnswer answer) {
    List<Map<String, Object>> errors = new ArrayList<>();
    List<Map<String, Object>> warnings = new ArrayList<>();
    for (BatchCheck.Decision d : decisions) {
      d.errors().forEach(e -> errors.add(e.body()));
      d.warnings().forEach(w -> warnings.add(w.body()));
    }
    return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "batch-invalid")
        .detail(answer.refused(), answer.rows())
        .property("errors", errors)
        .property("warnings", warnings)
        .property("rows", answer.rows())
        .property("refused", answer.refused())
        .build();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
