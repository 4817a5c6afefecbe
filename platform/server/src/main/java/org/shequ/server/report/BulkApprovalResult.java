package org.shequ.server.report;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What became of each report of a bulk approval, in the order they were asked for. */
record BulkApprovalResult(List<ApprovalOutcome> results) {

  /** APPROVED, or REFUSED with the reason. */
  enum Verdict {
    APPROVED,
    REFUSED
  }

  /**
   * One report's outcome.
   *
   * @param version the approved report's new version (its ETag); absent when refused
   * @param problem why it was refused, as the problem+json a single approval would have answered;
   *     absent when approved
   */
  record ApprovalOutcome(
      String formCode,
      String orgUnitId,
      String period,
      Verdict outcome,
      Integer version,
      JsonNode problem) {}
}
