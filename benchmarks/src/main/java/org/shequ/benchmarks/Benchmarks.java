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
 * The performance benchmark: generates national-scale synthetic data in a fresh embedded
 * PostgreSQL, runs the built server jar against it as a separate JVM, measures ingest, a tenant's
 * full progress, the national comparison, the same aggregates in hand-written SQL, and freshness,
 * and writes the figures to {@code docs/benchmarks.md}.
 *
 * <p>Options ({@code --name=value}): {@code tenants} (20), {@code communities} per tenant (30000),
 * {@code streets} per tenant (300), {@code ingest} requests (10000), {@code concurrency} (32),
 * {@code repeat} timed calls per query (20), {@code out} (docs/benchmarks.md).
 */
public final class Benchmarks {
  private static final String PLAN = "zhejiang-2016-2020";
  private static final String FORM = "ZJ-COMMUNITY";
  private static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019, 2020);

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      o.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    int tenants = Integer.parseInt(o.getOrDefault("tenants", "20"));
    int communities = Integer.parseInt(o.getOrDefault("communities", "30000"));
    int streets = Integer.parseInt(o.getOrDefault("streets", "300"));
    int ingest = Integer.parseInt(o.getOrDefault("ingest", "10000"));
    int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "32"));
    int repeat = Integer.parseInt(o.getOrDefault("repeat", "20"));
    Path out = Path.of(o.getOrDefault("out", "docs/benchmarks.md"));
    Path jar = Path.of(o.getOrDefault("server-jar", "platform/server/target/shequ-server.jar"));
    Path work = Files.createTempDirectory("shequ-bench");
    Results results = new Results();
    results.put("tenants", tenants);
    results.put("communities", (long) tenants * communities);
    results.put("reports", (long) tenants * communities * YEARS.size());

    try (BenchDatabase db = BenchDatabase.start(work.resolve("pg"))) {
      Path tenantsDir = Files.createDirectories(work.resolve("tenants"));
      for (int t = 1; t <= tenants; t++) {
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
              "--shequ.plugins-dir=" + o.getOrDefault("plugins-dir", "plugins"),
              "--shequ.data-dir=" + work.resolve("data"),
              // The benchmark signs its own tokens as the embedded default does.
              "--shequ.embedded-database.active=true",
              "--shequ.demo-data.enabled=false",
              "--logging.level.root=WARN");
      try (ServerProcess server =
          ServerProcess.start(jar, work.resolve("server.log"), 18080, serverArgs)) {
        Api api = new Api(server);
        JsonNode planJson = api.getJson("/api/v1/plans/" + PLAN, null);
        JsonNode form = form(planJson);
        long loadStart = System.nanoTime();
        try (Connection owner = db.owner()) {
          try (Statement s = owner.createStatement()) {
            // Bulk load without the per-row trigger, then rebuild the roll-up once.
            s.execute("SET session_replication_role = replica");
          }
          SyntheticLoad load = new SyntheticLoad(owner);
          for (int t = 1; t <= tenants; t++) {
            load.orgUnits(tenantId(t), streets, communities);
            // Tenant 1 keeps 2020 empty: the ingest benchmark fills it through the API.
            load.reports(
                tenantId(t), PLAN, form, communities, t == 1 ? YEARS.subList(0, 4) : YEARS);
            System.out.printf("loaded tenant %d/%d%n", t, tenants);
          }
          try (Statement s = owner.createStatement()) {
            s.execute("SET session_replication_role = origin");
            s.execute("SELECT rebuild_report_current()");
            s.execute("VACUUM ANALYZE");
          }
        }
        results.put("loadSeconds", (System.nanoTime() - loadStart) / 1e9);

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

        String admin1 = api.token("bench-admin", tenantId(1), "REGION_ADMIN");
        String admin2 = api.token("bench-admin", tenantId(Math.min(2, tenants)), "REGION_ADMIN");
        String analyst = api.token("bench-analyst", null, "NATIONAL_ANALYST");
        String body = Api.JSON.writeValueAsString(Map.of("values", minimalValues(form)));

        // 1. Ingest through the HTTP API, with the CPU each side spent on it, durably.
        db.requireDurable();
        int n = Math.min(ingest, communities * 4 / 5);
        CpuTime before = CpuTime.now(server.pid());
        ingest(api, admin1, body, 0, n, concurrency, "ingest", results);
        CpuTime spent = CpuTime.now(server.pid()).since(before);
        // The same at a light load, to see latency without queueing on the machine's two cores.
        int light = Math.min(n / 4, communities - n - 20);
        ingest(api, admin1, body, n, light, 4, "ingestLight", results);
        results.put("ingestCpuServer", spent.serverMillis() / (double) n);
        results.put("ingestCpuPostgres", spent.postgresMillis() / (double) n);
        results.put("ingestCpuGenerator", spent.generatorMillis() / (double) n);

        // 2. A tenant's full progress: every indicator of the plan, one period, whole tenant.
        String progress =
            "/api/v1/tenants/"
                + tenantId(Math.min(2, tenants))
                + "/progress?plan="
                + PLAN
                + "&period=2020";
        results.put("progress", time(() -> api.getJson(progress, admin2), repeat));

        // Drill-down (from the roll-up) and a single community (from the reports).
        String indicator = communityIndicator(planJson);
        results.put("drillDownIndicator", indicator);
        String children =
            "/api/v1/tenants/%s/progress/%s/children?plan=%s&period=2020"
                .formatted(tenantId(Math.min(2, tenants)), indicator, PLAN);
        results.put("children", time(() -> api.getJson(children, admin2), repeat));
        String community =
            "/api/v1/tenants/%s/progress?plan=%s&period=2020&orgUnit=%s-c000001"
                .formatted(tenantId(Math.min(2, tenants)), PLAN, tenantId(Math.min(2, tenants)));
        results.put("community", time(() -> api.getJson(community, admin2), repeat));

        // 3. National comparison: every national indicator × every tenant.
        String matrix = "/api/v1/comparison/matrix?period=2020";
        results.put("matrix", time(() -> api.getJson(matrix, analyst), repeat));
        String urban =
            "/api/v1/comparison?nationalIndicator=URBAN_SERVICE_FACILITY_COVERAGE&period=2020";
        results.put("comparison", time(() -> api.getJson(urban, analyst), repeat));

        // 4. The same aggregates in hand-written SQL, as the floor.
        int width;
        try (Connection owner = db.owner();
            Statement s = owner.createStatement();
            ResultSet rs =
                s.executeQuery(
                    "SELECT max(cardinality(measures)) FROM progress_rollup WHERE form_code = '"
                        + FORM
                        + "'")) {
          rs.next();
          width = rs.getInt(1);
        }
        try (Connection app = db.app();
            Connection national = db.national()) {
          results.put(
              "sqlProgress",
              time(
                  () ->
                      sqlFloor(
                          app,
                          form,
                          "tenant_id = '" + tenantId(Math.min(2, tenants)) + "'",
                          "shequ.tenant_id",
                          tenantId(Math.min(2, tenants))),
                  repeat));
          results.put(
              "sqlMatrix", time(() -> sqlFloor(national, form, "true", null, null), repeat));
          results.put(
              "sqlRollupProgress",
              time(
                  () ->
                      rollupFloor(
                          app,
                          width,
                          "tenant_id = '" + tenantId(Math.min(2, tenants)) + "'",
                          "shequ.tenant_id",
                          tenantId(Math.min(2, tenants))),
                  repeat));
          results.put(
              "sqlRollupMatrix",
              time(() -> rollupFloor(national, width, "true", null, null), repeat));
        }

        // 5. Freshness: from an approval's answer to the first progress that counts it.
        results.put("freshness", freshness(api, admin1, body, communities, n + light));
      }
    }
    results.put("date", LocalDate.now().toString());
    BenchReport.write(out, results, String.join(" ", args));
    System.out.println("written " + out);
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

  /** One pass over the reports computing an aggregate of every numeric field of the form. */
  private static Object sqlFloor(
      Connection app, JsonNode form, String where, String setting, String value) throws Exception {
    List<String> aggregates = new ArrayList<>();
    for (JsonNode f : form.get("fields")) {
      String type = f.get("type").asString();
      if (List.of("BOOLEAN", "INTEGER", "DECIMAL", "PERCENT").contains(type)) {
        aggregates.add("avg(report_number(approved_values, '" + f.get("code").asString() + "'))");
      }
    }
    return floor(
        app,
        setting,
        value,
        "SELECT tenant_id, count(*), "
            + String.join(", ", aggregates)
            + " FROM report_current WHERE "
            + where
            + " AND form_code = '"
            + FORM
            + "' AND period = '2020' AND approved_values IS NOT NULL GROUP BY tenant_id");
  }

  /**
   * The sums of every measure of the form for 2020 from the progress roll-up, per tenant, each
   * summed by its array subscript as the server does.
   */
  private static Object rollupFloor(
      Connection app, int width, String where, String setting, String value) throws Exception {
    List<String> sums = new ArrayList<>();
    for (int k = 1; k <= width; k++) {
      sums.add("sum(measures[" + k + "])");
    }
    return floor(
        app,
        setting,
        value,
        "SELECT tenant_id, "
            + String.join(", ", sums)
            + " FROM progress_rollup WHERE "
            + where
            + " AND form_code = '"
            + FORM
            + "' AND basis = 'approved' AND period = '2020' GROUP BY tenant_id");
  }

  /**
   * Runs {@code query} in one transaction with {@code setting} set (none for the national role,
   * which reads every tenant as it is), reading every row.
   */
  private static Object floor(Connection app, String setting, String value, String query)
      throws Exception {
    app.setAutoCommit(false);
    try (Statement s = app.createStatement()) {
      if (setting != null) {
        s.execute("SELECT set_config('" + setting + "', '" + value + "', true)");
      }
      try (ResultSet rs = s.executeQuery(query)) {
        while (rs.next()) {
          rs.getObject(2);
        }
      }
    } finally {
      app.commit();
    }
    return null;
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
          throw new IllegalStateException("an approved report did not show in progress in 10 s");
        }
      }
    }
    return LatencyStats.of(lags.stream().mapToLong(Long::longValue).toArray());
  }

  /** How many reports of the community form count in the tenant's progress. */
  private static long reported(JsonNode view) {
    for (JsonNode i : view.get("indicators")) {
      JsonNode rate = i.get("reporting");
      if (FORM.equals(i.get("formCode").asString()) && rate != null) {
        return rate.get("reported").asLong();
      }
    }
    throw new IllegalStateException("progress has no indicator of " + FORM);
  }
}
