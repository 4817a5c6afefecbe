package org.shequ.plan.api;

/**
 * One thing wrong with a plan, found by {@link PlanValidator}.
 *
 * <p>Returned by {@link PlanValidator}: the host logs the problems of a refused plugin and reports
 * them to whoever installed it; the test kit fails the plugin's build with them. Immutable; never
 * blocks.
 *
 * @param path where, e.g. {@code indicators[ZJ-01].milestones[2014]}
 */
public record PlanProblem(String path, String message) {
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
