package org.shequ.plan.api;

/**
 * Version of this contract. The host runs PF4J with this as its system version, so a plugin whose
 * manifest {@code Plugin-Requires} range excludes it is refused before any of its code runs.
 *
 * <p>Minor versions only add; a major version may remove or change types. 1.1 adds "about" targets:
 * {@link Comparator#APPROXIMATELY}, {@link Figure.About} and {@link Tolerance}; and metadata marked
 * as inferred, {@link Plan#inferred()} with {@link MetadataField}.
 */
public final class PlanApi {
  /** The plan-api version the running host implements. */
  public static final String VERSION = "1.1.0";

  private PlanApi() {}
}
