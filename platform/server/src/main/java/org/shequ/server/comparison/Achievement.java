package org.shequ.server.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.Direction;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.server.progress.Expectation;

/**
 * How far an actual has come towards its own target, as a ratio (1 = reached): actual ÷ target when
 * higher is better, target ÷ actual when lower is better, 1 − |actual − target| ÷ |target| (not
 * below 0) when closer is better, and (stage position + 1) ÷ (target stage position + 1) for
 * stages. An "about" target is reached anywhere in its band, whatever the direction.
 */
final class Achievement {
  private Achievement() {}

  static BigDecimal ratio(Indicator indicator, Actual actual, Expectation target) {
    if (target == null || !actual.hasData()) {
      return null;
    }
    if (target.figure() instanceof Figure.StageReached s) {
      int got = actual.stage() == null ? -1 : indicator.stageOrder(actual.stage());
      int want = indicator.stageOrder(s.stage());
      if (got < 0 || want < 0) {
        return null;
      }
      return divide(BigDecimal.valueOf(got + 1L), BigDecimal.valueOf(want + 1L));
    }
    BigDecimal a = actual.number();
    BigDecimal t = org.shequ.plan.api.Figures.representative(target.figure());
    if (a == null || t == null) {
      return null;
    }
    if (target.figure() instanceof Figure.About about
        && target.comparator() == org.shequ.plan.api.Comparator.APPROXIMATELY) {
      return aboutRatio(a, about);
    }
    if (indicator.direction() == Direction.LOWER_IS_BETTER) {
      return a.signum() == 0 ? null : divide(t, a);
    }
    if (t.signum() == 0) {
      return null;
    }
    if (indicator.direction() == Direction.CLOSER_IS_BETTER) {
      BigDecimal r = BigDecimal.ONE.subtract(divide(a.subtract(t).abs(), t.abs()));
      return r.signum() < 0 ? BigDecimal.ZERO.setScale(4) : r;
    }
    return divide(a, t);
  }

  /**
   * An "about" target is reached anywhere in its band (ratio 1); below it the ratio is actual ÷ the
   * band's lower edge, above it the upper edge ÷ actual, so a miss either way reads below 1.
   */
  private static BigDecimal aboutRatio(BigDecimal a, Figure.About about) {
    if (about.contains(a)) {
      return BigDecimal.ONE.setScale(4);
    }
    if (a.compareTo(about.min()) < 0) {
      return about.min().signum() == 0 ? null : divide(a, about.min());
    }
    return a.signum() == 0 ? null : divide(about.max(), a);
  }

  private static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, 4, RoundingMode.HALF_UP);
  }
}
