package org.shequ.plan.api;

/**
 * Types of form fields and the canonical Java value each holds after {@link Form#validate}:
 * INTEGER, DECIMAL and PERCENT hold {@link java.math.BigDecimal}, BOOLEAN {@link Boolean}, ENUM and
 * TEXT {@link String}, DATE {@link java.time.LocalDate}.
 *
 * <p>Chosen by a plugin for each {@link Field}; read by the host when it validates reports (every
 * save and submit) and when it stores and computes their values.
 */
public enum FieldType {
  INTEGER,
  DECIMAL,
  /** A percentage from 0 to 100 unless the field narrows it. */
  PERCENT,
  BOOLEAN,
  /** One of the field's options, by code. */
  ENUM,
  TEXT,
  /** ISO date, {@code 2019-06-30}. */
  DATE
}
