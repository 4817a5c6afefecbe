package org.shequ.server.demo;

import java.time.OffsetDateTime;
import org.shequ.plan.api.FormValues;

/**
 * One synthetic report: a form filled in for one unit and year, stored as a single version whose
 * status and action agree (APPROVED by APPROVE, SUBMITTED by SUBMIT, RETURNED by RETURN, DRAFT by
 * SAVE).
 *
 * @param values the canonical values {@link org.shequ.plan.api.Form#validate} returned
 */
record DemoReport(
    String planId,
    String formCode,
    String orgUnitId,
    String period,
    Status status,
    FormValues values,
    OffsetDateTime at) {

  /** A report's status and the action that leads to it. */
  enum Status {
    APPROVED("APPROVE"),
    SUBMITTED("SUBMIT"),
    RETURNED("RETURN"),
    DRAFT("SAVE");

    private final String action;

    Status(String action) {
      this.action = action;
    }

    String action() {
      return action;
    }
  }
}
