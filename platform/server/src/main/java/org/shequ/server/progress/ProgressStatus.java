package org.shequ.server.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import org.shequ.plan.api.LocalizedText;

/**
 * Where an indicator stands for a period; see docs/progress.md for the exact rules. Declared worst
 * first: the drill-down sorts by it and an indicator judged per area takes its worst area's.
 */
public enum ProgressStatus {
  BEHIND("behind", "落后", "behind"),
  AT_RISK("at_risk", "有风险", "at risk"),
  /**
   * Fewer units of the scope reported than {@code shequ.progress.minimum-reporting-rate} asks: the
   * value among those that did is shown but not judged.
   */
  INSUFFICIENT_DATA("insufficient_data", "数据不足", "insufficient data"),
  NO_DATA("no_data", "无数据", "no data"),
  ON_TRACK("on_track", "进度正常", "on track"),
  ACHIEVED("achieved", "已达标", "achieved"),
  /** Tracked without a target or milestone that applies to the org unit asked for. */
  NO_TARGET("no_target", "无目标", "no target");

  private final String code;
  private final LocalizedText label;

  ProgressStatus(String code, String zh, String en) {
    this.code = code;
    this.label = LocalizedText.of(zh, en);
  }

  @JsonValue
  public String code() {
    return code;
  }

  public LocalizedText label() {
    return label;
  }
}
