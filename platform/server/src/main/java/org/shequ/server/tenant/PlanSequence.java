package org.shequ.server.tenant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Plan;

/**
 * Checks a tenant's ordered list of plans (the 13th five-year plan, then the 14th): progress,
 * comparison and reports pick the plan by the period's year, so each year may belong to one plan
 * only, and the list must read in time order. Reports and progress roll-ups are keyed by form code,
 * so two plans of one tenant may not define the same form. Tenant files and the tenant API apply
 * the same checks.
 */
final class PlanSequence {
  private PlanSequence() {}

  /**
   * Why a list is refused: {@code code} names the message ({@code field.<code>} of the problem
   * bundles) and {@code args} its arguments; {@code text} is the English sentence of the log and of
   * the tenant-file report.
   */
  record Refusal(String code, List<Object> args, String text) {}

  /** Why the list is refused, or empty when it is a valid sequence. */
  static Optional<String> problem(List<Plan> plans) {
    return refusal(plans).map(Refusal::text);
  }

  /** Why the list is refused, or empty when it is a valid sequence. */
  static Optional<Refusal> refusal(List<Plan> plans) {
    Map<String, String> formOwner = new HashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      for (int j = 0; j < i; j++) {
        Plan earlier = plans.get(j);
        if (earlier.id().equals(plan.id())) {
          return Optional.of(
              new Refusal(
                  "plan-listed-twice",
                  List.of(plan.id()),
                  "plan " + plan.id() + " is listed twice"));
        }
        int from = Math.max(earlier.period().startYear(), plan.period().startYear());
        int to = Math.min(earlier.period().endYear(), plan.period().endYear());
        if (from <= to) {
          String years = from == to ? Integer.toString(from) : from + "–" + to;
          return Optional.of(
              new Refusal(
                  "plans-overlap",
                  List.of(describe(earlier), describe(plan), years),
                  "plans "
                      + describe(earlier)
                      + " and "
                      + describe(plan)
                      + " overlap in "
                      + years
                      + "; each year must belong to one plan only"));
        }
      }
      if (i > 0 && plans.get(i - 1).period().startYear() > plan.period().startYear()) {
        String before = describe(plans.get(i - 1));
        return Optional.of(
            new Refusal(
                "plans-out-of-order",
                List.of(before, describe(plan)),
                "plans must be listed in time order, earliest first: "
                    + before
                    + " is listed before "
                    + describe(plan)));
      }
      for (Form form : plan.forms()) {
        String owner = formOwner.putIfAbsent(form.code(), plan.id());
        if (owner != null) {
          return Optional.of(
              new Refusal(
                  "plans-share-form",
                  List.of(owner, plan.id(), form.code()),
                  "plans "
                      + owner
                      + " and "
                      + plan.id()
                      + " both define form "
                      + form.code()
                      + "; the plans of one tenant need distinct form codes"));
        }
      }
    }
    return Optional.empty();
  }

  private static String describe(Plan plan) {
    return plan.id() + " (" + plan.period().startYear() + "–" + plan.period().endYear() + ")";
  }
}
