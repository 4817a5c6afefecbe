package org.shequ.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a run's figures, each beside its goal and its floor, with the machine, the database's
 * durability and the method, to the page (by default {@code docs/benchmarks.md}); what follows
 * {@link #HAND_MEASURED} in the old page is kept.
 */
final class BenchReport {
  static final String HAND_MEASURED = "<!-- measured by hand: kept when the harness rewrites -->";

  private BenchReport() {}

  static void write(Path out, Results r) throws Exception {
    Options o = (Options) r.get("options");
    StringBuilder md = new StringBuilder();
    md.append(
        """
        # Benchmarks

        Figures from one run of the benchmark harness (`benchmarks/`) on %s%s, %.0f s in all. All data
        is **synthetic** (labelled `synthetic-benchmark` in the database); nothing here is a real
        figure. The database runs durably: `fsync`, `full_page_writes` and `synchronous_commit` on,
        checked with `SHOW` before anything is measured (below).

        ## Reproduce

        ```sh
        ./mvnw -q package -DskipTests
        java -jar benchmarks/target/shequ-benchmarks.jar            # full scale, about 15 minutes; rewrites docs/benchmarks.md
        java -jar benchmarks/target/shequ-benchmarks.jar --quick    # a tenth of the scale, under 3 minutes; writes target/benchmarks-quick.md
        ```

        Run from the repository's root, on a machine doing nothing else. `--quick` is for developers:
        it writes `target/benchmarks-quick.md` so the full figures are never overwritten by accident
        (`--quick --write-docs` writes this page anyway). Every size can be set: `--tenants=`,
        `--communities=` (per tenant), `--streets=`, `--ingest=` (PUT requests), `--concurrency=`,
        `--batch-rows=`, `--repeat=` (timed calls per read), `--cold-starts=`, `--fsync-seconds=`
        (per `pg_test_fsync` test), `--out=`, `--server-jar=`, `--plugins-dir=`, `--tenants-dir=`,
        `--port=`. This run: `%s`.

        ## Machine

        %s

        """
            .formatted(
                r.get("date"),
                o.quick() ? " at a tenth of the scale (`--quick`)" : "",
                r.number("runSeconds"),
                o.commandLine().isBlank() ? "(no options)" : o.commandLine(),
                machine(r)));
    durability(md, r);
    data(md, r, o);
    md.append("## Results\n\n");
    coldStart(md, r);
    ingest(md, r, o);
    batch(md, r);
    reads(md, r);
    freshness(md, r);
    method(md, o);
    why(md, r);
    whyBatch(md, r);
    Files.createDirectories(out.toAbsolutePath().getParent());
    String page = md.toString();
    // Sections measured by hand follow a marker; a new run replaces only what it measured.
    if (Files.exists(out)) {
      String old = Files.readString(out);
      int keep = old.indexOf(HAND_MEASURED);
      if (keep >= 0) {
        page = page + "\n" + old.substring(keep);
      }
    }
    Files.writeString(out, page);
  }

  private static void durability(StringBuilder md, Results r) {
    @SuppressWarnings("unchecked")
    Map<String, String> settings = (Map<String, String>) r.get("settings");
    FsyncProbe.Result fsync = (FsyncProbe.Result) r.get("fsync");
    md.append("## Durability\n\nThe benchmark's PostgreSQL, as `SHOW` answered before ingest:\n\n");
    md.append("| setting | value |\n|---|---|\n");
    settings.forEach((k, v) -> md.append("| `").append(k).append("` | ").append(v).append(" |\n"));
    md.append("\n");
    if (fsync.tool().isEmpty() || fsync.methods().isEmpty()) {
      md.append("Flush latency: not measured: ").append(fsync.note()).append(".\n\n");
      return;
    }
    md.append(
        """
        Flush latency of the data directory's filesystem, by `%s -s %d` (one 8 kB write, then
        synced, as a commit flushes its WAL; PostgreSQL syncs with `%s`):

        | method | ops/s | µs per op |
        |---|---|---|
        """
            .formatted(
                fsync.tool().get(),
                ((Options) r.get("options")).fsyncSeconds(),
                settings.get("wal_sync_method")));
    for (FsyncProbe.Method m : fsync.methods()) {
      if (m.section().contains("one 8kB write")) {
        md.append(
            "| %s | %,.0f | %,.0f |\n".formatted(m.name(), m.opsPerSecond(), m.microsPerOp()));
      }
    }
    md.append("\n");
  }

  private static void data(StringBuilder md, Results r, Options o) {
    md.append(
        """
        ## Data

        - %d tenants running plan `zhejiang-2016-2020`, %,d communities in all (%,d per tenant under
          %d streets; 60%% urban), %,d reports of form `ZJ-COMMUNITY` (one per community and year
          2016–2020, approved, random values inside each field's limits), except 2020 of the first
          %d tenants, left empty for the writes: tenant 1 takes the `PUT`s, tenants 2–4 one batch
          upload each.
        - Loaded with set-based SQL into a fresh embedded PostgreSQL 17 (shared_buffers 1 GB), the
          roll-up `report_current` rebuilt once, `VACUUM ANALYZE`: %.1f s. Then the progress
          roll-ups rebuilt through `POST /api/v1/platform/progress-rollups/rebuild` (every form of
          every tenant, all five years, both bases): %.1f s.
        - The server runs as its own JVM (`java -Xmx2g -jar platform/server/target/shequ-server.jar`,
          R2DBC pool of 32) on the same machine as the database and the load generator.

        """
            .formatted(
                o.tenants(),
                (Long) r.get("communities"),
                o.communities(),
                o.streets(),
                (Long) r.get("reports") - (long) Options.WRITE_TENANTS * o.communities(),
                Options.WRITE_TENANTS,
                r.number("loadSeconds"),
                r.number("rollupSeconds")));
  }

  private static void coldStart(StringBuilder md, Results r) {
    ColdStart.Result c = (ColdStart.Result) r.get("coldStart");
    md.append(
        """
        ### Cold start of the embedded default

        From launch, on a fresh `--shequ.data-dir`, to `%s` answering 200, polled every 50 ms;
        the median decides. The goals hold for the README's way to run the server: the jar the
        build extracts to `platform/server/target/shequ/`, started with the class data sharing
        (CDS) archive the build's training run made. Plain `java -jar` of the fat jar, no JVM
        options, is measured alongside, run for run.

        | start | way | goal | result | median s | runs, s |
        |---|---|---|---|---|---|
        """
            .formatted(c.probe() == null ? "/actuator/health/readiness" : c.probe()));
    for (ColdStart.Runs runs : c.runs()) {
      boolean goal = runs == c.runs().get(0);
      md.append(
          "| first start (initdb, schema, five plugins, the repository's tenants, synthetic demo"
              + " data) | %s | %s |\n"
                  .formatted(runs.way().name(), startRow(runs.firstStarts(), goal ? 15 : 0)));
      md.append(
          "| restart on the same data directory | %s | %s |\n"
              .formatted(runs.way().name(), startRow(runs.restarts(), goal ? 10 : 0)));
    }
    md.append("\n");
    for (ColdStart.Runs runs : c.runs()) {
      md.append("- %s: `%s`\n".formatted(runs.way().name(), runs.way().command()));
    }
    md.append("\n");
    for (String failure : c.failures()) {
      md.append("- **Failed:** ").append(failure).append("\n");
    }
    if (!c.failures().isEmpty()) {
      md.append("\n");
    }
  }

  /** A row's goal, verdict, median and runs; a goal of 0 is a comparison, with no verdict. */
  private static String startRow(List<Duration> runs, double goal) {
    String target = goal > 0 ? "< %.0f s".formatted(goal) : "(comparison)";
    if (runs.isEmpty()) {
      return "%s | not measured (`--cold-starts=0`) | — | —".formatted(target);
    }
    double median = median(runs.stream().mapToDouble(ColdStart::seconds).toArray());
    List<String> each = new ArrayList<>();
    runs.forEach(d -> each.add("%.1f".formatted(ColdStart.seconds(d))));
    return "%s | %s | %.1f | %s"
        .formatted(
            target, goal > 0 ? verdict(median < goal) : "—", median, String.join(", ", each));
  }

  private static void ingest(StringBuilder md, Results r, Options o) {
    LatencyStats ingest = r.stats("ingest");
    LatencyStats light = r.stats("ingestLight");
    CpuTime cpu = (CpuTime) r.get("ingestCpu");
    int n = (int) r.number("ingestCount");
    md.append(
        """
        ### Single reports: `PUT …/reports/ZJ-COMMUNITY/{unit}/2020`

        Validated, stored durably, roll-up maintained; each request creates version 1 of a report.

        | load | goal | result | rate /s | failed | p50 ms | p90 ms | p99 ms | max ms |
        |---|---|---|---|---|---|---|---|---|
        | %,d requests, %d in flight | ≥ 1,000/s, p99 < 100 ms | %s | %,.0f | %d | %s |
        | %,d requests, %d in flight (light load) | — | — | %,.0f | %d | %s |

        CPU per write (user + system, from `/proc`, during the first row's run):

        | process | ms per write |
        |---|---|
        | server (JVM) | %.2f |
        | PostgreSQL (all its processes) | %.2f |
        | load generator (this JVM) | %.2f |
        | **all** | **%.2f** |

        """
            .formatted(
                n,
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
                cpu.serverMillis() / (double) n,
                cpu.postgresMillis() / (double) n,
                cpu.generatorMillis() / (double) n,
                total(cpu) / n));
  }

  @SuppressWarnings("unchecked")
  private static void batch(StringBuilder md, Results r) {
    List<BatchBench.Upload> uploads = (List<BatchBench.Upload>) r.get("batch");
    md.append(
        """
        ### Batch uploads: `POST /api/v1/tenants/{t}/reports/batch`

        One file of every community of a tenant, period 2020, all or nothing; time from the first
        byte sent to the whole answer received; rate = rows ÷ that time.

        | upload | goal | result | rows | file KB | s | rows/s | stored | unchanged | refused | CPU ms per row: server, PostgreSQL |
        |---|---|---|---|---|---|---|---|---|---|---|
        """);
    for (BatchBench.Upload u : uploads) {
      String what =
          switch (u.name()) {
            case "xlsx-save" -> "the template's XLSX, `action=save` (each row a draft)";
            case "xlsx-again" -> "the same file again (idempotent: nothing new stored)";
            case "xlsx-submit" -> "the template's XLSX, `action=submit` (saved, then submitted)";
            case "csv-save" -> "CSV (UTF-8, field codes as headers), `action=save`";
            default -> u.name();
          };
      if (!u.measured()) {
        md.append(
            "| %s | ≥ 10,000/s | not measured: answered %d | %,d | %,d | — | — | — | — | — | — |\n"
                .formatted(what, u.status(), u.rows(), u.bytes() / 1024));
        continue;
      }
      boolean goal = !u.name().equals("xlsx-again");
      md.append(
          "| %s | %s | %s | %,d | %,d | %.2f | %,.0f | %,d | %,d | %,d | %.3f, %.3f |\n"
              .formatted(
                  what,
                  goal ? "≥ 10,000/s" : "—",
                  goal ? verdict(u.rate() >= 10_000 && u.refused() == 0) : "—",
                  u.rows(),
                  u.bytes() / 1024,
                  u.seconds(),
                  u.rate(),
                  u.stored(),
                  u.unchanged(),
                  u.refused(),
                  u.cpu().serverMillis() / (double) u.rows(),
                  u.cpu().postgresMillis() / (double) u.rows()));
    }
    List<BatchFloor.Floor> floors = (List<BatchFloor.Floor>) r.get("batchFloor");
    if (floors != null) {
      md.append(
          """

          The floor, in the same run: PostgreSQL alone storing the same reports, hand-written
          (`BatchFloor`): `INSERT … SELECT` statements of 2,000 units each, as the application's
          role with the tenant set, appending a version per unit and step of the values the upload
          stored, with their audit entries, through the same indexes, row-level security and
          triggers (`report_current` kept, change announced), in one transaction rolled back; no
          file, no HTTP, no checks, no roll-up fold. Median of 3.

          | floor of | versions | s | reports/s |
          |---|---|---|---|
          """);
      for (BatchFloor.Floor f : floors) {
        long reports = f.versions() / f.steps();
        md.append(
            "| `action=%s` (%s) | %,d | %.2f | %,.0f |\n"
                .formatted(
                    f.name(),
                    f.steps() == 1 ? "one version per report" : "two versions per report",
                    f.versions(),
                    f.seconds(),
                    reports / f.seconds()));
      }
    }
    BatchBench.Template template = (BatchBench.Template) r.get("template");
    md.append(
        template.status() == 200
            ? "\nThe template for the same tenant's %,d communities, `GET /tenants/{t}/forms/ZJ-COMMUNITY/template.xlsx?period=2020`: %,d KB in %.2f s.\n"
                .formatted(
                    ((Options) r.get("options")).communities(),
                    template.bytes() / 1024,
                    template.seconds())
            : "\nThe template download (`GET /tenants/{t}/forms/ZJ-COMMUNITY/template.xlsx`) was not measured: it answered %d.\n"
                .formatted(template.status()));
    uploads.stream()
        .filter(u -> !u.problem().isBlank())
        .findFirst()
        .ifPresent(
            u ->
                md.append("\nFirst refusal (")
                    .append(u.name())
                    .append("): `")
                    .append(u.problem().replace("`", "'").replace("|", "\\|"))
                    .append("`\n"));
    md.append("\n");
  }

  @SuppressWarnings("unchecked")
  private static void reads(StringBuilder md, Results r) {
    List<ReadFloors.Measured> reads = (List<ReadFloors.Measured>) r.get("reads");
    md.append(
        """
        ### Reads beside their floors

        Each read through the API, as the client sees it (JSON and transfer included), timed in
        turn with its floor: the same figures asked in hand-written SQL over JDBC
        (`benchmarks/src/main/resources/floors/<read>.sql`), in one transaction as the
        application's role with the tenant set (row-level security in force) or as the national
        role. %d timed calls of each after 3 warm-up calls; the ratio is of the medians.

        | read | floor | API p50 ms | p90 | p99 | floor p50 ms | p90 | p99 | ratio | goal ≤ 2× |
        |---|---|---|---|---|---|---|---|---|---|
        """
            .formatted(reads.isEmpty() ? 0 : reads.get(0).api().count()));
    for (ReadFloors.Measured m : reads) {
      md.append(
          "| %s, `GET %s` | `%s.sql` | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f× | %s |\n"
              .formatted(
                  m.read().what(),
                  m.read().path().replaceFirst("^/api/v1", ""),
                  m.read().name(),
                  m.api().p50(),
                  m.api().p90(),
                  m.api().p99(),
                  m.floor().p50(),
                  m.floor().p90(),
                  m.floor().p99(),
                  m.ratio(),
                  verdict(m.ratio() <= 2)));
    }
    md.append("\n");
  }

  private static void freshness(StringBuilder md, Results r) {
    LatencyStats fresh = r.stats("freshness");
    md.append(
        """
        ### Freshness

        | measure | goal | result | p50 ms | p90 ms | p99 ms | max ms |
        |---|---|---|---|---|---|---|
        | approval answered → first tenant progress call that counts it | ≤ 1 s | %s | %s |

        """
            .formatted(verdict(fresh.max() <= 1000), fresh.row()));
  }

  private static void method(StringBuilder md, Options o) {
    md.append(
        """
        ## Method

        - Cold start: %d first start(s) on a fresh data directory per way of launching, each
          followed by a restart on it; the server is stopped with SIGTERM in between. A start
          whose JVM could not use the CDS archive counts as failed. Run before the benchmark's own
          database and server start, so nothing else of the benchmark competes.
        - Single reports: `PUT` with `If-None-Match: *` and a region admin's token, from one JDK
          `HttpClient` holding the given number in flight, after a tenth as many unmeasured (the
          server's JIT warms up); rate = requests ÷ wall time of the whole run; latency per
          request. PostgreSQL's CPU is its postmaster's, with the backends it has reaped and
          those still running, of the benchmark's own database only.
        - Batch: the file is made by the harness in the template's shape (sheet `填报`, the
          hidden machine-code row, the hidden `shequ` sheet naming tenant, form and period), with
          POI's streaming workbook; the CSV has the field codes as headers and `form`/`period` in
          the query. Sent as the request body, as the console sends it, by a region admin.
          Before the measured uploads, each file is sent three times as a dry run (read and
          checked, nothing stored), unmeasured, so the server's JIT has compiled the path.
        - Reads: one fully loaded tenant (the last), 2020, a region admin's token; the national
          reads as a national analyst.
        - Freshness: 10 reports saved, submitted and approved through the API; for each, the time from
          the approval's response to the first `GET /tenants/{t}/progress` (the whole tenant) whose
          reporting rate counts it (polled back to back).

        """
            .formatted(o.coldStarts()));
  }

  /** When the single-write goal is missed: what the CPU and the disk allow, in figures. */
  private static void why(StringBuilder md, Results r) {
    LatencyStats ingest = r.stats("ingest");
    if (r.number("ingestRate") >= 1000 && ingest.p99() < 100) {
      return;
    }
    CpuTime cpu = (CpuTime) r.get("ingestCpu");
    int n = (int) r.number("ingestCount");
    int cores = Runtime.getRuntime().availableProcessors();
    double perWrite = total(cpu) / n;
    double serverOnly = (cpu.serverMillis() + cpu.postgresMillis()) / (double) n;
    md.append(
        """
        ## Why the single-write goal is missed

        - **CPU.** A write costs %.2f ms of CPU in all (server %.2f, PostgreSQL %.2f, load
          generator %.2f). %d cores × 1,000 ms ÷ %.2f ms = **%,.0f writes/s at most**, with the
          generator on the same machine; without it (server and PostgreSQL only, %.2f ms)
          %,.0f/s. Measured: %,.0f/s. For 1,000/s the whole write must cost under %.2f ms.
        """
            .formatted(
                perWrite,
                cpu.serverMillis() / (double) n,
                cpu.postgresMillis() / (double) n,
                cpu.generatorMillis() / (double) n,
                cores,
                perWrite,
                cores * 1000 / perWrite,
                serverOnly,
                cores * 1000 / serverOnly,
                r.number("ingestRate"),
                cores * 1000 / 1000.0));
    @SuppressWarnings("unchecked")
    Map<String, String> settings = (Map<String, String>) r.get("settings");
    FsyncProbe.Result fsync = (FsyncProbe.Result) r.get("fsync");
    Optional<FsyncProbe.Method> flush = fsync.walFlush(settings.get("wal_sync_method"));
    if (flush.isPresent()) {
      double micros = flush.get().microsPerOp();
      md.append(
          """
          - **Disk.** One WAL flush (`%s`) takes %,.0f µs here: commits that each waited for a
            flush of their own would reach %,.0f/s. PostgreSQL lets every commit that arrives
            during a flush share the next one (group commit), so 1,000/s needs at least %.1f
            commits per flush on average, which %d writes in flight allow; each still waits one
            to two flushes (%.1f–%.1f ms) before it is answered.
          """
              .formatted(
                  flush.get().name(),
                  micros,
                  1e6 / micros,
                  1000 / (1e6 / micros),
                  (int) r.number("ingestConcurrency"),
                  micros / 1000,
                  2 * micros / 1000));
    } else {
      md.append("- **Disk.** Flush latency not measured: ").append(fsync.note()).append(".\n");
    }
    md.append("\n");
  }

  /** When a batch upload misses its goal: what the CPU and the database's floor allow. */
  @SuppressWarnings("unchecked")
  private static void whyBatch(StringBuilder md, Results r) {
    List<BatchBench.Upload> uploads = (List<BatchBench.Upload>) r.get("batch");
    List<BatchFloor.Floor> floors = (List<BatchFloor.Floor>) r.get("batchFloor");
    List<BatchBench.Upload> missed =
        uploads.stream()
            .filter(u -> u.measured() && !u.name().equals("xlsx-again") && u.rate() < 10_000)
            .toList();
    if (missed.isEmpty()) {
      return;
    }
    int cores = Runtime.getRuntime().availableProcessors();
    md.append(
        """
        ## Why the batch goal is missed

        An upload is read, checked and written in one transaction: the checks run on every core
        while PostgreSQL inserts the chunks already checked, but a transaction's statements run in
        one PostgreSQL backend, on one core, one after the other.

        | upload | CPU ms per row (server + PostgreSQL) | at most, %d cores, rows/s | measured rows/s |
        |---|---|---|---|
        """
            .formatted(cores));
    for (BatchBench.Upload u : missed) {
      double perRow = (u.cpu().serverMillis() + u.cpu().postgresMillis()) / (double) u.rows();
      md.append(
          "| %s | %.3f | %,.0f | %,.0f |\n"
              .formatted(u.name(), perRow, cores * 1000 / perRow, u.rate()));
    }
    if (floors != null) {
      md.append("\n");
      for (BatchFloor.Floor f : floors) {
        long reports = f.versions() / f.steps();
        md.append(
            "- **Floor of `action=%s`.** PostgreSQL alone takes %.2f s to store the %,d versions"
                    .formatted(f.name(), f.seconds(), f.versions())
                + " of %,d reports with their audit entries: %,.0f reports/s, before any file is"
                    .formatted(reports, reports / f.seconds())
                + " read or checked%s.\n"
                    .formatted(
                        reports / f.seconds() < 10_000
                            ? "; 10,000/s is beyond the database itself on this machine"
                            : ""));
      }
    }
    md.append("\n");
  }

  static String loadAverage() throws java.io.IOException {
    String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return f[0] + ", " + f[1] + ", " + f[2];
  }

  private static double total(CpuTime c) {
    return c.serverMillis() + c.postgresMillis() + c.generatorMillis();
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**not met**";
  }

  private static String machine(Results r) throws Exception {
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
    String load = loadAverage();
    return String.join(
        "\n",
        List.of(
            "- CPU: " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores",
            "- Memory: " + mem,
            "- Load average (1, 5, 15 min) at the start: "
                + r.get("loadAtStart")
                + "; at the end: "
                + load
                + " (a quiet machine reads near 0)",
            "- JDK: "
                + System.getProperty("java.vm.name")
                + " "
                + System.getProperty("java.version"),
            "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")));
  }
}
