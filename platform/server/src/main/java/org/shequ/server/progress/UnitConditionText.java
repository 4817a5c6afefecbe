package org.shequ.server.progress;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitCondition;

/** An org-unit condition in words, for the units a task milestone is for («城市社区…»). */
final class UnitConditionText {
  private UnitConditionText() {}

  /** The condition in Chinese and English, e.g. 城镇社区 / urban communities. */
  static LocalizedText of(OrgUnitCondition condition) {
    if (condition instanceof OrgUnitCondition.AreaIs a) {
      return a.area() == AreaType.ALL
          ? LocalizedText.of("全部单位", "every unit")
          : AreaProgress.name(a.area());
    }
    if (condition instanceof OrgUnitCondition.PopulationBelow b) {
      return LocalizedText.of(
          "常住人口少于" + b.residents() + "人", "fewer than " + b.residents() + " residents");
    }
    if (condition instanceof OrgUnitCondition.PopulationAtLeast b) {
      return LocalizedText.of(
          "常住人口" + b.residents() + "人及以上", b.residents() + " residents or more");
    }
    if (condition instanceof OrgUnitCondition.HasTag t) {
      return LocalizedText.of("标记为“" + t.tag() + "”的单位", "units tagged “" + t.tag() + "”");
    }
    if (condition instanceof OrgUnitCondition.AllOf all && !all.conditions().isEmpty()) {
      List<LocalizedText> parts = all.conditions().stream().map(UnitConditionText::of).toList();
      return LocalizedText.of(
          String.join("且", parts.stream().map(LocalizedText::zh).toList()),
          String.join(" and ", parts.stream().map(LocalizedText::en).toList()));
    }
    return LocalizedText.of("全部单位", "every unit");
  }
}
