package org.shequ.server.progress;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Plan;
import org.shequ.server.progress.ProgressQuery.FormSpec;

/**
 * The forms a plan's indicators are computed from, each with its measure layout, worked out once
 * per loaded plan rather than on every progress read and every report write (the layout's SQL and
 * fingerprint are several kilobytes of text for a large form). A plan object never changes once
 * loaded; a plugin upgrade loads a new one, and the old one's entry goes with it.
 */
final class PlanForms {
  /** Keyed by the plan object itself (weak keys compare by identity), not by its id. */
  private static final Cache<Plan, List<FormSpec>> ALL = Caffeine.newBuilder().weakKeys().build();

  private PlanForms() {}

  /** Every form of the plan that an indicator is computed from, in plan order. */
  static List<FormSpec> of(Plan plan) {
    return ALL.get(plan, PlanForms::compute);
  }

  /**
   * The forms {@code indicators} (some of the plan's) are computed from, each with the layout of
   * every plan indicator of that form and only the wanted indicators.
   */
  static List<FormSpec> of(Plan plan, List<Indicator> indicators) {
    List<FormSpec> all = of(plan);
    if (indicators == plan.indicators()) {
      return all;
    }
    Map<String, List<Indicator>> wanted = byForm(indicators);
    List<FormSpec> specs = new ArrayList<>();
    wanted.forEach(
        (code, list) -> {
          FormSpec whole =
              all.stream().filter(s -> s.formCode().equals(code)).findFirst().orElseThrow();
          specs.add(new FormSpec(whole.layout(), list));
        });
    return specs;
  }

  private static List<FormSpec> compute(Plan plan) {
    List<FormSpec> specs = new ArrayList<>();
    byForm(plan.indicators())
        .forEach(
            (code, every) -> {
              Form form = plan.form(code).orElse(null);
              RollupLayout layout =
                  form == null
                      ? new RollupLayout(
                          plan.id(),
                          code,
                          every.get(0).scope().level(),
                          every.get(0).scope().area(),
                          every)
                      : new RollupLayout(plan.id(), code, form.level(), form.appliesTo(), every);
              specs.add(new FormSpec(layout, every));
            });
    return List.copyOf(specs);
  }

  private static Map<String, List<Indicator>> byForm(List<Indicator> indicators) {
    Map<String, List<Indicator>> byForm = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      byForm.computeIfAbsent(i.computation().formCode(), k -> new ArrayList<>()).add(i);
    }
    return byForm;
  }
}
