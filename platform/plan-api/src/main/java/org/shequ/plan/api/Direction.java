package org.shequ.plan.api;

/**
 * Which way an indicator improves; decides whether being above a milestone is good or bad.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host whenever
 * it judges status. Immutable; never blocks.
 */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  /** Closest to the target is best (e.g. a share that must equal a quota). */
  CLOSER_IS_BETTER
}
