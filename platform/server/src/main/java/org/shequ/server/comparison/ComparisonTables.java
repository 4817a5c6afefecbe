package org.shequ.server.comparison;

import static org.shequ.server.progress.ExportText.*;
import static org.shequ.server.progress.ProgressTables.row;
import static org.shequ.server.progress.ProgressTables.text;
import static org.shequ.server.progress.ProgressTables.unitOf;
import static org.shequ.server.progress.ProgressTables.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.shequ.server.progress.ChartSheet;
import org.shequ.server.progress.ProgressTables;
import org.shequ.server.progress.Table;

/**
 * National comparison as tables and charts for the exports: the long table (one row per national
 * indicator and tenant figure), the indicators × regions layout and bar charts of the regions
 * against the national benchmark and target. Achievements are in percent (0–100), like reporting
 * rates.
 */
final class ComparisonTables {
  private ComparisonTables() {}

  /** One row per tenant figure; a national indicator no tenant maps to still gets its row. */
  static Table longTable(String sheet, List<ComparisonView> views, Locale l) {
    List<String> headers =
        ProgressTables.headers(
            l,
            NATIONAL_CODE,
            NATIONAL_NAME,
            BENCHMARK_VALUE,
            BENCHMARK_UNIT,
            BENCHMARK_TEXT,
            BENCHMARK_DATE,
            NATIONAL_TARGET_VALUE,
            NATIONAL_TARGET_UNIT,
            NATIONAL_TARGET_TEXT,
            TENANT,
            TENANT_NAME,
            PLAN,
            LOCAL_CODE,
            LOCAL_NAME,
            ACTUAL,
            ACTUAL_UNIT,
            PER_UNIT_TARGET,
            EXPECTED_VALUE,
            EXPECTED_UNIT,
            EXPECTED_TEXT,
            LOCAL_TARGET_VALUE,
            LOCAL_TARGET_UNIT,
            LOCAL_TARGET_TEXT,
            ACHIEVEMENT,
            STATUS,
            UNITS_EXPECTED,
            UNITS_REPORTED,
            REPORTING_RATE,
            APPROXIMATE,
            APPROXIMATION_NOTE,
            COMPUTED_AT);
    List<List<Object>> rows = new ArrayList<>();
    for (ComparisonView v : views) {
      String nationalUnit = v.unit().in(l);
      List<Object> national =
          row(
              v.nationalIndicator(),
              v.name().in(l),
              value(v.benchmark()),
              unitOf(v.benchmark(), nationalUnit),
              text(v.benchmark()),
              benchmarkDate(v),
              value(v.nationalTarget()),
              unitOf(v.nationalTarget(), nationalUnit),
              text(v.nationalTarget()));
      if (v.tenants().isEmpty()) {
        List<Object> row = new ArrayList<>(national);
        row.addAll(Collections.nCopies(headers.size() - national.size() - 1, null));
        row.add(v.computedAt());
        rows.add(row);
      }
      for (ComparisonView.TenantFigure t : v.tenants()) {
        String unit = t.actualUnit().in(l);
        List<Object> row = new ArrayList<>(national);
        row.addAll(
            row(
                t.tenant(),
                t.tenantName().in(l),
                t.plan(),
                t.indicator(),
                t.indicatorName().in(l),
                t.actual() != null ? t.actual() : t.actualStage(),
                unit,
                text(t.perUnitClause(), l),
                value(t.expected()),
                unitOf(t.expected(), unit),
                text(t.expected()),
                value(t.target()),
                unitOf(t.target(), unit),
                text(t.target()),
                percent(t.achievement()),
                t.status().label().in(l),
                t.reporting().expected(),
                t.reporting().reported(),
                t.reporting().rate(),
                // Like-with-like: an approximate mapping is flagged beside the figure, with why.
                (t.approximation() ? YES_APPROXIMATE : NO).in(l),
                t.approximationNote(),
                v.computedAt()));
        rows.add(row);
      }
    }
    return new Table(sheet, headers, rows);
  }

