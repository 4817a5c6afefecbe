package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far an "about" figure ({@link Figure.About}, the document's "左右") may stray either way and
 * still count as reached. The document never gives the band: the plugin chooses it and says why in
 * the provenance note of the target or milestone that carries it.
 *
 * <p>Built by plugins when they build their plan; read by the host (status, projections,
 * comparison, SQL roll-ups) on every progress request. Pure and immutable: never blocks.
 */
public sealed interface Tolerance {

  /** ± {@code fraction} of the figure, e.g. {@code 0.10} for ±10 %. */
  static Relative relative(String fraction) {
    return new Relative(new BigDecimal(fraction));
  }

  /** ± {@code amount} in the indicator's unit, e.g. ±1 person. */
  static Absolute absolute(String amount) {
    return new Absolute(new BigDecimal(amount));
  }

  /** ± {@code amount} in the indicator's unit. */
  static Absolute absolute(long amount) {
    return new Absolute(BigDecimal.valueOf(amount));
  }

  /**
   * Half the width of the band around {@code value}, never negative: {@code |value| × fraction} or
   * the absolute amount. Called by {@link Figure.About#min()} and {@link Figure.About#max()}.
   */
  BigDecimal halfWidth(BigDecimal value);

  /**
   * A share of the figure. The validator wants {@code 0 < fraction < 1}: a band that reaches zero
   * says "up to", not "about".
   */
  record Relative(BigDecimal fraction) implements Tolerance {
    public Relative {
      Objects.requireNonNull(fraction, "fraction");
    }

    @Override
    public BigDecimal halfWidth(BigDecimal value) {
      return value.abs().multiply(fraction).abs();
    }
  }

  /**
   * An amount in the indicator's unit. The validator wants {@code 0 < amount < |figure|} and, for
   * counts of people or things, at least one whole unit.
   */
  record Absolute(BigDecimal amount) implements Tolerance {
    public Absolute {
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public BigDecimal halfWidth(BigDecimal value) {
      return amount.abs();
    }
  }
}
