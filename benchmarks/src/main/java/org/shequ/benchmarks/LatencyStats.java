package org.shequ.benchmarks;

import java.util.Arrays;

/** Percentiles of a set of latencies, in milliseconds. */
record LatencyStats(int count, double p50, double p90, double p99, double max, double mean) {

  static LatencyStats of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    return new LatencyStats(
        sorted.length,
        pct(sorted, 50),
        pct(sorted, 90),
        pct(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        mean);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  String row() {
    return String.format("%.1f | %.1f | %.1f | %.1f", p50, p90, p99, max);
  }
}
