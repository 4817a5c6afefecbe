package org.shequ.server.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanApi;
import org.shequ.plan.api.PlanModule;
import org.shequ.plan.api.PlanProblem;
import org.shequ.plan.api.PlanValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Loads the plan plugins, validates every plan they provide, and publishes the valid ones to the
 * {@link PlanRegistry}. A plugin that cannot be read, repeats an id already loaded, needs another
 * plan-api, fails to start, or provides an invalid plan is refused with its reasons (logged and
 * served at {@code /api/v1/plugins}); the others load regardless.
 *
 * <p>Jars come from the plugins directory and from the jars installed through the API. The whole
 * set is loaded afresh into a new PF4J manager whenever it changes ({@link #trial} then {@link
 * #adopt}), so an installed jar is checked exactly as at start-up, and the old manager is closed
 * only once the new plans are served. Directory jars are read first: for one id, the directory wins
 * over an installed jar, as {@code tenants/*.yaml} wins over the API for tenants.
 */
@Component
public class PluginHost implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

  private final PlanRegistry registry;
  private final Path root;
  private PlanPluginManager manager;

  /** What one started plugin provided. */
  private record Provided(
      PluginWrapper plugin,
      PluginReport.Source source,
      List<Plan> plans,
      List<NationalIndicator> catalogue) {}

  /** A jar installed through the API, copied to local disk so PF4J can open it. */
  public record InstalledJar(String pluginId, String version, Path path) {}

  /** The result of loading one set of jars: served only once {@link #adopt adopted}. */
  public static final class Trial {
    private final PlanPluginManager manager;
    private final PlanRegistry.Snapshot snapshot;

    private Trial(PlanPluginManager manager, PlanRegistry.Snapshot snapshot) {
      this.manager = manager;
      this.snapshot = snapshot;
    }

    public PlanRegistry.Snapshot snapshot() {
      return snapshot;
    }

    /** The report on the jar of {@code pluginId} from {@code source}, if it was among the jars. */
    public Optional<PluginReport> report(String pluginId, PluginReport.Source source) {
      return snapshot.reports().stream()
          .filter(r -> pluginId.equals(r.pluginId()) && r.source() == source)
          .findFirst();
    }

    /** Unloads a trial that will not be served. */
    public void discard() {
      PluginHost.close(manager);
    }
  }

  public PluginHost(PluginProperties properties, PlanRegistry registry) {
    this.root = properties.pluginsDir().toAbsolutePath().normalize();
    this.registry = registry;
    adopt(trial(List.of()));
  }

  /**
   * Loads the directory's jars and then {@code installed}, each validated as at start-up, into a
   * new manager; nothing is served until {@link #adopt}. Reads jars: call off the event loop.
   */
  public Trial trial(List<InstalledJar> installed) {
    PlanPluginManager next = new PlanPluginManager(root);
    List<PluginReport> refused = new ArrayList<>();
    Map<String, PluginReport.Source> sources = new HashMap<>();
    for (Path path : next.pluginPaths()) {
      load(next, path, PluginReport.Source.DIRECTORY, sources, refused);
    }
    for (InstalledJar jar : installed) {
      load(next, jar.path(), PluginReport.Source.INSTALLED, sources, refused);
    }
    next.startPlugins();
    List<Provided> provided = new ArrayList<>();
    for (PluginWrapper plugin : List.copyOf(next.getPlugins())) {
      PluginReport.Source source = sources.get(plugin.getPluginId());
      if (plugin.getPluginState() != PluginState.STARTED) {
        if (plugin.getPluginState() == PluginState.FAILED) {
          refused.add(
              refuse(
                  next, plugin, source, "failed to start: " + reason(plugin.getFailedException())));
        }
        continue;
      }
      try {
        List<PlanModule> modules = next.getExtensions(PlanModule.class, plugin.getPluginId());
        if (modules.isEmpty()) {
          refused.add(refuse(next, plugin, source, "provides no PlanModule extension"));
          continue;
        }
        List<Plan> plans = new ArrayList<>();
        List<NationalIndicator> catalogue = new ArrayList<>();
        for (PlanModule module : modules) {
          plans.add(module.plan());
          catalogue.addAll(module.nationalIndicators());
        }
        provided.add(new Provided(plugin, source, plans, catalogue));
      } catch (RuntimeException | LinkageError e) {
        refused.add(refuse(next, plugin, source, "its PlanModule failed: " + reason(e)));
      }
    }
    return new Trial(next, validate(next, provided, refused));
  }

  /** Serves a trial's plans and closes the manager it replaces. */
  public synchronized void adopt(Trial trial) {
    PlanPluginManager previous = manager;
    manager = trial.manager;
    registry.publish(trial.snapshot);
    if (previous != null) {
      close(previous);
    }
  }

  /**
   * Loads one jar, unless its id is already loaded: then it is refused, saying which jar was kept
   * and why (the plugins directory wins over installed jars; within one source, the first jar in
   * name order wins, so the choice does not depend on the order the disk lists files in).
   */
  private void load(
      PlanPluginManager next,
      Path path,
      PluginReport.Source source,
      Map<String, PluginReport.Source> sources,
      List<PluginReport> refused) {
    try {
      PluginDescriptor descriptor = next.descriptorOf(path);
      PluginWrapper kept = next.getPlugin(descriptor.getPluginId());
      if (kept != null) {
        String why =
            sources.get(descriptor.getPluginId()) == PluginReport.Source.DIRECTORY
                    && source == PluginReport.Source.INSTALLED
                ? "the plugins directory wins over installed jars"
                : "of two jars with one id, the first in name order is kept";
        String problem =
            "duplicate plugin id "
                + descriptor.getPluginId()
                + ": "
                + file(kept)
                + " (version "
                + kept.getDescriptor().getVersion()
                + ") is kept and "
                + file(path)
                + " (version "
                + descriptor.getVersion()
                + ") is refused, because "
                + why;
        log.error("Plugin {} refused: {}", descriptor.getPluginId(), problem);
        refused.add(
            new PluginReport(
                descriptor.getPluginId(),
                descriptor.getVersion(),
                descriptor.getRequires(),
                file(path),
                PluginReport.Status.REFUSED,
                List.of(),
                List.of(problem),
                source));
        return;
      }
      String id = next.loadPlugin(path);
      sources.put(id, source);
      PluginWrapper plugin = next.getPlugin(id);
      if (!next.acceptsApi(plugin)) {
        refused.add(
            refuse(
                next,
                plugin,
                source,
                "requires plan-api "
                    + plugin.getDescriptor().getRequires()
                    + " but this host provides "
                    + PlanApi.VERSION));
      }
    } catch (RuntimeException | LinkageError e) {
      String problem = "cannot load the jar: " + reason(e);
      log.error("Plugin jar {} refused: {}", file(path), problem);
      refused.add(
          new PluginReport(
              null,
              null,
              null,
              file(path),
              PluginReport.Status.REFUSED,
              List.of(),
              List.of(problem),
              source));
    }
  }

  private PlanRegistry.Snapshot validate(
      PlanPluginManager next, List<Provided> provided, List<PluginReport> refused) {
    List<NationalIndicator> catalogue =
        provided.stream()
            .filter(p -> PlanValidator.catalogueProblems(p.catalogue()).isEmpty())
            .flatMap(p -> p.catalogue().stream())
            .toList();
    Set<String> nationalCodes =
        catalogue.stream().map(NationalIndicator::code).collect(Collectors.toSet());
    Map<String, LoadedPlan> plans = new LinkedHashMap<>();
    List<PluginReport> reports = new ArrayList<>(refused);
    Set<String> seen = new HashSet<>();
    for (Provided p : provided) {
      List<String> problems = new ArrayList<>();
      PlanValidator.catalogueProblems(p.catalogue()).stream()
          .map(PlanProblem::toString)
          .forEach(problems::add);
      for (Plan plan : p.plans()) {
        if (!seen.add(plan.id())) {
          problems.add("plan " + plan.id() + " is already provided by another plugin");
        }
        PlanValidator.problems(plan, nationalCodes).stream()
            .map(problem -> plan.id() + " " + problem)
            .forEach(problems::add);
      }
      if (!problems.isEmpty()) {
        reports.add(refuse(next, p.plugin(), p.source(), problems.toArray(String[]::new)));
        continue;
      }
      String version = p.plugin().getDescriptor().getVersion();
      p.plans()
          .forEach(
              plan ->
                  plans.put(plan.id(), new LoadedPlan(plan, p.plugin().getPluginId(), version)));
      reports.add(
          new PluginReport(
              p.plugin().getPluginId(),
              version,
              p.plugin().getDescriptor().getRequires(),
              file(p.plugin()),
              PluginReport.Status.LOADED,
              p.plans().stream().map(Plan::id).toList(),
              List.of(),
              p.source()));
      log.info(
          "Plugin {} {} loaded from {}: plans {}",
          p.plugin().getPluginId(),
          version,
          p.source(),
          p.plans().stream().map(Plan::id).toList());
    }
    return new PlanRegistry.Snapshot(plans, catalogue, reports);
  }

  /** Refuses a loaded plugin: logs why, stops and unloads it, and reports it. */
  private PluginReport refuse(
      PlanPluginManager next,
      PluginWrapper plugin,
      PluginReport.Source source,
      String... problems) {
    String id = plugin.getPluginId();
    log.error("Plugin {} refused: {}", id, String.join("; ", problems));
    String file = file(plugin);
    try {
      next.unloadPlugin(id);
    } catch (RuntimeException e) {
      log.warn("Plugin {} could not be unloaded cleanly: {}", id, reason(e));
    }
    return new PluginReport(
        id,
        plugin.getDescriptor().getVersion(),
        plugin.getDescriptor().getRequires(),
        file,
        PluginReport.Status.REFUSED,
        List.of(),
        List.of(problems),
        source);
  }

  private String file(PluginWrapper plugin) {
    return file(plugin.getPluginPath());
  }

  private String file(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(root) ? root.relativize(p).toString() : p.getFileName().toString();
  }

  private static String reason(Throwable e) {
    if (e == null) {
      return "unknown reason";
    }
    StringBuilder sb = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
      sb.append(" (caused by ")
          .append(c.getClass().getSimpleName())
          .append(": ")
          .append(c.getMessage())
          .append(')');
    }
    return sb.toString();
  }

  private static void close(PlanPluginManager m) {
    m.stopPlugins();
    for (PluginWrapper plugin : List.copyOf(m.getPlugins())) {
      try {
        m.unloadPlugin(plugin.getPluginId());
      } catch (RuntimeException e) {
        log.warn("Plugin {} could not be unloaded cleanly: {}", plugin.getPluginId(), reason(e));
      }
    }
  }

  @Override
  public synchronized void destroy() {
    if (manager != null) {
      close(manager);
    }
  }
}
