package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Plan;

/** The plan under test and small helpers shared by the content tests. */
final class PlanFixture {
  private PlanFixture() {}

  static final Plan PLAN = new ZhejiangPlanModule().plan();

  static Indicator indicator(String code) {
    return PLAN.indicator(code).orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  /**
   * The stated number of a plain or "about" figure, or the number a relative figure yields (the
   * band and the rule are tested apart).
   */
  static BigDecimal number(Figure figure) {
    assertThat(figure)
        .isInstanceOfAny(Figure.Number.class, Figure.About.class, Figure.Relative.class);
    return Figures.representative(figure);
  }

  /** A complete, valid ZJ-COMMUNITY report, with {@code overrides} applied on top. */
  static Map<String, Object> community(Object... overrides) {
    Map<String, Object> values = new HashMap<>();
    values.put("community_workers", 10);
    values.put("certified_social_workers", 2);
    values.put("workers_trained_40h", 10);
    values.put("has_service_centre", true);
    values.put("on_info_platform", true);
    values.put("social_orgs", 8);
    values.put("covered_by_hub_org", true);
    values.put("has_sw_studio", true);
    values.put("served_by_sw_agency", false);
    values.put("registered_volunteers", 100);
    values.put("has_consultation_council", true);
    values.put("has_rules_or_charter", true);
    for (int i = 0; i < overrides.length; i += 2) {
      values.put((String) overrides[i], overrides[i + 1]);
    }
    return values;
  }

  /** A complete, valid ZJ-REGION report, with {@code overrides} applied on top. */
  static Map<String, Object> region(Object... overrides) {
    Map<String, Object> values = new HashMap<>();
    values.put("standards_catalogue_stage", "NOT_DRAWN_UP");
    values.put("studio_guidance_stage", "NOT_ISSUED");
    values.put("sw_supervisors_trained", 0);
    values.put("demo_counties_built", 0);
    values.put("private_sw_agencies", 420);
    for (int i = 0; i < overrides.length; i += 2) {
      values.put((String) overrides[i], overrides[i + 1]);
    }
    return values;
  }
}
