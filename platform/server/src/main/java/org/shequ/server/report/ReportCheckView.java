package org.shequ.server.report;

import java.util.List;
import java.util.Locale;
import org.shequ.plan.api.Violation;

/**
 * The answer of {@code POST …/validate}: what a save of the values would refuse, warn about and
 * leave missing, with the plan's messages in the caller's language.
 *
 * @param errors what refuses the values (a save answers 422 with the same errors)
 * @param warnings the plan's warnings; they never block
 * @param missing fields still required before the report can be submitted
 * @param submittable whether a submit of these values would be accepted
 */
record ReportCheckView(
    List<Finding> errors, List<Finding> warnings, List<String> missing, boolean submittable) {

  /** One error or warning: the field at fault, the plan's stable code and its message. */
  record Finding(String field, String code, String message) {}

  static ReportCheckView of(ReportCheck check, Locale language) {
    return new ReportCheckView(
        findings(check.validation().violations(), language),
        findings(check.validation().warnings(), language),
        check.missing(),
        check.submittable());
  }

  private static List<Finding> findings(List<Violation> violations, Locale language) {
    boolean chinese = Locale.CHINESE.getLanguage().equals(language.getLanguage());
    return violations.stream()
        .map(v -> new Finding(v.field(), v.code(), chinese ? v.message().zh() : v.message().en()))
        .toList();
  }
}
