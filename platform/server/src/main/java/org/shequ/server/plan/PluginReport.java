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
    List<String> problems,
    Source source) {

  /** Where the jar came from: the plugins directory, or installed through the API (PostgreSQL). */
  public enum Source {
    DIRECTORY,
    INSTALLED
  }

  /** Whether the plugin serves its plans. */
  public enum Status {
    LOADED,
    REFUSED
  }

  public PluginReport {
    source = source == null ? Source.DIRECTORY : source;
    planIds = List.copyOf(planIds);
    problems = List.copyOf(problems);
  }
}
