package org.shequ.plugins.national;

import java.math.BigDecimal;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Direction;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/**
 * The two shapes of national indicator (a share recomputed from counts of the national summary, or
 * a national total) and the provenances their figures share.
 */
final class IndicatorSpecs {
  private IndicatorSpecs() {}

  /** The year of the review, given to its figures that carry no date of their own. */
  static final int REVIEW_YEAR = 2020;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** {@code 100 × numerator ÷ denominator} over the national summary, as a percentage. */
  static Indicator.Builder share(
      String code, String zh, String en, String numerator, String denominator) {
    return Indicator.builder(code)
        .name(zh, en)
        .unit(Unit.PERCENT)
        .scope(Scope.region())
        .direction(Direction.HIGHER_IS_BETTER)
        .computation(
            new Computation.RatioOfSums(NationalSummaryForm.CODE, numerator, denominator, HUNDRED));
  }

  /** A national total reported as one field of the national summary. */
  static Indicator.Builder total(String code, String zh, String en, Unit unit, String field) {
    return Indicator.builder(code)
        .name(zh, en)
        .unit(unit)
        .scope(Scope.region())
        .direction(Direction.HIGHER_IS_BETTER)
        .computation(new Computation.Sum(NationalSummaryForm.CODE, field));
  }

  /** A figure printed with its date (截至…). */
  static Provenance stated(String section, String wording) {
    return Provenance.stated(section, wording);
  }

  /**
   * A figure printed with its date (截至2020年9月); {@code wan}, when given, is the figure as printed
   * in 万 (ten thousands), written out in full as {@code written}.
   */
  static Provenance asOfSeptember2020(String section, String wording, String wan, String written) {
    String date = "as of September 2020 (截至2020年9月)";
    return new Provenance(
        section,
        wording,
        Derivation.STATED,
        wan == null ? date : wan + " written out as " + written + "; " + date);
  }

  /** A figure the review prints without a date: dated to the review's year. */
  static Provenance undated(String section, String wording) {
    return Provenance.derived(
        section, wording, "the review gives no date; recorded as of 2020, the year of the review");
  }
}
