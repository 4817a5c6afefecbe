package org.shequ.plan.api;

/** How often a form is reported. Period keys: {@code ANNUAL} → {@code "2019"}. */
public enum PeriodType {
  ANNUAL
}
