package org.shequ.server.report;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the reports stored by reporters' saves and submits ({@code shequ.reports.ingested}, by
 * {@code route}: {@code single} for one report, {@code batch} for a file's rows), after the write
 * has committed. Reviews (approve, return, reopen) are not ingestion and are not counted.
 */
@Component
class ReportIngestion {
  static final String METRIC = "shequ.reports.ingested";

  private final Counter single;
  private final Counter batch;

  ReportIngestion(MeterRegistry registry) {
    this.single = counter(registry, "single");
    this.batch = counter(registry, "batch");
  }

  private static Counter counter(MeterRegistry registry, String route) {
    return Counter.builder(METRIC)
        .description("Reports stored by saves and submits")
        .tag("route", route)
        .register(registry);
  }

  void single(ReportStatus written) {
    if (written == ReportStatus.DRAFT || written == ReportStatus.SUBMITTED) {
      single.increment();
    }
  }

  void batch(int stored) {
    batch.increment(stored);
  }
}
