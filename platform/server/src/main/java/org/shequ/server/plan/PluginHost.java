package org.shequ.server.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Loads the plan plugins at start-up, validates every plan they provide, and publishes the valid
 * ones to the {@link PlanRegistry}. A plugin that cannot be read, needs another plan-api, fails to
 * start, or provides an invalid plan is refused with its reasons (logged and served at {@code
 * /api/v1/plugins}); the others load regardless.
 */
@Component
public class PluginHost implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

  private final PlanPluginManager manager;
  private final PlanRegistry registry;
  private final Path root;

  /** What one started plugin provided. */
  private record Provided(
      PluginWrapper plugin, List<Plan> plans, List<NationalIndicator> catalogue) {}

  public PluginHost(PluginProperties properties, PlanRegistry registry) {
    this.root = properties.pluginsDir().toAbsolutePath().normalize();
    this.manager = new PlanPluginManager(root);
    this.registry = registry;
    load();
  }

  private void load() {
    List<PluginReport> refused = new ArrayList<>();
    for (Path path : manager.pluginPaths()) {
      try {
        String id = manager.loadPlugin(path);
        PluginWrapper plugin = manager.getPlugin(id);
        if (!manager.acceptsApi(plugin)) {
          refused.add(
              refuse(
                  plugin,
                  "requires plan-api "
                      + plugin.getDescriptor().getRequires()
                      + " but this host provides "
                      + PlanApi.VERSION));
        }
      } catch (RuntimeException | LinkageError e) {
        refused.add(
            new PluginReport(
                null,
                null,
                null,
                root.relativize(path).toString(),
                PluginReport.Status.REFUSED,
                List.of(),
                List.of("cannot load the jar: " + reason(e))));
      }
    }
    manager.startPlugins();
    List<Provided> provided = new ArrayList<>();
    for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
      if (plugin.getPluginState() != PluginState.STARTED) {
        if (plugin.getPluginState() == PluginState.FAILED) {
          refused.add(refuse(plugin, "failed to start: " + reason(plugin.getFailedException())));
        }
        continue;
      }
      try {
        List<PlanModule> modules = manager.getExtensions(PlanModule.class, plugin.getPluginId());
        if (modules.isEmpty()) {
          refused.add(refuse(plugin, "provides no PlanModule extension"));
          continue;
        }
        List<Plan> plans = new ArrayList<>();
        List<NationalIndicator> catalogue = new ArrayList<>();
        for (PlanModule module : modules) {
          plans.add(module.plan());
          catalogue.addAll(module.nationalIndicators());
        }
        provided.add(new Provided(plugin, plans, catalogue));
      } catch (RuntimeException | LinkageError e) {
        refused.add(refuse(plugin, "its PlanModule failed: " + reason(e)));
      }
    }
    publish(provided, refused);
  }

  private void publish(List<Provided> provided, List<PluginReport> refused) {
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
        reports.add(refuse(p.plugin(), problems.toArray(String[]::new)));
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
              List.of()));
      log.info(
          "Plugin {} {} loaded: plans {}",
          p.plugin().getPluginId(),
          version,
          p.plans().stream().map(Plan::id).toList());
    }
    registry.publish(new PlanRegistry.Snapshot(plans, catalogue, reports));
  }

  /** Refuses a loaded plugin: logs why, stops and unloads it, and reports it. */
  private PluginReport refuse(PluginWrapper plugin, String... problems) {
    String id = plugin.getPluginId();
    log.error("Plugin {} refused: {}", id, String.join("; ", problems));
    try {
      manager.unloadPlugin(id);
    } catch (RuntimeException e) {
      log.warn("Plugin {} could not be unloaded cleanly: {}", id, reason(e));
    }
    return new PluginReport(
        id,
        plugin.getDescriptor().getVersion(),
        plugin.getDescriptor().getRequires(),
        file(plugin),
        PluginReport.Status.REFUSED,
        List.of(),
        List.of(problems));
  }

  private String file(PluginWrapper plugin) {
    Path path = plugin.getPluginPath().toAbsolutePath().normalize();
    return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
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

  @Override
  public void destroy() {
    manager.stopPlugins();
    for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
      manager.unloadPlugin(plugin.getPluginId());
    }
  }
}
