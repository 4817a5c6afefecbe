package org.shequ.server.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Unit;

/**
 * Where an indicator will stand at the end of the plan if its trend goes on: the ordinary
 * least-squares line through the baseline (when it is a number) and the yearly actuals so far,
 * evaluated at the plan's end year. Percentages are kept within 0–100.
 *
 * @param points the (year, value) points the line was fitted to
 */
public record Projection(
    String method, int toYear, BigDecimal value, Map<Integer, BigDecimal> points) {

  /** The projection, or null with fewer than two years of numbers. */
  static Projection of(Indicator indicator, Map<Integer, BigDecimal> actuals, int endYear) {
    Map<Integer, BigDecimal> points = new TreeMap<>(actuals);
    // A per-unit target's baseline is a per-unit figure, not a share of units like its actuals.
    if (!indicator.perUnit()
        && indicator.baseline() != null
        && indicator.baseline().value() instanceof Figure.Number b
        && !points.containsKey(indicator.baseline().year())) {
      points.put(indicator.baseline().year(), b.value());
    }
    if (points.size() < 2) {
      return null;
    }
    MathContext mc = MathContext.DECIMAL64;
    BigDecimal count = BigDecimal.valueOf(points.size());
    BigDecimal meanX =
        points.keySet().stream()
            .map(BigDecimal::valueOf)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(count, mc);
    BigDecimal meanY =
        points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, mc);
    BigDecimal sxy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    for (var e : points.entrySet()) {
      BigDecimal dx = BigDecimal.valueOf(e.getKey()).subtract(meanX);
      sxy = sxy.add(dx.multiply(e.getValue().subtract(meanY)));
      sxx = sxx.add(dx.multiply(dx));
    }
    BigDecimal slope = sxy.divide(sxx, mc);
    BigDecimal value =
        meanY
            .add(slope.multiply(BigDecimal.valueOf(endYear).subtract(meanX)), mc)
            .setScale(4, RoundingMode.HALF_UP);
    if (indicator.actualUnit() == Unit.PERCENT) {
      value = value.max(BigDecimal.ZERO.setScale(4)).min(new BigDecimal("100.0000"));
    }
    return new Projection("least-squares", endYear, value, Map.copyOf(points));
  }
}
