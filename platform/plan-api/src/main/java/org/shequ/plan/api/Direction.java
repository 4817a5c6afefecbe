package org.shequ.plan.api;

/** Which way an indicator improves; decides whether being above a milestone is good or bad. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  /** Closest to the target is best (e.g. a share that must equal a quota). */
  CLOSER_IS_BETTER
}
