package org.shequ.server.report;

/** Which review step may follow which status, and the status it leads to. */
final class ReportTransitions {
  private ReportTransitions() {}

  /** The status after {@code action}, or a 409 problem when the step is not allowed now. */
  static ReportStatus after(ReportStatus current, ReportAction action) {
    ReportStatus next =
        switch (action) {
          case SUBMIT ->
              current == ReportStatus.DRAFT || current == ReportStatus.RETURNED
                  ? ReportStatus.SUBMITTED
                  : null;
          case APPROVE -> current == ReportStatus.SUBMITTED ? ReportStatus.APPROVED : null;
          case RETURN -> current == ReportStatus.SUBMITTED ? ReportStatus.RETURNED : null;
          // Reopened for correction: the reporter edits it and submits it again.
          case REOPEN -> current == ReportStatus.APPROVED ? ReportStatus.RETURNED : null;
          case SAVE -> null;
        };
    if (next == null) {
      throw ReportProblems.invalidTransition(
          current.name(), action.name().toLowerCase(java.util.Locale.ROOT));
    }
    return next;
  }
}
