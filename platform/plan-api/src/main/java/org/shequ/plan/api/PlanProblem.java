package org.shequ.plan.api;

/**
 * One thing wrong with a plan, found by {@link PlanValidator}.
 *
 * @param path where, e.g. {@code indicators[ZJ-01].milestones[2014]}
 */
public record PlanProblem(String path, String message) {
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
