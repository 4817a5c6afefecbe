package org.shequ.server.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;
import org.shequ.plan.api.Plan;
import org.shequ.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs, upgrades, disables and deletes plugins at run time, and keeps this replica's plans in
 * step with the jars stored in PostgreSQL. Every change reloads the whole jar set through {@link
 * PluginHost#trial}, so an installed jar passes exactly the checks of start-up; loading runs on one
 * dedicated thread (jar reading and PF4J are blocking, and two reloads must not interleave).
 */
@Service
public class PluginLifecycle implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(PluginLifecycle.class);

  private final PluginHost host;
  private final PlanRegistry registry;
  private final PluginJarStore jars;
  private final PlanSnapshotStore snapshots;
  private final PluginUpgradeCheck upgrades;
  private final JsonMapper json;
  private final Path cache;
  private final Scheduler loading =
      Schedulers.newBoundedElastic(1, Integer.MAX_VALUE, "plugin-loading", 60, true);

  PluginLifecycle(
      PluginHost host,
      PlanRegistry registry,
      PluginJarStore jars,
      PlanSnapshotStore snapshots,
      PluginUpgradeCheck upgrades,
      JsonMapper json) {
    this.host = host;
    this.registry = registry;
    this.jars = jars;
    this.snapshots = snapshots;
    this.upgrades = upgrades;
    this.json = json;
    try {
      this.cache = Files.createTempDirectory("shequ-installed-plugins");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for installed plugin jars", e);
    }
  }

  /**
   * At start-up, catches up with the jars installed while this replica was not running: once the
   * schema is migrated and before any start-up runner, so tenant files naming an installed plan
   * find it, and before the server takes requests (main thread; blocks).
   */
  @Override
  public void afterSingletonsInstantiated() {
    reload().block(Duration.ofMinutes(2));
  }

  /** Loads the directory's jars and the enabled installed jars afresh, and serves the result. */
  public Mono<PlanRegistry.Snapshot> reload() {
    return jars.enabled()
        .collectList()
        .publishOn(loading)
        .map(this::load)
        .flatMap(snapshot -> recordSnapshots(snapshot).thenReturn(snapshot));
  }

  /**
   * Serves the directory's jars and {@code stored}. When the installed jars are those already
   * served (nothing installed at start-up, or a notification of this replica's own change), what is
   * served stays: no second load of the same jars.
   */
  private PlanRegistry.Snapshot load(List<PluginJarStore.StoredJar> stored) {
    Set<String> wanted =
        stored.stream().map(j -> j.pluginId() + "@" + j.sha256()).collect(Collectors.toSet());
    // The replica that made a change has served it already; its own notification finds the same
    // jars and reloads nothing.
    if (wanted.equals(served)) {
      return registry.snapshot();
    }
    PluginHost.Trial trial = host.trial(materialize(stored));
    host.adopt(trial);
    served = wanted;
    return trial.snapshot();
  }

  /**
   * The installed jars that {@link #load} last served, as {@code id@sha256}; at start-up none (the
   * directory's jars alone are loaded by then); null after an install served a trial of its own.
   */
  private volatile Set<String> served = Set.of();

  /**
   * Installs or upgrades the plugin in {@code jar}: refused (422) with the reasons start-up would
   * give; refused (409) if it removes or retypes a field that stored reports use, unless {@code
   * confirm}; else stored, announced to the replicas and served here at once.
   */
  public Mono<PluginReport> install(byte[] jar, boolean confirm, String actor) {
    return Mono.fromCallable(() -> candidate(jar))
        .subscribeOn(loading)
        .flatMap(
            candidate ->
                jars.enabled()
                    .collectList()
                    .publishOn(loading)
                    .map(stored -> host.trial(withCandidate(stored, candidate)))
                    .flatMap(trial -> accept(trial, candidate, confirm))
                    .flatMap(
                        trial ->
                            jars.save(
                                    candidate.pluginId(),
                                    candidate.version(),
                                    jar,
                                    candidate.sha256(),
                                    actor)
                                .then(
                                    Mono.fromRunnable(() -> adoptInstalled(trial))
                                        .subscribeOn(loading))
                                .then(recordSnapshots(trial.snapshot()))
                                .thenReturn(
                                    trial
                                        .report(candidate.pluginId(), PluginReport.Source.INSTALLED)
                                        .orElseThrow())))
        .doOnNext(r -> log.info("Plugin {} {} installed by {}", r.pluginId(), r.version(), actor));
  }

  /**
   * Serves an install's trial. What is served then is not a set {@link #load} adopted, so the next
   * reload (this replica's own notification) loads afresh once.
   */
  private void adoptInstalled(PluginHost.Trial trial) {
    host.adopt(trial);
    served = null;
  }

  /** Enables or disables an installed plugin; 404 if none has that id. */
  public Mono<Void> setEnabled(String pluginId, boolean enabled, String actor) {
    return jars.setEnabled(pluginId, enabled)
        .filter(found -> found)
        .switchIfEmpty(Mono.error(() -> Problems.notFound("plugin", pluginId)))
        .doOnNext(
            f -> log.info("Plugin {} {} by {}", pluginId, enabled ? "enabled" : "disabled", actor))
        .then(reload())
        .then();
  }

  /** Deletes an installed plugin; its plans' snapshots and the reports filed under them stay. */
  public Mono<Void> delete(String pluginId, String actor) {
    return jars.delete(pluginId)
        .filter(found -> found)
        .switchIfEmpty(Mono.error(() -> Problems.notFound("plugin", pluginId)))
        .doOnNext(f -> log.info("Plugin {} deleted by {}", pluginId, actor))
        .then(reload())
        .then();
  }

  /** The installed jars, without their bytes. */
  Flux<PluginJarStore.StoredJar> installed() {
    return jars.list();
  }

  /** An uploaded jar, copied to disk, with its descriptor. */
  private record Candidate(String pluginId, String version, String sha256, Path path) {}

  private Candidate candidate(byte[] jar) {
    String sha256 = sha256(jar);
    Path path = cache.resolve("upload-" + sha256 + ".jar");
    try {
      Files.write(path, jar);
      PluginDescriptor d = new PlanPluginManager(cache).descriptorOf(path);
      if (d.getPluginId() == null || d.getPluginId().isBlank()) {
        throw refused(List.of("the jar's manifest names no Plugin-Id"));
      }
      return new Candidate(d.getPluginId(), d.getVersion(), sha256, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PluginRuntimeException e) {
      throw refused(List.of("cannot read the jar's plugin manifest: " + e.getMessage()));
    }
  }

  /** The stored jars with the candidate in place of any stored jar of its id. */
  private List<PluginHost.InstalledJar> withCandidate(
      List<PluginJarStore.StoredJar> stored, Candidate candidate) {
    List<PluginJarStore.StoredJar> others =
        stored.stream().filter(j -> !j.pluginId().equals(candidate.pluginId())).toList();
    List<PluginHost.InstalledJar> jarsToLoad = new ArrayList<>(materialize(others));
    jarsToLoad.add(
        new PluginHost.InstalledJar(candidate.pluginId(), candidate.version(), candidate.path()));
    return jarsToLoad;
  }

  /** The trial, if the candidate loaded and strands no stored report (or the caller confirmed). */
  private Mono<PluginHost.Trial> accept(
      PluginHost.Trial trial, Candidate candidate, boolean confirm) {
    PluginReport report =
        trial.report(candidate.pluginId(), PluginReport.Source.INSTALLED).orElse(null);
    if (report == null || report.status() != PluginReport.Status.LOADED) {
      trial.discard();
      return Mono.error(
          refused(report == null ? List.of("the jar was not loaded") : report.problems()));
    }
    List<Plan> before = plansOf(registry.snapshot(), candidate.pluginId());
    List<Plan> after = plansOf(trial.snapshot(), candidate.pluginId());
    List<PluginUpgradeCheck.FieldChange> changes = PluginUpgradeCheck.changes(before, after);
    if (changes.isEmpty() || confirm) {
      return Mono.just(trial);
    }
    return upgrades
        .affected(changes)
        .flatMap(
            affected -> {
              if (affected.isEmpty()) {
                return Mono.just(trial);
              }
              trial.discard();
              log.warn(
                  "Upgrade of plugin {} to {} refused: it removes or retypes fields of {} stored"
                      + " reports",
                  candidate.pluginId(),
                  candidate.version(),
                  affected.size());
              return Mono.error(
                  Problems.of(HttpStatus.CONFLICT, "plugin-upgrade-strands-reports")
                      .detail(candidate.pluginId(), candidate.version(), affected.size())
                      .property("changedFields", changes)
                      .property("affectedReports", affected)
                      .build());
            });
  }

  private static List<Plan> plansOf(PlanRegistry.Snapshot snapshot, String pluginId) {
    return snapshot.plans().values().stream()
        .filter(p -> p.pluginId().equals(pluginId))
        .map(LoadedPlan::plan)
        .toList();
  }

  private static RuntimeException refused(List<String> problems) {
    return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "plugin-refused")
        .detail(String.join("; ", problems))
        .property("reasons", problems)
        .build();
  }

  /** Copies stored jars to local disk (once per content) so that PF4J can open them. */
  private List<PluginHost.InstalledJar> materialize(List<PluginJarStore.StoredJar> stored) {
    List<PluginHost.InstalledJar> out = new ArrayList<>();
    for (PluginJarStore.StoredJar jar : stored) {
      Path path = cache.resolve(jar.pluginId() + "-" + jar.sha256() + ".jar");
      try {
        if (!Files.exists(path)) {
          Path part = Files.createTempFile(cache, jar.pluginId(), ".part");
          Files.write(part, jar.jar());
          Files.move(part, path, StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy installed plugin " + jar.pluginId(), e);
      }
      out.add(new PluginHost.InstalledJar(jar.pluginId(), jar.version(), path));
    }
    return out;
  }

  /** Records each served plan version the first time it is seen. */
  private Mono<Void> recordSnapshots(PlanRegistry.Snapshot snapshot) {
    return Flux.fromIterable(snapshot.plans().values())
        .concatMap(
            p -> {
              String planJson = json.writeValueAsString(PlanController.detail(p));
              String hash = sha256(planJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
              return snapshots
                  .record(p.plan().id(), p.pluginId(), p.pluginVersion(), hash, planJson)
                  .filter(recorded -> !recorded)
                  .flatMap(
                      kept ->
                          snapshots
                              .hash(p.plan().id(), p.pluginVersion())
                              .filter(h -> !h.equals(hash))
                              .doOnNext(
                                  h ->
                                      log.warn(
                                          "Plan {} version {} differs from the snapshot recorded"
                                              + " for that version; the snapshot is kept: give"
                                              + " each change of a plan a new plugin version",
                                          p.plan().id(),
                                          p.pluginVersion())));
            })
        .then();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
