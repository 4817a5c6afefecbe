package org.shequ.benchmarks;

import java.util.LinkedHashMap;

/** The figures of one benchmark run, by name. */
final class Results extends LinkedHashMap<String, Object> {
  LatencyStats stats(String key) {
    return (LatencyStats) get(key);
  }

  double number(String key) {
    return ((Number) get(key)).doubleValue();
  }
}
