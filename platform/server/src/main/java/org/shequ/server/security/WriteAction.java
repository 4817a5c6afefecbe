package org.shequ.server.security;

/** A kind of change, as {@link WriteAuthorization}'s table of what each role permits names it. */
public enum WriteAction {
  /** Save a report's values: {@code PUT …/reports/{form}/{unit}/{period}}. */
  SAVE_REPORT,
  /** Submit a report for review: {@code POST …/submit}. */
  SUBMIT_REPORT,
  /** Approve, return or reopen a report: {@code POST …/approve|return|reopen}. */
  REVIEW_REPORT,
  /** Set a form's reporting window: {@code PUT …/calendar/{form}/{period}}. */
  SET_CALENDAR,
  /** Add, edit, move, deactivate, split, merge or import org units. */
  CHANGE_ORG_UNITS,
  /** Add, change, deactivate and activate a tenant's members. */
  MANAGE_MEMBERS,
  /** Rebuild the progress roll-ups of every tenant. */
  REBUILD_ROLLUPS
}
