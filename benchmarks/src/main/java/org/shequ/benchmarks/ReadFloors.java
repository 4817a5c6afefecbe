package org.shequ.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each progress and comparison read beside its floor: the same figures asked of PostgreSQL in
 * hand-written SQL ({@code floors/<read>.sql}), over JDBC, as the application's role with the
 * tenant set (row-level security in force) or as the national role. The two are timed in turn, call
 * after call, so both meet the same load on the machine.
 */
final class ReadFloors {
  /** One read: the API call, who makes it, and its floor. */
  record Read(String name, String what, String path, String token, boolean national) {}

  /** A read's latencies beside its floor's. */
  record Measured(Read read, LatencyStats api, LatencyStats floor) {
    double ratio() {
      return floor.p50() == 0 ? 0 : api.p50() / floor.p50();
    }
  }

  private static final Pattern PARAMETER = Pattern.compile("\\$\\{([A-Za-z]+)}");
  private static final Pattern EACH_FORM = Pattern.compile("--\\s*for each form of (\\w+)");
  private final Api api;
  private final BenchDatabase db;
  private final Map<String, String> parameters;
  private final Map<String, Integer> widths;

  /**
   * @param parameters the values the floors' {@code ${name}} placeholders stand for (ids the
   *     benchmark made itself, never user input); a list is written {@code {a,b}}
   * @param widths each form's number of roll-up measures, for {@code ${formSums}}
   */
  ReadFloors(
      Api api, BenchDatabase db, Map<String, String> parameters, Map<String, Integer> widths) {
    this.api = api;
    this.db = db;
    this.parameters = parameters;
    this.widths = widths;
  }

  Measured measure(Read read, int repeat) throws Exception {
    List<String> statements = statements(read.name());
    try (Connection c = read.national() ? db.national() : db.app()) {
      c.setAutoCommit(false);
      // The answer is received whole but not parsed: parsing is the client's cost, not the read's.
      Benchmarks.Call apiCall = () -> ok(api.get(read.path(), read.token()), read);
      Benchmarks.Call floorCall = () -> floor(c, read.national(), statements);
      for (int i = 0; i < 3; i++) {
        apiCall.run();
        floorCall.run();
      }
      long[] apiNanos = new long[repeat];
      long[] floorNanos = new long[repeat];
      for (int i = 0; i < repeat; i++) {
        apiNanos[i] = timed(apiCall);
        floorNanos[i] = timed(floorCall);
      }
      return new Measured(read, LatencyStats.of(apiNanos), LatencyStats.of(floorNanos));
    }
  }

  /** The floor's statements with their placeholders filled in. */
  List<String> statements(String name) throws Exception {
    String sql;
    try (InputStream in = ReadFloors.class.getResourceAsStream("/floors/" + name + ".sql")) {
      if (in == null) {
        throw new IllegalStateException("no floor for " + name);
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // A statement marked "-- for each form of <list>" runs once per form of that list, with
    // ${form} and ${formSums} (every measure of that form, summed) filled in.
    List<String> statements = new ArrayList<>();
    for (String statement : sql.split(";\\s*\\n")) {
      if (statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
        continue;
      }
      Matcher each = EACH_FORM.matcher(statement);
      if (!each.find()) {
        statements.add(fill(name, statement, Map.of()));
        continue;
      }
      for (String form : list(name, each.group(1))) {
        statements.add(fill(name, statement, Map.of("form", form, "formSums", formSums(form))));
      }
    }
    return statements;
  }

  private List<String> list(String floor, String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("floor " + floor + " needs ${" + name + "}");
    }
    String inner = value.replaceAll("^\\{|}$", "");
    return inner.isBlank() ? List.of() : List.of(inner.split(","));
  }

  /** {@code ARRAY[coalesce(sum(r.measures[1]), 0), …]::numeric[]} over the form's measures. */
  private String formSums(String form) {
    List<String> sums = new ArrayList<>();
    for (int k = 1; k <= widths.getOrDefault(form, 1); k++) {
      sums.add("coalesce(sum(r.measures[" + k + "]), 0)");
    }
    return "ARRAY[" + String.join(", ", sums) + "]::numeric[]";
  }

  private String fill(String floor, String sql, Map<String, String> local) {
    Matcher m = PARAMETER.matcher(sql);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String value = local.getOrDefault(m.group(1), parameters.get(m.group(1)));
      if (value == null) {
        throw new IllegalStateException("floor " + floor + " needs ${" + m.group(1) + "}");
      }
      m.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  private Object floor(Connection c, boolean national, List<String> statements) throws Exception {
    try (Statement s = c.createStatement()) {
      if (!national) {
        s.execute("SELECT set_config('shequ.tenant_id', '" + parameters.get("tenant") + "', true)");
      }
      for (String sql : statements) {
        try (ResultSet rs = s.executeQuery(sql)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int k = 1; k <= columns; k++) {
              rs.getObject(k);
            }
          }
        }
      }
    } finally {
      c.commit();
    }
    return null;
  }

  private static Object ok(java.net.http.HttpResponse<String> answer, Read read) {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + read.path() + " → " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  private static long timed(Benchmarks.Call call) throws Exception {
    long t0 = System.nanoTime();
    call.run();
    return System.nanoTime() - t0;
  }
}
