package org.shequ.server.comparison;

import java.time.Instant;
import java.util.List;

/** Every national indicator × every tenant for one period. */
public record MatrixView(
    int period, Instant computedAt, List<String> tenants, List<ComparisonView> rows) {
  public MatrixView {
    tenants = List.copyOf(tenants);
    rows = List.copyOf(rows);
  }
}
