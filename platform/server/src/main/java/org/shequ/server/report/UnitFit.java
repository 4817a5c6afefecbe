package org.shequ.server.report;

import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Form;
import org.shequ.server.web.ApiProblem;

/**
 * Whether a unit takes new reports of a form: it is active, of the form's level and, for a form of
 * urban or rural communities, of its area. One rule for single writes and batches.
 */
final class UnitFit {
  private UnitFit() {}

  /** Why the unit takes no report of the form, or null when it does. */
  static ApiProblem refusal(ReportOrgUnit unit, Form form) {
    if (!unit.active()) {
      return ReportProblems.orgUnitInactive(unit.id());
    }
    boolean levelFits = form.level().name().equals(unit.level());
    boolean areaFits =
        form.appliesTo() == AreaType.ALL
            || (unit.area() != null && form.appliesTo().covers(AreaType.valueOf(unit.area())));
    if (!levelFits || !areaFits) {
      return ReportProblems.formNotForOrgUnit(
          form.code(),
          form.level() + (form.appliesTo() == AreaType.ALL ? "" : " " + form.appliesTo()),
          unit.id(),
          unit.level() + (unit.area() == null ? "" : ", " + unit.area()));
    }
    return null;
  }
}
