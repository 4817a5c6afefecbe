package org.shequ.server.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Violation;
import org.shequ.server.web.ApiProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides, in memory, what a batch does with each row, by the rules of a single save or submit: the
 * caller's scope, the unit's state and fit, the report's review status and the plan's own
 * validation (warnings carried through). Pure: every database fact comes in {@link Facts}.
 */
@Component
class BatchCheck {
  private static final int MAX_COMMENT = 2000;

  private final ReportValues values;
  private final JsonMapper json;

  BatchCheck(ReportValues values, JsonMapper json) {
    this.values = values;
    this.json = json;
  }

  /**
   * What the database says about the file's units.
   *
   * @param scope the ids the caller may write; null when it may write the whole tenant
   * @param calendar today against the form's window; null when the period has no window (open)
   */
  record Facts(
      Map<String, ReportOrgUnit> units,
      Set<String> scope,
      Map<String, ReportBatchStore.Current> current,
      ReportingCalendar.Check calendar) {}

  /**
   * One row's fate.
   *
   * @param versions what to append for it (none unless {@code outcome} is STORED or CHECKED)
   * @param version the report's version after the upload; null when it has none
   * @param status its status after the upload; null when it has none
   * @param folded the values a submit folds into the progress roll-up; null when not submitted
   */
  record Decision(
      BatchRow row,
      BatchOutcome outcome,
      List<BatchIssue> errors,
      List<BatchIssue> warnings,
      List<BatchVersion> versions,
      Integer version,
      ReportStatus status,
      String folded) {}

  /**
   * For each row, the number of an earlier row naming the same unit, or null: a unit appears once
   * per file.
   */
  static Integer[] earlierRows(List<BatchRow> rows) {
    Map<String, Integer> firstRow = new HashMap<>();
    Integer[] earlier = new Integer[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      BatchRow row = rows.get(i);
      earlier[i] = row.orgUnit() == null ? null : firstRow.putIfAbsent(row.orgUnit(), row.row());
    }
    return earlier;
  }

  /**
   * The decisions of rows {@code from} (inclusive) to {@code to} (exclusive), in order. Rows are
   * decided on all cores: each is independent of the others once {@code earlier} is known.
   */
  List<Decision> decide(
      List<BatchRow> rows,
      Integer[] earlier,
      int from,
      int to,
      ReportForm form,
      ReportAction action,
      Facts facts) {
    return IntStream.range(from, to)
        .parallel()
        .mapToObj(i -> decide(rows.get(i), earlier[i], form, action, facts))
        .toList();
  }

