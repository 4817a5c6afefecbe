package org.shequ.server.progress;

import java.math.BigDecimal;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.LocalizedText;

/**
 * One area of an indicator whose areas must each meet the target («城镇社区、农村社区…均达到95%»): its own
 * value, status and reporting rate.
 *
 * @param area {@code URBAN} or {@code RURAL} (or {@code ALL})
 * @param name the area's name, e.g. 城镇社区 / urban communities
 * @param actual the value among the area's units that reported, in the indicator's actual unit
 * @param unknown units that reported but could not be judged for want of their population
 */
public record AreaProgress(
    AreaType area,
    LocalizedText name,
    BigDecimal actual,
    String actualStage,
    int reports,
    int unknown,
    ProgressStatus status,
    ReportingRate reporting) {

  static AreaProgress of(IndicatorFigures.Area area, ProgressStatus status) {
    return new AreaProgress(
        area.area(),
        name(area.area()),
        area.actual().number(),
        area.actual().stage(),
        area.actual().reports(),
        area.actual().unknown(),
        status,
        area.reporting());
  }

  /** The area as the documents name it. */
  static LocalizedText name(AreaType area) {
    return switch (area) {
      case URBAN -> LocalizedText.of("城镇社区", "urban communities");
      case RURAL -> LocalizedText.of("农村社区", "rural communities");
      case ALL -> LocalizedText.of("全部", "all");
    };
  }

  /** One line for the exports, e.g. {@code 城镇社区: 96.0000 已达标 (填报率 100.0000%)}. */
  String textZh() {
    Object value = actual != null ? actual.toPlainString() : actualStage;
    return name.zh()
        + ": "
        + (value == null ? "—" : value)
        + " "
        + status.label().zh()
        + (reporting.rate() == null ? "" : " (填报率 " + reporting.rate().toPlainString() + "%)");
  }
}
