package org.shequ.plugins.changzhouxinbei;

import java.util.List;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Provenance;

/**
 * The ordered stages of one qualitative goal, added to its indicator; the form's ENUM field takes
 * its options from that indicator ({@code Field.Builder.optionsFrom}), so the stages are written
 * once.
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
