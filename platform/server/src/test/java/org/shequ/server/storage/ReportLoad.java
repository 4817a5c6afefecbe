package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestPaths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report writes over plain HTTP against a running server, as a client would make them, for the
 * crash tests: a tenant of its own on Changzhou Xinbei's plan, units created through the API, many
 * concurrent {@code PUT}s of distinct reports, and the check that every acknowledged one is there.
 */
final class ReportLoad {
  static final String TENANT = "test-crash";
  static final String FORM = "XB-COMMUNITY";
  static final List<String> PERIODS = List.of("2016", "2017", "2018", "2019", "2020");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One report write: its unit, period and the value that tells it apart. */
  record Write(String unit, String period, int socialOrgs) {}

  /** What the server answered to one write. */
  record Outcome(Write write, int status, String contentType, String retryAfter, String body) {
    boolean acknowledged() {
      return status / 100 == 2;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private String token;
  private String platformToken;

  ReportLoad(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /**
   * The embedded default on {@code dir/data} with only this load's tenant, the repository's plugins
   * and no demo data, as the embedded-database tests start it.
   */
  static RunningServer embeddedServer(Path dir) throws IOException {
    return RunningServer.start(
        "shequ.data-dir=" + dir.resolve("data"),
        "shequ.tenants-dir=" + tenantsDir(dir),
        "shequ.plugins-dir=" + TestPaths.pluginsDir(),
        "shequ.demo-data.enabled=false");
  }

  /** A tenants directory holding only this load's tenant. */
  static Path tenantsDir(Path parent) throws IOException {
    Path dir = Files.createDirectories(parent.resolve("tenants"));
    Files.writeString(
        dir.resolve(TENANT + ".yaml"),
        """
        id: test-crash
        name: {zh: 崩溃测试, en: Crash test}
        divisionCode: "990099"
        level: CITY
        plans: [changzhou-xinbei-2016-2020]
        """);
    return dir;
  }

  /** Signs in as the tenant's region administrator through the embedded token route. */
  ReportLoad signIn() throws Exception {
    HttpResponse<String> answer =
        send(
            "POST",
            "/api/v1/dev/token",
            Map.of("subject", "crash-admin", "tenant", TENANT, "roles", List.of("REGION_ADMIN")),
            false);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    token = JSON.readTree(answer.body()).get("access_token").asString();
    answer =
        send(
            "POST",
            "/api/v1/dev/token",
            Map.of("subject", "crash-ops", "roles", List.of("PLATFORM_ADMIN")),
            false);
    platformToken = JSON.readTree(answer.body()).get("access_token").asString();
    return this;
  }

  /** Creates a street with {@code count} communities through the API; their ids. */
  List<String> createCommunities(String prefix, int count) throws Exception {
    String street = prefix + "-street";
    created(
        Map.of(
            "id",
            street,
            "level",
            "STREET",
            "name",
            Map.of("zh", "街道 " + prefix),
            "effective",
            "2015-01-01"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = prefix + "-c" + i;
      created(
          Map.of(
              "id",
              id,
              "parentId",
              street,
              "level",
              "COMMUNITY",
              "area",
              "URBAN",
              "name",
              Map.of("zh", "社区 " + id),
              "population",
              1000,
              "effective",
              "2015-01-01"));
      ids.add(id);
    }
    return ids;
  }

  private void created(Map<String, Object> unit) throws Exception {
    HttpResponse<String> answer =
        send("POST", "/api/v1/tenants/" + TENANT + "/org-units", unit, true);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
  }

  /** One write of version 1 of a distinct report per unit and period. */
  static List<Write> writes(List<String> units) {
    List<Write> writes = new ArrayList<>();
    int n = 0;
    for (String period : PERIODS) {
      for (String unit : units) {
        writes.add(new Write(unit, period, 100 + n++ % 800));
      }
    }
    return writes;
  }

  /**
   * Sends the writes from {@code threads} concurrent clients, each as a careful client would: a
   * {@code 503} is retried with the same {@code Idempotency-Key} after a short pause (for at most a
   * minute), any other answer is final. {@code onAcknowledged} runs after every acknowledged write
   * with the count so far (to strike mid-load). Every answer to every attempt is kept.
   */
  List<Outcome> writeConcurrently(
      List<Write> writes, int threads, java.util.function.IntConsumer onAcknowledged)
      throws Exception {
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger acknowledged = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> clients = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      clients.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < writes.size();
                    i = next.getAndIncrement()) {
                  long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                  Outcome outcome;
                  do {
                    outcome = write(writes.get(i));
                    outcomes.add(outcome);
                    if (outcome.status() == 503) {
                      Thread.sleep(100);
                    }
                  } while (outcome.status() == 503 && System.nanoTime() < giveUp);
                  if (outcome.acknowledged()) {
                    onAcknowledged.accept(acknowledged.incrementAndGet());
                  }
                }
                return null;
              }));
    }
    for (Future<?> client : clients) {
      client.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    return outcomes;
  }

  private Outcome write(Write w) {
    try {
      HttpResponse<String> answer =
          send(
              "PUT",
              path(w),
              Map.of("values", values(w)),
              true,
              "Idempotency-Key",
              "crash-" + w.unit() + "-" + w.period());
      return new Outcome(
          w,
          answer.statusCode(),
          answer.headers().firstValue("Content-Type").orElse(""),
          answer.headers().firstValue("Retry-After").orElse(null),
          answer.body());
    } catch (Exception e) {
      // The server process itself is gone (or the request timed out): nothing was acknowledged.
      return new Outcome(w, -1, "", null, e.toString());
    }
  }

  /** Asserts that every write answered 2xx reads back with exactly what was written. */
  void assertEveryAcknowledgedWriteIsPresent(List<Outcome> outcomes) throws Exception {
    List<Outcome> acknowledged = outcomes.stream().filter(Outcome::acknowledged).toList();
    for (Outcome o : acknowledged) {
      HttpResponse<String> answer = send("GET", path(o.write()), null, true);
      assertThat(answer.statusCode()).as("acknowledged write %s answers", o.write()).isEqualTo(200);
      assertThat(JSON.readTree(answer.body()).at("/values/social_orgs").asInt())
          .as("acknowledged write %s holds its value", o.write())
          .isEqualTo(o.write().socialOrgs());
    }
  }

  /** The server's health document as a platform admin sees it, or null while it does not answer. */
  JsonNode health() {
    try {
      HttpResponse<String> answer =
          platformToken == null
              ? send("GET", "/actuator/health", null, false)
              : send(
                  "GET",
                  "/actuator/health",
                  null,
                  false,
                  "Authorization",
                  "Bearer " + platformToken);
      return JSON.readTree(answer.body());
    } catch (Exception e) {
      return null;
    }
  }

  boolean healthUp() {
    JsonNode health = health();
    return health != null && "UP".equals(health.path("status").asString());
  }

  private static String path(Write w) {
    return "/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + w.unit() + "/" + w.period();
  }

  private static Map<String, Object> values(Write w) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("premises_area", 800);
    v.put("office_area", 100);
    v.put("high_standard_harmonious", true);
    v.put("social_workers_under_45", 10);
    v.put("certified_social_workers_under_45", 5);
    v.put("info_platform_functions_extended", true);
    v.put("social_orgs", w.socialOrgs());
    v.put("social_orgs_with_party_work", 4);
    v.put("democratic_consultation", false);
    return v;
  }

  HttpResponse<String> send(
      String method, String path, Object body, boolean signedIn, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    if (signedIn) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
