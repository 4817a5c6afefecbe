package org.shequ.server.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The answer to a batch upload.
 *
 * @param id the SHA-256 of the file, in hex: the same bytes always have the same id
 * @param previousUpload the latest earlier stored upload of the same file; absent when none
 * @param errors every error of every row, in row order
 * @param warnings the plan's warnings on the rows' values, which never refuse a row
 * @param results one per data row, in row order
 */
record BatchAnswer(
    String id,
    String form,
    String period,
    String action,
    boolean dryRun,
    boolean partial,
    int rows,
    int stored,
    int unchanged,
    int refused,
    Previous previousUpload,
    List<Map<String, Object>> errors,
    List<Map<String, Object>> warnings,
    List<Result> results) {

  /** An earlier upload of the same file: when, by whom, and how many reports it stored. */
  record Previous(OffsetDateTime at, String actor, int stored) {}

  /**
   * What became of one row.
   *
   * @param version the report's version after the upload (for a dry run: after it, were it stored;
   *     for a refused or unchanged row: as it stands); absent when the unit has no report
   * @param status the report's status, likewise
   */
  record Result(
      int row, String orgUnit, BatchOutcome outcome, Integer version, ReportStatus status) {}
}
