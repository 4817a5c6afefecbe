package org.shequ.plugins.changzhouxinbei;

import java.util.List;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Option;
import org.shequ.plan.api.Provenance;

/**
 * The ordered stages of one qualitative goal, shared by the indicator (its stages) and the form
 * (the options of the ENUM field it is computed from), so the two can never drift apart.
 */
record StageScale(List<StageDef> stages) {

  /** One stage: code, names, and the table cell or sentence it comes from. */
  record StageDef(String code, String zh, String en, Provenance provenance) {}

  StageScale {
    stages = List.copyOf(stages);
  }

  static StageScale of(StageDef... stages) {
    return new StageScale(List.of(stages));
  }

  /** The stages as the options of the reporting field, in order. */
  List<Option> options() {
    return stages.stream().map(s -> Option.of(s.code(), s.zh(), s.en())).toList();
  }

  /** Adds the stages, in order, to an indicator. */
  Indicator.Builder addTo(Indicator.Builder builder) {
    stages.forEach(s -> builder.stage(s.code(), s.zh(), s.en(), s.provenance()));
    return builder;
  }

  /** The code of the stage at {@code index}. */
  String code(int index) {
    return stages.get(index).code();
  }
}
