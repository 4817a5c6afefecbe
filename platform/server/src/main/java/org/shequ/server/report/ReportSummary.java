package org.shequ.server.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;

/**
 * A region admin's home: for one period, how far each form of the plan has come, which units are
 * overdue and what came in last.
 *
 * @param overdue the first {@value ReportSummaryStore#OVERDUE_LIMIT} overdue units, the oldest
 *     window first
 * @param latest the {@value ReportSummaryStore#LATEST_LIMIT} latest submissions of the period
 */
record ReportSummary(
    String tenant,
    int period,
    String plan,
    List<FormSummary> forms,
    List<OverdueUnit> overdue,
    List<LatestSubmission> latest) {

  /** The statuses a unit's report of a form can be in, "not started" first. */
  static final List<String> STATUSES =
      List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED");

  /**
   * One form of the period.
   *
   * @param expected the units due to report it: active units of the form's level and area
   * @param counts per status (NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED), the expected
   *     units whose report stands there; they add up to {@code expected}
   * @param overdue expected units with nothing submitted or approved after the window closed
   * @param opens first day of the window, or null when none is set (open)
   * @param closes last day of the window, or null when none is set
   */
  record FormSummary(
      String formCode,
      LocalizedText title,
      OrgUnitLevel level,
      AreaType appliesTo,
      LocalDate opens,
      LocalDate closes,
      long expected,
      Map<String, Long> counts,
      long overdue) {}

  /**
   * A unit that has not handed in a form whose window has closed.
   *
   * @param status NOT_STARTED, DRAFT or RETURNED
   */
  record OverdueUnit(
      String formCode, String orgUnitId, String orgUnitName, LocalDate closes, String status) {}

  /**
   * One submission, with where its report stands now.
   *
   * @param status the report's status now (it may have been reviewed since)
   * @param actor who submitted it
   * @param at when it was submitted
   * @param late whether it came in after the window closed
   */
  record LatestSubmission(
      String formCode,
      String orgUnitId,
      String orgUnitName,
      String period,
      String status,
      String actor,
      OffsetDateTime at,
      boolean late) {}
}
