package org.shequ.server.progress;

import static org.shequ.server.progress.ExportText.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Plan;

/**
 * The progress views as tables for CSV and XLSX exports, row for row what the view shows: every
 * figure as a number in its own column with its unit beside it, and as the plan states it in
 * another; reporting rates in percent (0–100).
 */
public final class ProgressTables {
  private ProgressTables() {}

  static Table progress(ProgressView view, Plan plan, Locale l) {
    List<List<Object>> rows = new ArrayList<>();
    for (IndicatorProgress i : view.indicators()) {
      String unit = i.unit().in(l);
      // A per-unit target's baseline is a per-unit figure in the plan's own unit, not a share.
      String baselineUnit =
          plan.indicator(i.code()).map(Indicator::unit).map(u -> u.label().in(l)).orElse(unit);
      rows.add(
          row(
              i.code(),
              i.name().in(l),
              unit,
              i.actual() != null ? i.actual() : i.actualStage(),
              text(i.perUnitClause(), l),
              i.unknown(),
              value(i.baseline()),
              unitOf(i.baseline(), baselineUnit),
              text(i.baseline()),
              value(i.expected()),
              unitOf(i.expected(), unit),
              text(i.expected()),
              value(i.target()),
              unitOf(i.target(), unit),
              text(i.target()),
              i.status().label().in(l),
              areas(i.areas(), l),
              i.reporting().expected(),
              i.reporting().reported(),
              i.reporting().rate(),
              i.projection() == null ? null : i.projection().value(),
              i.projection() == null ? null : unit,
              i.projection() == null ? null : i.projection().toYear(),
              view.computedAt()));
    }
    return new Table(
        SHEET_PROGRESS.in(l, view.period()),
        headers(
            l,
            INDICATOR_CODE,
            INDICATOR_NAME,
            UNIT,
            ACTUAL,
            PER_UNIT_TARGET,
            UNKNOWN_POPULATION,
            BASELINE_VALUE,
            BASELINE_UNIT,
            BASELINE_TEXT,
            EXPECTED_VALUE,
            EXPECTED_UNIT,
            EXPECTED_TEXT,
            TARGET_VALUE,
            TARGET_UNIT,
            TARGET_TEXT,
            STATUS,
            AREAS,
            UNITS_EXPECTED,
            UNITS_REPORTED,
            REPORTING_RATE,
            PROJECTION_VALUE,
            PROJECTION_UNIT,
            PROJECTION_YEAR,
            COMPUTED_AT),
        rows);
  }

  static Table children(ChildProgress view, Locale l) {
    String unit = view.unit().in(l);
    List<List<Object>> rows = new ArrayList<>();
    for (ChildProgress.Child c : view.children()) {
      rows.add(
          row(
              c.orgUnit(),
              c.name().in(l),
              unit,
              c.actual() != null ? c.actual() : c.actualStage(),
              text(view.perUnitClause(), l),
              c.unknown(),
              value(view.expected()),
              unitOf(view.expected(), unit),
              text(view.expected()),
              value(view.target()),
              unitOf(view.target(), unit),
              text(view.target()),
              c.status().label().in(l),
              areas(c.areas(), l),
              c.reporting().expected(),
              c.reporting().reported(),
              c.reporting().rate()));
    }
    return new Table(
        SHEET_CHILDREN.in(l, view.period()),
        headers(
            l,
            ORG_UNIT_CODE,
            ORG_UNIT_NAME,
            UNIT,
            ACTUAL,
            PER_UNIT_TARGET,
            UNKNOWN_POPULATION,
            EXPECTED_VALUE,
            EXPECTED_UNIT,
            EXPECTED_TEXT,
            TARGET_VALUE,
            TARGET_UNIT,
            TARGET_TEXT,
            STATUS,
            AREAS,
            UNITS_EXPECTED,
            UNITS_REPORTED,
            REPORTING_RATE),
        rows);
  }

  /** Each area's value and status in one cell, e.g. {@code 城镇社区: 96 已达标 (填报率 100%)}. */
  private static String areas(List<AreaProgress> areas, Locale l) {
    if (areas.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (AreaProgress a : areas) {
      Object value = a.actual() != null ? a.actual().toPlainString() : a.actualStage();
      BigDecimal rate = a.reporting().rate();
      parts.add(
          a.name().in(l)
              + ": "
              + (value == null ? "—" : value)
              + " "
              + a.status().label().in(l)
              + (rate == null
                  ? ""
                  : " ("
                      + REPORTING_RATE.in(l)
                      + " "
                      + rate.stripTrailingZeros().toPlainString()
                      + ")"));
    }
    return String.join("; ", parts);
  }

  /** The figure's number (a single value, or an "about" target's stated value), or null. */
  public static BigDecimal value(FigureView f) {
    return f == null ? null : f.value();
  }

  /** The unit of a figure's number, or null when the figure has none. */
  public static String unitOf(FigureView f, String unit) {
    return f == null || f.value() == null ? null : unit;
  }

  /** The figure as the plan states it, with its year, e.g. {@code 2020: ≥ 90}. */
  public static String text(FigureView f) {
    return f == null ? null : (f.year() == null ? "" : f.year() + ": ") + f.text();
  }

  /** A localized text, or null. */
  public static String text(LocalizedText t, Locale l) {
    return t == null ? null : t.in(l);
  }

  /** The headers in {@code l}. */
  public static List<String> headers(Locale l, ExportText... headers) {
    return Arrays.stream(headers).map(h -> h.in(l)).toList();
  }

  public static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }
}
