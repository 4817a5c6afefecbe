package org.shequ.plan.api;

/**
 * How often a form is reported. Period keys: {@code ANNUAL} → {@code "2019"}.
 *
 * <p>Chosen by a plugin for each {@link Form}; read by the host when reporters open and submit
 * reports.
 */
public enum PeriodType {
  ANNUAL
}
