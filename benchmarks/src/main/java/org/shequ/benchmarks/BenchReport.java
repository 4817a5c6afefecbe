package org.shequ.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a run's figures, method and machine to {@code docs/benchmarks.md}. */
final class BenchReport {
  static final String HAND_MEASURED = "<!-- measured by hand: kept when the harness rewrites -->";

  private BenchReport() {}

  static void write(Path out, Results r, String args) throws Exception {
    LatencyStats ingest = r.stats("ingest");
    LatencyStats light = r.stats("ingestLight");
    LatencyStats progress = r.stats("progress");
    LatencyStats matrix = r.stats("matrix");
    LatencyStats children = r.stats("children");
    LatencyStats community = r.stats("community");
    LatencyStats comparison = r.stats("comparison");
    LatencyStats sqlProgress = r.stats("sqlProgress");
    LatencyStats sqlMatrix = r.stats("sqlMatrix");
    LatencyStats sqlRollupProgress = r.stats("sqlRollupProgress");
    LatencyStats sqlRollupMatrix = r.stats("sqlRollupMatrix");
    LatencyStats fresh = r.stats("freshness");
    String md =
        """
        # Benchmarks

        Figures from one run of the benchmark harness (`benchmarks/`) on %s. All data is
        **synthetic** (labelled `synthetic-benchmark` in the database); nothing here is a real figure.

        ## Reproduce

        ```sh
        ./mvnw -q package -DskipTests
        java -jar benchmarks/target/shequ-benchmarks.jar %s
        ```

        ## Machine

        %s

        ## Data

        - %s tenants running plan `zhejiang-2016-2020`, %,d communities in all (equal shares per
          tenant, under its streets; 60%% urban), %,d reports of form `ZJ-COMMUNITY`
          (one per community and year 2016–2020, approved, random values inside each field's limits).
        - Loaded with set-based SQL into a fresh embedded PostgreSQL 17 (shared_buffers 1 GB), the
          roll-up `report_current` rebuilt once, `VACUUM ANALYZE`: %.0f s. Then the progress
          roll-ups rebuilt through `POST /api/v1/platform/progress-rollups/rebuild` (every form of
          every tenant, all five years, both bases): %.1f s.
        - The server runs as its own JVM (`java -Xmx2g -jar platform/server/target/shequ-server.jar`,
          R2DBC pool of 32) on the same machine as the database and the load generator.

        ## Results

        | measure | target | result | p50 ms | p90 ms | p99 ms | max ms |
        |---|---|---|---|---|---|---|
        | report ingest, `PUT …/reports/ZJ-COMMUNITY/{unit}/2020` (validated, stored, roll-up maintained), %d requests, %d in flight | ≥ 1,000/s, p99 < 100 ms | %s: %.0f/s, %d failed | %s |
        | the same at a light load, %d requests, %d in flight | — | %.0f/s, %d failed | %s |
        | a tenant's full progress (all the plan's indicators, one period, %,d communities), `GET /tenants/{t}/progress` | < 150 ms (at 30,000) | %s | %s |
        | drill-down: indicator `%s` for each top-level unit of the same tenant (its streets), from the roll-up, `GET /tenants/{t}/progress/{indicator}/children` | — | — | %s |
        | one community's full progress (a reporter's default view), from the reports, `GET /tenants/{t}/progress?orgUnit={community}` | — | — | %s |
        | national comparison matrix (every national indicator × every tenant, %,d communities), `GET /comparison/matrix` | < 300 ms | %s | %s |
        | comparison of one national indicator, `GET /comparison?nationalIndicator=URBAN_SERVICE_FACILITY_COVERAGE` | < 300 ms | %s | %s |
        | SQL floor from the reports: the tenant's aggregate of every field in one hand-written query over `report_current` | — | — | %s |
        | SQL floor from the reports: the same aggregate across all tenants | — | — | %s |
        | SQL floor from the roll-up: the tenant's sums of every measure of the form, hand-written over `progress_rollup` | — | — | %s |
        | SQL floor from the roll-up: the same sums across all tenants | — | — | %s |
        | freshness: approval answered → first tenant progress call that counts it | ≤ 1 s | %s | %s |

        ## Method

        - Ingest: %d `PUT` requests creating version 1 of distinct reports (one per community of one
          tenant, period 2020) with `If-None-Match: *`, a region admin's token, %d requests in flight
          from one JDK `HttpClient`; rate = requests ÷ wall time of the whole batch; latency per request.
          CPU per request (user + system, from `/proc`): server %.2f ms, PostgreSQL %.2f ms, load
          generator %.2f ms.
        - Queries: 3 warm-up calls, then %d timed calls one after another; latency as seen by the client
          (includes JSON encoding and transfer).
        - SQL floors: one hand-written query per call, as the application role (one tenant) or the
          national role (every tenant) with row-level security in force, through JDBC: over the reports (`report_current`), what every request
          had to do before the roll-up; over the roll-up (`progress_rollup`), what a request does now.
        - Freshness: 10 reports saved, submitted and approved through the API; for each, the time from
          the approval's response to the first `GET /tenants/{t}/progress` (the whole tenant) whose
          reporting rate counts it (polled back to back).
        """
            .formatted(
                r.get("date"),
                args.isBlank() ? "" : args,
                machine(),
                r.get("tenants"),
                (Long) r.get("communities"),
                (Long) r.get("reports"),
                r.number("loadSeconds"),
                r.number("rollupSeconds"),
                (int) r.number("ingestCount"),
                (int) r.number("ingestConcurrency"),
                verdict(r.number("ingestRate") >= 1000 && ingest.p99() < 100),
                r.number("ingestRate"),
                (int) r.number("ingestFailures"),
                ingest.row(),
                (int) r.number("ingestLightCount"),
                (int) r.number("ingestLightConcurrency"),
                r.number("ingestLightRate"),
                (int) r.number("ingestLightFailures"),
                light.row(),
                (Long) r.get("communities") / ((Number) r.get("tenants")).longValue(),
                verdict(progress.p50() < 150),
                progress.row(),
                r.get("drillDownIndicator"),
                children.row(),
                community.row(),
                (Long) r.get("communities"),
                verdict(matrix.p50() < 300),
                matrix.row(),
                verdict(comparison.p50() < 300),
                comparison.row(),
                sqlProgress.row(),
                sqlMatrix.row(),
                sqlRollupProgress.row(),
                sqlRollupMatrix.row(),
                verdict(fresh.max() <= 1000),
                fresh.row(),
                (int) r.number("ingestCount"),
                (int) r.number("ingestConcurrency"),
                r.number("ingestCpuServer"),
                r.number("ingestCpuPostgres"),
                r.number("ingestCpuGenerator"),
                progress.count());
    Files.createDirectories(out.toAbsolutePath().getParent());
    // Sections measured by hand follow a marker; a new run replaces only what it measured.
    if (Files.exists(out)) {
      String old = Files.readString(out);
      int keep = old.indexOf(HAND_MEASURED);
      if (keep >= 0) {
        md = md + "\n" + old.substring(keep);
      }
    }
    Files.writeString(out, md);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**not met**";
  }

  private static String machine() throws Exception {
    String cpu = "unknown CPU";
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        cpu = line.substring(line.indexOf(':') + 1).trim();
        break;
      }
    }
    String mem = "";
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal")) {
        mem = line.replaceAll("\\s+", " ").replace("MemTotal: ", "");
        break;
      }
    }
    return String.join(
        "\n",
        List.of(
            "- CPU: " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores",
            "- Memory: " + mem,
            "- JDK: "
                + System.getProperty("java.vm.name")
                + " "
                + System.getProperty("java.version"),
            "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")));
  }
}