  /**
   * National indicators down, regions across: per region its actual (a number), the unit it is in
   * and its achievement (%), beside the national benchmark and target.
   */
  static Table byRegion(MatrixView matrix, Locale l) {
    Map<String, String> regions = regionNames(matrix, l);
    List<String> headers =
        new ArrayList<>(
            ProgressTables.headers(
                l,
                NATIONAL_CODE,
                NATIONAL_NAME,
                BENCHMARK_VALUE,
                BENCHMARK_UNIT,
                BENCHMARK_DATE,
                NATIONAL_TARGET_VALUE,
                NATIONAL_TARGET_UNIT));
    for (String name : regions.values()) {
      headers.add(REGION_ACTUAL.in(l, name));
      headers.add(REGION_UNIT.in(l, name));
      headers.add(REGION_ACHIEVEMENT.in(l, name));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (ComparisonView v : matrix.rows()) {
      String nationalUnit = v.unit().in(l);
      List<Object> row =
          row(
              v.nationalIndicator(),
              v.name().in(l),
              value(v.benchmark()),
              unitOf(v.benchmark(), nationalUnit),
              benchmarkDate(v),
              value(v.nationalTarget()),
              unitOf(v.nationalTarget(), nationalUnit));
      for (String tenant : regions.keySet()) {
        ComparisonView.TenantFigure f = figureOf(v, tenant);
        row.add(f == null ? null : f.actual());
        row.add(f == null || f.actual() == null ? null : f.actualUnit().in(l));
        row.add(f == null ? null : percent(f.achievement()));
      }
      rows.add(row);
    }
    return new Table(SHEET_BY_REGION.in(l, matrix.period()), headers, rows);
  }

  /**
   * One bar chart per national indicator with a number to show: each region's actual as a bar, the
   * national benchmark and target as lines across them. An approximate mapping is marked in its
   * region's label.
   */
  static ChartSheet charts(List<ComparisonView> views, int period, Locale l) {
    List<ChartSheet.BarChart> charts = new ArrayList<>();
    for (ComparisonView v : views) {
      List<String> categories = new ArrayList<>();
      List<BigDecimal> actuals = new ArrayList<>();
      for (ComparisonView.TenantFigure t : v.tenants()) {
        if (t.actual() == null) {
          continue;
        }
        boolean several =
            v.tenants().stream().filter(o -> o.tenant().equals(t.tenant())).count() > 1;
        categories.add(
            t.tenantName().in(l)
                + (several ? " · " + t.indicator() : "")
                + (t.approximation() ? APPROXIMATE_MARK.in(l) : ""));
        actuals.add(t.actual());
      }
      if (categories.isEmpty()) {
        continue;
      }
      List<ChartSheet.Series> lines = new ArrayList<>();
      if (value(v.benchmark()) != null) {
        lines.add(constant(BENCHMARK_VALUE.in(l), value(v.benchmark()), categories.size()));
      }
      if (value(v.nationalTarget()) != null) {
        lines.add(
            constant(NATIONAL_TARGET_VALUE.in(l), value(v.nationalTarget()), categories.size()));
      }
      charts.add(
          new ChartSheet.BarChart(
              CHART_TITLE.in(l, v.name().in(l)),
              REGION.in(l),
              v.unit().in(l),
              categories,
              List.of(new ChartSheet.Series(ACTUAL.in(l), actuals)),
              lines));
    }
    return new ChartSheet(SHEET_CHART.in(l, period), charts);
  }

  private static ChartSheet.Series constant(String name, BigDecimal value, int count) {
    return new ChartSheet.Series(name, Collections.nCopies(count, value));
  }

  /** Each region's display name by tenant id, in the matrix's tenant order. */
  private static Map<String, String> regionNames(MatrixView matrix, Locale l) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String tenant : matrix.tenants()) {
      names.put(
          tenant,
          matrix.rows().stream()
              .flatMap(r -> r.tenants().stream())
              .filter(f -> f.tenant().equals(tenant))
              .map(f -> f.tenantName().in(l))
              .findFirst()
              .orElse(tenant));
    }
    return names;
  }

  /**
   * The tenant's figure for a national indicator: its exact mapping before an approximate one (the
   * long table lists every mapping).
   */
  private static ComparisonView.TenantFigure figureOf(ComparisonView v, String tenant) {
    return v.tenants().stream()
        .filter(f -> f.tenant().equals(tenant))
        .min(java.util.Comparator.comparing(ComparisonView.TenantFigure::approximation))
        .orElse(null);
  }

  /** A ratio (1 = reached) as a percentage, 0–100 like the reporting rate. */
  static BigDecimal percent(BigDecimal ratio) {
    return ratio == null ? null : ratio.movePointRight(2);
  }

  private static LocalDate benchmarkDate(ComparisonView v) {
    return v.benchmarkAsOf() == null
        ? null
        : LocalDate.parse(Objects.requireNonNull(v.benchmarkAsOf()));
  }
}
