package org.shequ.plugins.national;

import static org.shequ.plugins.national.IndicatorSpecs.REVIEW_YEAR;
import static org.shequ.plugins.national.IndicatorSpecs.total;
import static org.shequ.plugins.national.IndicatorSpecs.undated;

import java.util.List;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Unit;

/**
 * Information pilots (section “数字技术广泛应用”): the cities of the national information-for-the-people
 * pilot and the community pilot units that completed their pilots.
 */
final class DigitalIndicators {
  private DigitalIndicators() {}

  static List<Indicator> all() {
    return List.of(
        pilot(
            "NAT-INFO-BENEFIT-PILOT-CITIES",
            "国家信息惠民试点城市数",
            "Cities in the national information-for-the-people pilot",
            NationalSummaryForm.INFO_BENEFIT_CITIES,
            80,
            Wording.INFO_BENEFIT_PILOTS),
        pilot(
            "NAT-INFO-PLATFORM-PILOTS",
            "完成试点的社区公共服务综合信息平台建设试点单位数",
            "Community public-service information platform pilot units that completed their pilot",
            NationalSummaryForm.PLATFORM_PILOTS,
            96,
            Wording.COMMUNITY_PILOTS),
        pilot(
            "NAT-SMART-COMMUNITY-PILOTS",
            "完成试点的智慧社区建设试点单位数",
            "Smart-community pilot units that completed their pilot",
            NationalSummaryForm.SMART_PILOTS,
            44,
            Wording.COMMUNITY_PILOTS));
  }

  private static Indicator pilot(
      String code, String zh, String en, String field, long value, String wording) {
    return total(code, zh, en, Unit.COUNT, field)
        .baseline(Figure.number(value), REVIEW_YEAR, undated(Sections.DIGITAL, wording))
        .provenance(Provenance.stated(Sections.DIGITAL, wording))
        .build();
  }
}
