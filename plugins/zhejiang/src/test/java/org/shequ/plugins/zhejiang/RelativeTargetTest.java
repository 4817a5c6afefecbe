package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.zhejiang.PlanFixture.indicator;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Target;

/** 提高40%以上 stays a rule over the 2015 baseline, shown with the figure it yields. */
class RelativeTargetTest {

  @Test
  void certifiedWorkersTargetIsFortyPercentOverTheTableBaseline() {
    Indicator i = indicator("ZJ-07");
    Target.TargetClause clause = i.target().regionClause().orElseThrow();
    assertThat(clause.comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(clause.value()).isInstanceOf(Figure.Relative.class);
    Figure.Relative rule = (Figure.Relative) clause.value();

    assertThat(rule.percent()).isEqualByComparingTo("40");
    assertThat(rule.baselineYear()).isEqualTo(i.baseline().year()).isEqualTo(2015);
    assertThat(i.baseline().value()).isEqualTo(Figure.number(10_550));
    assertThat(rule.baseline()).isEqualByComparingTo("10550");
    assertThat(rule.value()).isEqualByComparingTo("14770");
    assertThat(rule.rule()).isEqualTo("+40% over 2015's 10,550");
    assertThat(Figures.meets(new BigDecimal("14770"), Comparator.AT_LEAST, rule)).isTrue();
    assertThat(Figures.meets(new BigDecimal("14769"), Comparator.AT_LEAST, rule)).isFalse();
  }

  @Test
  void keepsTheClauseItCameFrom() {
    Indicator i = indicator("ZJ-07");
    assertThat(i.target().provenance().originalText()).contains("提高40%以上");
    assertThat(i.target().provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(i.baseline().provenance().derivation()).isEqualTo(Derivation.STATED);
  }
}
