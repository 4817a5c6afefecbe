package org.shequ.server.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sheet of native bar charts (spreadsheet programs draw and restyle them, and they paste into a
 * report as charts, not pictures). Each chart's figures are written on the sheet beside it, and the
 * chart refers to those cells.
 */
public record ChartSheet(String sheetName, List<BarChart> charts) implements WorkbookSheet {
  public ChartSheet {
    charts = List.copyOf(charts);
  }

  /**
   * Bars per category (e.g. each region's actual), with lines across them (e.g. the national
   * benchmark and target).
   *
   * @param categoryHeader the header of the category column of the chart's table
   * @param valueAxisTitle what the values are measured in
   */
  public record BarChart(
      String title,
      String categoryHeader,
      String valueAxisTitle,
      List<String> categories,
      List<Series> bars,
      List<Series> lines) {
    public BarChart {
      categories = List.copyOf(categories);
      bars = List.copyOf(bars);
      lines = List.copyOf(lines);
    }
  }

  /** A named series, one value per category; a null value leaves a gap. */
  public record Series(String name, List<BigDecimal> values) {
    public Series {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }
}
