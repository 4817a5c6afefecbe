package org.shequ.server.report;

/** The step that produced a report version. */
enum ReportAction {
  SAVE,
  SUBMIT,
  APPROVE,
  RETURN,
  REOPEN
}
