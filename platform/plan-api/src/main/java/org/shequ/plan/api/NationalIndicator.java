package org.shequ.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A common indicator that regional indicators map to, so regions with different local definitions
 * can be compared. Defined by the national benchmark plugin only.
 *
 * <p>Returned by the national plugin's {@link PlanModule#nationalIndicators()}, once per load; the
 * host checks regional mappings against the catalogue on load and reads it on every comparison
 * request. Its codes are {@link NationalCodes}. Immutable; never blocks.
 *
 * @param benchmarks national figures at given dates (e.g. urban coverage 96.4% in September 2020)
 * @param target the national target, or null when the national documents set none
 */
public record NationalIndicator(
    String code,
    LocalizedText name,
    Unit unit,
    AreaType area,
    LocalizedText definition,
    List<Benchmark> benchmarks,
    Target target) {
  public NationalIndicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(definition, "definition");
    benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
  }

  /** A national figure as of a date, with where it was published. */
  public record Benchmark(Figure value, LocalDate asOf, Provenance provenance) {
    public Benchmark {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(provenance, "provenance");
    }
  }
}
