package org.shequ.server.progress;

import java.time.Instant;
import java.util.List;

/**
 * The progress of a plan's indicators for one org unit's subtree and period.
 *
 * @param orgUnit the subtree root, or null for the whole tenant
 * @param include which report statuses counted: {@code approved} or {@code submitted}
 */
public record ProgressView(
    String tenant,
    String plan,
    int period,
    String orgUnit,
    String include,
    Instant computedAt,
    List<IndicatorProgress> indicators) {
  public ProgressView {
    indicators = List.copyOf(indicators);
  }
}
