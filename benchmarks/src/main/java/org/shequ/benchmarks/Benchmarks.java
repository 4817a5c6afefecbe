package org.shequ.benchmarks;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The performance benchmark: measures the embedded default's cold start, generates national-scale
 * synthetic data in a fresh, durable embedded PostgreSQL, runs the built server jar against it as a
 * separate JVM, and measures single-report ingest, batch uploads, each progress and comparison read
 * beside its hand-written SQL floor, and freshness; with the disk's flush latency and the CPU each
 * process spends per write, it writes the figures to {@code docs/benchmarks.md}.
 *
 * <p>Options: see {@link Options}; {@code --quick} runs everything at a tenth of the scale.
 */
public final class Benchmarks {
  static final String PLAN = "zhejiang-2016-2020";
  static final String FORM = "ZJ-COMMUNITY";
  static final String PERIOD = "2020";
  private static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019, 2020);

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    // PostgreSQL's own log would drown the figures; its warnings and errors still show.
    System.setProperty("org.slf4j.simpleLogger.log.io.zonky.test.db.postgres", "warn");
    Options o = Options.parse(args);
    long runStart = System.nanoTime();
    Path work = Files.createTempDirectory("shequ-bench");
    Results results = new Results();
    results.put("options", o);
    results.put("loadAtStart", BenchReport.loadAverage());
    results.put("communities", (long) o.tenants() * o.communities());
    results.put("reports", (long) o.tenants() * o.communities() * YEARS.size());

    // 0. Cold start first, while nothing else of the benchmark runs.
    results.put("coldStart", ColdStart.measure(o, work));

    try (BenchDatabase db = BenchDatabase.start(work.resolve("pg"))) {
      // Durability is the point: refuse to measure without it, and show what the server says.
      db.requireDurable();
      CpuTime.countPostgres(db.postmasterPid());
      results.put("settings", db.settings());
      System.out.println("PostgreSQL: " + results.get("settings"));
      results.put("fsync", FsyncProbe.run(db.directory().getParent(), o.fsyncSeconds()));

      Path tenantsDir = Files.createDirectories(work.resolve("tenants"));
      for (int t = 1; t <= o.tenants(); t++) {
        String id = tenantId(t);
        Files.writeString(
            tenantsDir.resolve(id + ".yaml"),
            """
            id: %s
            name: {zh: 合成基准租户%d, en: Synthetic benchmark tenant %d}
            divisionCode: "99%02d00"
            level: CITY
            plans: [%s]
            """
                .formatted(id, t, t, t, PLAN));
      }
      List<String> serverArgs =
          List.of(
              "--spring.r2dbc.url=r2dbc:postgresql://localhost:"
                  + db.port()
                  + "/"
                  + BenchDatabase.DB,
              "--spring.r2dbc.username=" + BenchDatabase.APP_ROLE,
              "--spring.r2dbc.password=" + BenchDatabase.APP_PASSWORD,
              "--shequ.national-database.password=" + BenchDatabase.NATIONAL_PASSWORD,
              "--spring.r2dbc.pool.max-size=32",
              "--spring.liquibase.url=jdbc:postgresql://localhost:"
                  + db.port()
                  + "/"
                  + BenchDatabase.DB,
              "--spring.liquibase.user=postgres",
              "--spring.liquibase.password=postgres",
              "--shequ.tenants-dir=" + tenantsDir,
              "--shequ.plugins-dir=" + o.pluginsDir(),
              "--shequ.data-dir=" + work.resolve("data"),
              // The benchmark signs its own tokens as the embedded default does.
              "--shequ.embedded-database.active=true",
              "--shequ.demo-data.enabled=false",
              "--logging.level.root=WARN");
      try (ServerProcess server =
          ServerProcess.start(
              o.serverJar(), work.resolve("server.log"), Options.freePort(o.port()), serverArgs)) {
        Api api = new Api(server);
        JsonNode planJson = api.getJson("/api/v1/plans/" + PLAN, null);
        JsonNode form = form(planJson);
        load(o, db, form, results);

        // The bulk load bypassed the API: rebuild the progress roll-ups once, as an operator would.
        String platform = api.token("bench-platform", null, "PLATFORM_ADMIN");
        long rollupStart = System.nanoTime();
        HttpResponse<String> rebuilt =
            api.post("/api/v1/platform/progress-rollups/rebuild", platform, null);
        if (rebuilt.statusCode() != 200) {
          throw new IllegalStateException(
              "rebuild → " + rebuilt.statusCode() + " " + rebuilt.body());
        }
        results.put("rollupSeconds", (System.nanoTime() - rollupStart) / 1e9);
        try (Connection owner = db.owner();
            Statement s = owner.createStatement()) {
          s.execute("VACUUM ANALYZE progress_rollup");
        }

        // 1. Single reports through PUT, with the CPU each process spent on them, durably.
        db.requireDurable();
        String admin1 = api.token("bench-admin", tenantId(1), "REGION_ADMIN");
        String body = Api.JSON.writeValueAsString(Map.of("values", minimalValues(form)));
        int n = Math.min(o.ingest(), o.communities() * 7 / 10);
        // A tenth as many first, unmeasured, so the server's JIT has compiled the write path.
        int warm = n / 10;
        ingest(api, admin1, body, 0, warm, o.concurrency(), "ingestWarmUp", results);
        CpuTime before = CpuTime.now(server.pid());
        ingest(api, admin1, body, warm, n, o.concurrency(), "ingest", results);
        CpuTime spent = CpuTime.now(server.pid()).since(before);
        results.put("ingestCpu", spent);
        // The same at a light load, to see latency without queueing on the machine's cores.
        int light = Math.min(n / 4, o.communities() - warm - n - 20);
        ingest(api, admin1, body, warm + n, light, 4, "ingestLight", results);

        // 2. Batch uploads of a whole tenant's communities: XLSX saved, the same file again,
        // XLSX submitted, CSV saved; each tenant's 2020 was left empty by the load.
        results.put(
            "template",
            BatchBench.template(
                api,
                api.token("bench-admin", tenantId(2), "REGION_ADMIN"),
                tenantId(2),
                FORM,
                PERIOD));
        results.put("batch", batches(o, api, server.pid(), form));
        // The same versions stored by PostgreSQL alone, hand-written, beside them.
        results.put(
            "batchFloor",
            List.of(
                BatchFloor.measure(db, "save", tenantId(2), PLAN, 1, 3),
                BatchFloor.measure(db, "submit", tenantId(3), PLAN, 2, 3)));

        // 3. Every progress and comparison read beside its hand-written floor.
        results.put("reads", reads(o, api, db, planJson));

        // 4. Freshness: from an approval's answer to the first progress that counts it.
        results.put("freshness", freshness(api, admin1, body, o.communities(), warm + n + light));
      }
    }
    results.put("date", LocalDate.now().toString());
    results.put("runSeconds", (System.nanoTime() - runStart) / 1e9);
    BenchReport.write(o.out(), results);
    // The run's database and logs are only needed when it fails.
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    System.out.printf("written %s in %.0f s%n", o.out(), (System.nanoTime() - runStart) / 1e9);
  }

  /**
   * Loads the synthetic tenants straight into the database: every tenant's org units and reports of
   * every year, except 2020 of the first {@link Options#WRITE_TENANTS}, which the writes fill.
   */
  private static void load(Options o, BenchDatabase db, JsonNode form, Results results)
      throws Exception {
    long loadStart = System.nanoTime();
    try (Connection owner = db.owner()) {
      try (Statement s = owner.createStatement()) {
        // Bulk load without the per-row trigger, then rebuild the roll-up once.
        s.execute("SET session_replication_role = replica");
      }
      SyntheticLoad load = new SyntheticLoad(owner);
      for (int t = 1; t <= o.tenants(); t++) {
        load.orgUnits(tenantId(t), o.streets(), o.communities());
        load.reports(
            tenantId(t),
            PLAN,
            form,
            o.communities(),
            t <= Options.WRITE_TENANTS ? YEARS.subList(0, 4) : YEARS);
        System.out.printf("loaded tenant %d/%d%n", t, o.tenants());
      }
      try (Statement s = owner.createStatement()) {
        s.execute("SET session_replication_role = origin");
        s.execute("SELECT rebuild_report_current()");
        s.execute("VACUUM ANALYZE");
      }
    }
    results.put("loadSeconds", (System.nanoTime() - loadStart) / 1e9);
  }

  /** The batch uploads, each into a tenant of its own whose 2020 is still empty. */
  private static List<BatchBench.Upload> batches(Options o, Api api, long serverPid, JsonNode form)
      throws Exception {
    List<BatchBench.Upload> uploads = new ArrayList<>();
    String[] tenants = {tenantId(2), tenantId(3), tenantId(4)};
    byte[] saveFile = new BatchFile(tenants[0], form, PERIOD, o.batchRows()).xlsx();
    String save = api.token("bench-admin", tenants[0], "REGION_ADMIN");
    byte[] csv = new BatchFile(tenants[2], form, PERIOD, o.batchRows()).csv();
    String csvAdmin = api.token("bench-admin", tenants[2], "REGION_ADMIN");
    // Unmeasured dry runs first (read and check, nothing stored), as the single writes are warmed:
    // the server's JIT compiles the spreadsheet reader and the checks before the clock runs.
    for (int i = 0; i < 3; i++) {
      BatchBench.upload(
          api,
          serverPid,
          save,
          "warm-up (dry run)",
          tenants[0],
          "action=submit&dryRun=true",
          BatchBench.XLSX,
          saveFile,
          o.batchRows());
      BatchBench.upload(
          api,
          serverPid,
          csvAdmin,
          "warm-up (dry run)",
          tenants[2],
          "form=" + FORM + "&period=" + PERIOD + "&action=save&dryRun=true",
          BatchBench.CSV,
          csv,
          o.batchRows());
    }
    uploads.add(
        BatchBench.upload(
            api,
            serverPid,
            save,
            "xlsx-save",
            tenants[0],
            "action=save",
            BatchBench.XLSX,
            saveFile,
            o.batchRows()));
    uploads.add(
        BatchBench.upload(
            api,
            serverPid,
            save,
            "xlsx-again",
            tenants[0],
            "action=save",
            BatchBench.XLSX,
            saveFile,
            o.batchRows()));
    byte[] submitFile = new BatchFile(tenants[1], form, PERIOD, o.batchRows()).xlsx();
    uploads.add(
        BatchBench.upload(
            api,
            serverPid,
            api.token("bench-admin", tenants[1], "REGION_ADMIN"),
            "xlsx-submit",
            tenants[1],
            "action=submit",
            BatchBench.XLSX,
            submitFile,
            o.batchRows()));
    uploads.add(
        BatchBench.upload(
            api,
            serverPid,
            csvAdmin,
            "csv-save",
            tenants[2],
            "form=" + FORM + "&period=" + PERIOD + "&action=save",
            BatchBench.CSV,
            csv,
            o.batchRows()));
    return uploads;
  }

  /** Each read of one fully loaded tenant, and of every tenant, beside its floor. */
  private static List<ReadFloors.Measured> reads(
      Options o, Api api, BenchDatabase db, JsonNode plan) throws Exception {
    String t = o.readTenant();
    String admin = api.token("bench-admin", t, "REGION_ADMIN");
    String analyst = api.token("bench-analyst", null, "NATIONAL_ANALYST");
    String indicator = communityIndicator(plan);
    String national = "URBAN_SERVICE_FACILITY_COVERAGE";
    List<String> forms = formsRead(plan, i -> true);
    List<String> nationalForms = formsRead(plan, i -> i.hasNonNull("nationalIndicator"));
    List<String> comparedForms =
        formsRead(plan, i -> national.equals(i.path("nationalIndicator").asString("")));
    Map<String, String> p = new LinkedHashMap<>();
    p.put("tenant", t);
    p.put("plan", PLAN);
    p.put("period", PERIOD);
    p.put("years", "{" + String.join(",", YEARS.stream().map(String::valueOf).toList()) + "}");
    p.put("unit", t + "-c000001");
    p.put("root", t + "-root");
    p.put("indicatorForm", FORM);
    p.put("forms", "{" + String.join(",", forms) + "}");
    p.put("nationalForms", "{" + String.join(",", nationalForms) + "}");
    p.put("comparedForms", "{" + String.join(",", comparedForms) + "}");
    ReadFloors floors = new ReadFloors(api, db, p, widths(db));
    String base = "/api/v1/tenants/" + t + "/progress";
    List<ReadFloors.Read> reads =
        List.of(
            new ReadFloors.Read(
                "progress",
                "a tenant's full progress (every indicator of the plan, one period, %,d communities)"
                    .formatted(o.communities()),
                base + "?plan=" + PLAN + "&period=" + PERIOD,
                admin,
                false),
            new ReadFloors.Read(
                "children",
                "drill-down: indicator `%s` for each street of the same tenant (%d)"
                    .formatted(indicator, o.streets()),
                base
                    + "/"
                    + indicator
                    + "/children?plan="
                    + PLAN
                    + "&period="
                    + PERIOD
                    + "&orgUnit="
                    + t
                    + "-root",
                admin,
                false),
            new ReadFloors.Read(
                "community",
                "one community's full progress (a reporter's default view), from its reports",
                base + "?plan=" + PLAN + "&period=" + PERIOD + "&orgUnit=" + t + "-c000001",
                admin,
                false),
            new ReadFloors.Read(
                "matrix",
                "national comparison matrix (every national indicator × %d tenants)"
                    .formatted(o.tenants()),
                "/api/v1/comparison/matrix?period=" + PERIOD,
                analyst,
                true),
            new ReadFloors.Read(
                "comparison",
                "comparison of one national indicator, `" + national + "`",
                "/api/v1/comparison?nationalIndicator=" + national + "&period=" + PERIOD,
                analyst,
                true));
    List<ReadFloors.Measured> measured = new ArrayList<>();
    for (ReadFloors.Read read : reads) {
      ReadFloors.Measured m = floors.measure(read, o.repeat());
      System.out.printf(
          "read %s: p50 %.1f ms, floor %.1f ms, %.1f×%n",
          read.name(), m.api().p50(), m.floor().p50(), m.ratio());
      measured.add(m);
    }
    return measured;
  }

  /** The forms the plan's indicators that {@code which} picks are computed from, in plan order. */
  private static List<String> formsRead(
      JsonNode plan, java.util.function.Predicate<JsonNode> which) {
    List<String> forms = new ArrayList<>();
    for (JsonNode f : plan.get("forms")) {
      String code = f.get("code").asString();
      for (JsonNode i : plan.get("indicators")) {
        if (which.test(i) && i.toString().contains("\"" + code + "\"") && !forms.contains(code)) {
          forms.add(code);
        }
      }
    }
    return forms;
  }

  /** Each form's number of roll-up measures, as built. */
  private static Map<String, Integer> widths(BenchDatabase db) throws Exception {
    Map<String, Integer> widths = new LinkedHashMap<>();
    try (Connection owner = db.owner();
        Statement s = owner.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT form_code, max(cardinality(measures)) FROM progress_rollup"
                    + " GROUP BY form_code")) {
      while (rs.next()) {
        widths.put(rs.getString(1), rs.getInt(2));
      }
    }
    return widths;
  }

  static String tenantId(int t) {
    return "bench-%02d".formatted(t);
  }

  private static JsonNode form(JsonNode plan) {
    for (JsonNode f : plan.get("forms")) {
      if (FORM.equals(f.get("code").asString())) {
        return f;
      }
    }
    throw new IllegalStateException("plan " + PLAN + " has no form " + FORM);
  }

  /** The first indicator computed from the community form. */
  private static String communityIndicator(JsonNode plan) {
    for (JsonNode i : plan.get("indicators")) {
      if (i.toString().contains("\"" + FORM + "\"")) {
        return i.get("code").asString();
      }
    }
    throw new IllegalStateException("plan " + PLAN + " has no indicator of " + FORM);
  }

  /** The smallest valid report: every required field at its minimum (false, first option). */
  static Map<String, Object> minimalValues(JsonNode form) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (JsonNode f : form.get("fields")) {
      String type = f.get("type").asString();
      Object v =
          switch (type) {
            case "BOOLEAN" -> Boolean.TRUE;
            case "INTEGER", "DECIMAL", "PERCENT" ->
                f.hasNonNull("min") ? f.get("min").decimalValue() : java.math.BigDecimal.ZERO;
            case "ENUM" -> f.get("options").get(0).get("code").asString();
            default -> null;
          };
      if (v != null) {
        values.put(f.get("code").asString(), v);
      }
    }
    return values;
  }

  private static void ingest(
      Api api,
      String token,
      String body,
      int first,
      int n,
      int concurrency,
      String key,
      Results results)
      throws Exception {
    long[] latencies = new long[n];
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger firstFailureShown = new AtomicInteger();
    Semaphore inFlight = new Semaphore(concurrency);
    List<CompletableFuture<?>> all = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      int k = i;
      inFlight.acquire();
      long t0 = System.nanoTime();
      String path =
          "/api/v1/tenants/%s/reports/%s/%s-c%06d/2020"
              .formatted(tenantId(1), FORM, tenantId(1), first + k + 1);
      all.add(
          api.putAsync(path, token, body)
              .whenComplete(
                  (r, e) -> {
                    latencies[k] = System.nanoTime() - t0;
                    if (e != null || r.statusCode() >= 300) {
                      failures.incrementAndGet();
                      if (firstFailureShown.getAndIncrement() == 0) {
                        System.out.println(
                            "ingest failure: " + (e != null ? e : r.statusCode() + " " + r.body()));
                      }
                    }
                    inFlight.release();
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    double seconds = (System.nanoTime() - start) / 1e9;
    results.put(key + "Count", n);
    results.put(key + "Seconds", seconds);
    results.put(key + "Rate", n / seconds);
    results.put(key + "Failures", failures.get());
    results.put(key + "Concurrency", concurrency);
    results.put(key, LatencyStats.of(latencies));
  }

  interface Call {
    Object run() throws Exception;
  }

  static LatencyStats time(Call call, int repeat) throws Exception {
    for (int i = 0; i < 3; i++) {
      call.run();
    }
    long[] nanos = new long[repeat];
    for (int i = 0; i < repeat; i++) {
      long t0 = System.nanoTime();
      call.run();
      nanos[i] = System.nanoTime() - t0;
    }
    return LatencyStats.of(nanos);
  }

  private static LatencyStats freshness(
      Api api, String admin, String body, int communities, int ingested) throws Exception {
    List<Long> lags = new ArrayList<>();
    String progress =
        "/api/v1/tenants/%s/progress?plan=%s&period=2020".formatted(tenantId(1), PLAN);
    int start = Math.min(ingested, communities);
    for (int i = 1; i <= 10 && start + i <= communities; i++) {
      String unit = "%s-c%06d".formatted(tenantId(1), start + i);
      String base = "/api/v1/tenants/%s/reports/%s/%s/2020".formatted(tenantId(1), FORM, unit);
      HttpResponse<String> put = api.putAsync(base, admin, body).join();
      String etag = put.headers().firstValue("ETag").orElseThrow();
      String submitted =
          api.post(base + "/submit", admin, etag).headers().firstValue("ETag").orElseThrow();
      long before = reported(api.getJson(progress, admin));
      HttpResponse<String> approved = api.post(base + "/approve", admin, submitted);
      if (approved.statusCode() != 200) {
        throw new IllegalStateException(
            "approve → " + approved.statusCode() + " " + approved.body());
      }
      long t0 = System.nanoTime();
      while (true) {
        JsonNode view = api.getJson(progress, admin);
        if (reported(view) > before) {
          lags.add(System.nanoTime() - t0);
          break;
        }
        if (System.nanoTime() - t0 > 10_000_000_000L) {
          System.out.printf(
              "freshness: the approval of %s did not show in 10 s (reported %d before, %d now)%n",
              unit, before, reported(view));
          lags.add(System.nanoTime() - t0);
          break;
        }
      }
    }
    return LatencyStats.of(lags.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * The reports of the community form counted in the tenant's progress, summed over its indicators
   * (each counts the units its computation covers; a new approved report adds to at least one).
   */
  private static long reported(JsonNode view) {
    long sum = 0;
    boolean any = false;
    for (JsonNode i : view.get("indicators")) {
      JsonNode rate = i.get("reporting");
      if (FORM.equals(i.path("formCode").asString("")) && rate != null && !rate.isNull()) {
        sum += rate.path("reported").asLong();
        any = true;
      }
    }
    if (!any) {
      throw new IllegalStateException("progress has no indicator of " + FORM);
    }
    return sum;
  }
}
