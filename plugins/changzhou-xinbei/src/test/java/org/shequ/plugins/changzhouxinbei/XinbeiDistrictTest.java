package org.shequ.plugins.changzhouxinbei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.changzhouxinbei.Plans.plan;

import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Derivation;

/** The 2013 redraw of villages and communities (section 一) as the plan carries it. */
class XinbeiDistrictTest {

  @Test
  void redrawFigures() {
    assertThat(XinbeiDistrict.REDRAW_YEAR).isEqualTo(2013);
    assertThat(XinbeiDistrict.VILLAGES_BEFORE_REDRAW).isEqualTo(149);
    assertThat(XinbeiDistrict.COMMUNITIES_BEFORE_REDRAW).isEqualTo(45);
    assertThat(XinbeiDistrict.VILLAGES_AFTER_REDRAW).isEqualTo(48);
    assertThat(XinbeiDistrict.COMMUNITIES_AFTER_REDRAW).isEqualTo(60);
    assertThat(XinbeiDistrict.REDRAW.originalText()).contains("149个行政村、45个社区优化成48个行政村、60个社区");
    assertThat(XinbeiDistrict.REDRAW.derivation()).isEqualTo(Derivation.STATED);
  }

  @Test
  void theRegionFormAsksNoCountsThatNoIndicatorReads() {
    // The counts of villages and communities are review figures and the registry's, not a report.
    var form = plan().form("XB-REGION").orElseThrow();
    assertThat(form.field("villages")).isEmpty();
    assertThat(form.field("communities")).isEmpty();
  }

  @Test
  void sizeAdjustmentStartsFromTheRedraw() {
    assertThat(plan().task("XB-3-1-2").orElseThrow().description().zh())
        .contains("149个行政村、45个社区优化成48个行政村、60个社区");
  }
}
