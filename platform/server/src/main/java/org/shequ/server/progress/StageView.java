package org.shequ.server.progress;

import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Stage;

/**
 * One stage of a stage indicator, in the plan's order (later is further): a step of its chart.
 *
 * @param code the value {@code actualStage} and a stage figure's {@code stage} take
 */
public record StageView(String code, LocalizedText name) {
  static StageView of(Stage stage) {
    return new StageView(stage.code(), stage.name());
  }
}
