package org.shequ.server.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;
import org.shequ.plan.api.PlanApi;

/**
 * PF4J configured for Shequ: plugin jars with a manifest descriptor, found by {@link
 * PluginJarRepository}, and {@link PlanApi#VERSION} as the system version that each plugin's {@code
 * Plugin-Requires} range must accept.
 */
final class PlanPluginManager extends DefaultPluginManager {

  PlanPluginManager(Path root) {
    super(List.of(root));
    setSystemVersion(PlanApi.VERSION);
    setExactVersionAllowed(true);
  }

  @Override
  protected PluginRepository createPluginRepository() {
    return new PluginJarRepository(getPluginsRoot());
  }

  @Override
  protected PluginDescriptorFinder createPluginDescriptorFinder() {
    return new ManifestPluginDescriptorFinder();
  }

  @Override
  protected PluginLoader createPluginLoader() {
    return new JarPluginLoader(this);
  }

  /**
   * Stops the started plugins in reverse start order. PF4J's own version removes each plugin from
   * the list it is iterating, and so throws a {@link java.util.ConcurrentModificationException} at
   * every shutdown with more than one plugin: this one iterates over a copy.
   */
  @Override
  public void stopPlugins() {
    List<PluginWrapper> started = new ArrayList<>(getStartedPlugins());
    Collections.reverse(started);
    for (PluginWrapper plugin : started) {
      if (plugin.getPluginState().isStarted()) {
        stopPlugin(plugin.getPluginId());
      }
    }
  }

  /** Whether a loaded plugin's {@code Plugin-Requires} range accepts this host's plan-api. */
  boolean acceptsApi(PluginWrapper plugin) {
    return isPluginValid(plugin);
  }

  /** The descriptor in a jar's manifest, read without loading the jar. */
  PluginDescriptor descriptorOf(Path jar) {
    return getPluginDescriptorFinder().find(jar);
  }

  List<Path> pluginPaths() {
    return pluginRepository.getPluginPaths();
  }
}
