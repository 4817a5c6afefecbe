package org.shequ.server.plan;

import java.util.List;

/**
 * What happened to one plugin jar at load: loaded with its plans, or refused with the reasons an
 * operator needs to fix it.
 */
public record PluginReport(
    String pluginId,
    String version,
    String requires,
    String file,
    Status status,
    List<String> planIds,
    List<String> problems) {

  /** Whether the plugin serves its plans. */
  public enum Status {
    LOADED,
    REFUSED
  }

  public PluginReport {
    planIds = List.copyOf(planIds);
    problems = List.copyOf(problems);
  }
}
