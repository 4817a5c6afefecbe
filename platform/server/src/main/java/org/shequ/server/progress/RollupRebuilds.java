package org.shequ.server.progress;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.shequ.plan.api.Plan;
import org.shequ.server.progress.ProgressQuery.FormSpec;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Builds the progress roll-ups: every form of every active tenant once the server is ready, a
 * tenant's stale forms in the background when a reader finds them stale (after an org-unit change,
 * a plan upgrade or reports written outside the API), and all of them on an operator's request.
 * Each form is rebuilt in its own transaction under the tenant's exclusive roll-up lock, so report
 * writes wait for at most one form's rebuild.
 */
@Component
public class RollupRebuilds {
  private static final Logger log = LoggerFactory.getLogger(RollupRebuilds.class);

  /** What one form's rebuild did. */
  public record FormBuild(
      String tenant, String plan, String form, boolean rebuilt, long rows, long millis) {}

  private final TenantDatabase database;
  private final TenantRepository tenants;
  private final TenantPlans plans;
  private final ProgressRollup rollup;
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  /** When a reader first found each tenant's roll-up stale, until a rebuild of it has finished. */
  private final Map<String, Instant> staleSince = new ConcurrentHashMap<>();

  RollupRebuilds(
      TenantDatabase database,
      TenantRepository tenants,
      TenantPlans plans,
      ProgressRollup rollup,
      MeterRegistry meters) {
    this.database = database;
    this.tenants = tenants;
    this.plans = plans;
    this.rollup = rollup;
    Gauge.builder(LAG_METRIC, this, r -> r.lag().toMillis() / 1000.0)
        .description("Age of the oldest roll-up a reader found stale and no rebuild has caught up")
        .baseUnit("seconds")
        .register(meters);
  }

  /** The roll-up lag metric: 0 while no reader waits for a rebuild on this replica. */
  static final String LAG_METRIC = "shequ.progress.rollup.lag";

  /** How long the oldest stale roll-up readers found has been waiting for its rebuild. */
  Duration lag() {
    Instant now = Instant.now();
    return staleSince.values().stream()
        .min(Comparator.naturalOrder())
        .map(since -> Duration.between(since, now))
        .orElse(Duration.ZERO);
  }

  @EventListener(ApplicationReadyEvent.class)
  void buildAtStart() {
    all(false)
        .collectList()
        .subscribe(
            builds ->
                log.info(
                    "Progress roll-ups ready: {} forms rebuilt, {} already current",
                    builds.stream().filter(FormBuild::rebuilt).count(),
                    builds.stream().filter(b -> !b.rebuilt()).count()),
            e -> log.warn("Building the progress roll-ups failed: {}", e.toString()));
  }

  /**
   * Rebuilds the tenant's stale roll-ups in the background; a request while a rebuild of the tenant
   * runs is dropped (the next reader that still finds a stale form asks again).
   */
  public void request(String tenantId) {
    staleSince.putIfAbsent(tenantId, Instant.now());
    if (!running.add(tenantId)) {
      return;
    }
    Instant asked = Instant.now();
    tenants
        .findById(tenantId)
        .flatMapMany(t -> tenant(t, false))
        .doFinally(
            s -> {
              running.remove(tenantId);
              // Readers who found it stale after this rebuild began ask again.
              staleSince.computeIfPresent(
                  tenantId, (t, since) -> since.isAfter(asked) ? since : null);
            })
        .subscribe(
            b -> {
              if (b.rebuilt()) {
                log.info("Rebuilt progress roll-up {}/{}: {} rows", b.tenant(), b.form(), b.rows());
              }
            },
            e ->
                log.warn(
                    "Rebuilding the progress roll-up of {} failed: {}", tenantId, e.toString()));
  }

  /** Every active tenant's forms; with {@code force}, also those that are current. */
  public Flux<FormBuild> all(boolean force) {
    return tenants.findAll().filter(Tenant::active).concatMap(t -> tenant(t, force));
  }

  /** One tenant's forms; with {@code force}, also those that are current. */
  public Flux<FormBuild> tenant(String tenantId, boolean force) {
    return tenants.findById(tenantId).flatMapMany(t -> tenant(t, force));
  }

  private Flux<FormBuild> tenant(Tenant tenant, boolean force) {
    // A roll-up is kept per tenant and form code: should two of a tenant's plans share a form
    // code, the first plan's layout is kept (the other plan's readers then use the reports).
    Set<String> seen = new HashSet<>();
    return Flux.fromIterable(plans.loaded(tenant))
        .concatMap(
            plan ->
                Flux.fromIterable(ProgressService.forms(plan, plan.indicators()))
                    .filter(spec -> seen.add(spec.formCode()))
                    .concatMap(spec -> form(tenant.id(), plan, spec, force)));
  }

  private Mono<FormBuild> form(String tenantId, Plan plan, FormSpec spec, boolean force) {
    List<Integer> years =
        IntStream.rangeClosed(plan.period().startYear(), plan.period().endYear()).boxed().toList();
    RollupLayout layout = spec.layout();
    String fingerprint = layout.fingerprint();
    return Mono.defer(
        () -> {
          long start = System.nanoTime();
          return database.inTenantOne(
              tenantId,
              db ->
                  rollup
                      .exclusiveLock(db, tenantId)
                      .then(rollup.builtLayout(db, tenantId, layout.formCode()))
                      .flatMap(
                          built ->
                              !force && built.equals(fingerprint)
                                  ? Mono.just(
                                      new FormBuild(
                                          tenantId, plan.id(), layout.formCode(), false, 0, 0))
                                  : rollup
                                      .rebuild(db, tenantId, layout, years)
                                      .map(
                                          rows ->
                                              new FormBuild(
                                                  tenantId,
                                                  plan.id(),
                                                  layout.formCode(),
                                                  true,
                                                  rows,
                                                  (System.nanoTime() - start) / 1_000_000))));
        });
  }
}