  private Decision decide(
      BatchRow row, Integer earlier, ReportForm form, ReportAction action, Facts facts) {
    List<BatchIssue> errors = new ArrayList<>();
    ReportBatchStore.Current current =
        row.orgUnit() == null ? null : facts.current().get(row.orgUnit());
    for (String field : row.unclean()) {
      errors.add(
          new BatchIssue(
              row.row(),
              row.letterOf(field),
              BatchColumns.ORG_UNIT.equals(field) || "comment".equals(field) ? null : field,
              row.orgUnit(),
              "invalid-text",
              org.shequ.server.web.ProblemText.of("batch.invalid-text")));
    }
    if (row.orgUnit() == null) {
      if (row.unclean().isEmpty()) {
        errors.add(BatchIssue.ofRow(row, "org-unit-required", "batch.org-unit-required"));
      }
      return refused(row, errors, List.of(), current);
    }
    if (earlier != null) {
      errors.add(BatchIssue.ofRow(row, "duplicate-row", "batch.duplicate-row", earlier));
    }
    ReportOrgUnit unit = facts.units().get(row.orgUnit());
    if (unit == null || (facts.scope() != null && !facts.scope().contains(row.orgUnit()))) {
      // A unit of another tenant, or outside the caller's subtree, reads as absent.
      errors.add(
          BatchIssue.ofRow(row, "org-unit-not-found", "batch.not-within-units", row.orgUnit()));
      return refused(row, errors, List.of(), null);
    }
    ApiProblem unfit = UnitFit.refusal(unit, form.form());
    if (unfit != null) {
      errors.add(
          new BatchIssue(
              row.row(),
              row.orgUnitLetter(),
              null,
              row.orgUnit(),
              unfit.typeName(),
              unfit.detail()));
    }
    if (row.comment() != null && row.comment().length() > MAX_COMMENT) {
      errors.add(BatchIssue.ofRow(row, "comment-too-long", "comment-too-long.detail", MAX_COMMENT));
    }
    boolean submit = action == ReportAction.SUBMIT;
    // A submit checks everything a submit checks; a save lets a draft be incomplete.
    Form.Validation validation =
        submit
            ? form.form().validate(row.raw())
            : ReportCheck.draft(form.form(), row.raw()).validation();
    for (Violation v : validation.violations()) {
      errors.add(BatchIssue.of(row, v));
    }
    List<BatchIssue> warnings =
        validation.warnings().stream().map(w -> BatchIssue.of(row, w)).toList();
    if (!errors.isEmpty()) {
      return refused(row, errors, warnings, current);
    }
    if (row.raw().isEmpty() && current == null) {
      // A unit the template listed but nobody filled in: nothing to store.
      return unchanged(row, warnings, null);
    }
    ReportValues.Stored stored = values.storedWithText(form.form(), validation.values());
    JsonNode after = stored.tree();
    boolean same = current != null && ReportValues.same(after, current.values());
    if (current != null
        && (current.status() == ReportStatus.SUBMITTED
            || current.status() == ReportStatus.APPROVED)) {
      if (same) {
        return unchanged(row, warnings, current);
      }
      errors.add(
          BatchIssue.ofRow(
              row,
              current.status() == ReportStatus.APPROVED ? "report-locked" : "report-under-review",
              current.status() == ReportStatus.APPROVED
                  ? "report-locked.detail"
                  : "report-under-review.detail"));
      return refused(row, errors, warnings, current);
    }
    // A save of the values a draft or a returned report already holds changes nothing: the
    // returned one stays returned, with its reviewer's comment.
    if (!submit && same) {
      return unchanged(row, warnings, current);
    }
    if (submit
        && facts.calendar() != null
        && facts.calendar().timing() == ReportingCalendar.Timing.NOT_YET_OPEN) {
      errors.add(
          BatchIssue.ofRow(
              row,
              "reporting-not-open",
              "reporting-not-open.detail",
              facts.calendar().entry().opens().toString()));
      return refused(row, errors, warnings, current);
    }
    String warningsJson =
        validation.warnings().isEmpty()
            ? "[]"
            : json.writeValueAsString(ReportWarnings.of(validation.warnings()));
    String afterJson = stored.text();
    List<BatchVersion> versions = new ArrayList<>(2);
    int next = current == null ? 1 : current.version() + 1;
    String comment = row.comment();
    if (!same) {
      JsonNode before = current == null ? ReportValues.empty() : current.values();
      versions.add(
          new BatchVersion(
              row.orgUnit(),
              next++,
              ReportStatus.DRAFT,
              ReportAction.SAVE,
              afterJson,
              json.writeValueAsString(ReportValues.changes(before, after)),
              warningsJson,
              comment,
              false));
      comment = null;
    }
    if (submit) {
      boolean late =
          facts.calendar() != null && facts.calendar().timing() == ReportingCalendar.Timing.LATE;
      versions.add(
          new BatchVersion(
              row.orgUnit(),
              next++,
              ReportStatus.SUBMITTED,
              ReportAction.SUBMIT,
              afterJson,
              "{}",
              warningsJson,
              comment,
              late));
    }
    BatchVersion last = versions.get(versions.size() - 1);
    return new Decision(
        row,
        BatchOutcome.STORED,
        List.of(),
        warnings,
        List.copyOf(versions),
        last.version(),
        last.status(),
        submit ? afterJson : null);
  }

  private static Decision refused(
      BatchRow row,
      List<BatchIssue> errors,
      List<BatchIssue> warnings,
      ReportBatchStore.Current current) {
    return new Decision(
        row,
        BatchOutcome.REFUSED,
        List.copyOf(errors),
        warnings,
        List.of(),
        current == null ? null : current.version(),
        current == null ? null : current.status(),
        null);
  }

  private static Decision unchanged(
      BatchRow row, List<BatchIssue> warnings, ReportBatchStore.Current current) {
    return new Decision(
        row,
        BatchOutcome.UNCHANGED,
        List.of(),
        warnings,
        List.of(),
        current == null ? null : current.version(),
        current == null ? null : current.status(),
        null);
  }
}
