package org.shequ.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.TestDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report changes reach open event streams through PostgreSQL: from the API, from another connection
 * (as another replica or a batch load writes), only once committed, only to those who may read the
 * tenant, and again after the LISTEN connection was killed.
 */
class LiveEventsTest extends ShequServerTest {
  private static final String TENANT = "test-reports";
  private static final String OTHER = "test-review";
  private static final String FORM = "XB-COMMUNITY";
  private static final String PLAN = "changzhou-xinbei-2016-2020";
  private static final String EVENTS = "/api/v1/tenants/" + TENANT + "/events";
  private static final String NATIONAL_EVENTS = "/api/v1/comparison/events";

  private static final Logger log = LoggerFactory.getLogger(LiveEventsTest.class);

  @Autowired JsonMapper json;

  @Test
  void anApprovalThroughTheApiReachesAnOpenDashboardWithinOneSecond() {
    String street = unit("STREET", null);
    String community = unit("COMMUNITY", street);
    WebTestClient reporter = patient(as("reporter-" + street, TENANT, street, Role.REPORTER));
    reporter
        .put()
        .uri(report(community, "2019"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", validValues()))
        .exchange()
        .expectStatus()
        .isCreated();
    reporter
        .post()
        .uri(report(community, "2019") + "/submit")
        .header("If-Match", "\"1\"")
        .exchange()
        .expectStatus()
        .isOk();

    try (Stream dashboard = open(regionAdmin(TENANT), EVENTS)) {
      ServerSentEvent<String> ready = dashboard.ready();
      assertThat(Instant.parse((String) data(ready).get("at")))
          .isBetween(Instant.now().minusSeconds(60), Instant.now());

      patient(regionAdmin(TENANT))
          .post()
          .uri(report(community, "2019") + "/approve")
          .header("If-Match", "\"2\"")
          .exchange()
          .expectStatus()
          .isOk();
      long approved = System.nanoTime();

      ServerSentEvent<String> change =
          dashboard.change(c -> "APPROVED".equals(c.get("status")), Duration.ofSeconds(1));
      Duration took = Duration.ofNanos(System.nanoTime() - approved);

      log.info("An approval reached the open stream {} ms after its answer", took.toMillis());
      assertThat(took).isLessThan(Duration.ofSeconds(1));
      assertThat(change.event()).isEqualTo("change");
      assertThat(Long.parseLong(change.id())).isPositive();
      Map<String, Object> data = data(change);
      // The tenant, form and period to re-read, and no unit or value (reporters listen too).
      assertThat(data.keySet())
          .containsExactlyInAnyOrder("tenant", "formCode", "period", "status", "at");
      assertThat(data)
          .containsEntry("tenant", TENANT)
          .containsEntry("formCode", FORM)
          .containsEntry("period", 2019)
          .containsEntry("status", "APPROVED");
      assertThat(Instant.parse((String) data.get("at")))
          .isBetween(Instant.now().minusSeconds(5), Instant.now());
    }
  }

  @Test
  void aChangeCommittedOnAnotherConnectionIsHeardOnceForAllReportsOfAStatement() throws Exception {
    String street = unit("STREET", null);
    String one = unit("COMMUNITY", street);
    String two = unit("COMMUNITY", street);

    try (Stream dashboard = open(regionAdmin(TENANT), EVENTS);
        Connection replica = owner()) {
      dashboard.ready();
      // A batch load on another connection: two reports in one statement, no API involved.
      insertVersions(replica, "2018", "SUBMITTED", one, two);

      ServerSentEvent<String> change = dashboard.nextChange(Duration.ofSeconds(1));
      assertThat(data(change))
          .containsEntry("tenant", TENANT)
          .containsEntry("period", 2018)
          .containsEntry("status", "SUBMITTED");
      assertThat(dashboard.changesWithin(Duration.ofMillis(500))).isEmpty();
    }
  }

  @Test
  void aRolledBackChangeAnnouncesNothing() throws Exception {
    String street = unit("STREET", null);
    String community = unit("COMMUNITY", street);

    try (Stream dashboard = open(regionAdmin(TENANT), EVENTS);
        Connection replica = owner()) {
      dashboard.ready();
      replica.setAutoCommit(false);
      insertVersions(replica, "2017", "DRAFT", community);
      replica.rollback();
      // The same write, committed, is announced; the rolled-back one, before it, never was.
      insertVersions(replica, "2016", "DRAFT", community);
      replica.commit();

      ServerSentEvent<String> change = dashboard.nextChange(Duration.ofSeconds(1));
      assertThat(data(change)).containsEntry("period", 2016).containsEntry("status", "DRAFT");
      assertThat(dashboard.changesWithin(Duration.ofMillis(500))).isEmpty();
    }
  }

  @Test
  void aSubscriberHearsOnlyTheTenantsItMayRead() throws Exception {
    String street = unit("STREET", null);
    WebTestClient reporter = as("reporter-" + street, TENANT, street, Role.REPORTER);

    try (Stream admin = open(regionAdmin(TENANT), EVENTS);
        Stream ownReporter = open(reporter, EVENTS);
        Stream national = open(nationalAnalyst(), NATIONAL_EVENTS);
        Connection replica = owner()) {
      admin.ready();
      ownReporter.ready();
      national.ready();

      announce(replica, OTHER, "2020", "APPROVED");
      announce(replica, TENANT, "2020", "RETURNED");

      for (Stream own : List.of(admin, ownReporter)) {
        assertThat(data(own.nextChange(Duration.ofSeconds(1))))
            .containsEntry("tenant", TENANT)
            .containsEntry("status", "RETURNED");
      }
      assertThat(data(national.nextChange(Duration.ofSeconds(1)))).containsEntry("tenant", OTHER);
      assertThat(data(national.nextChange(Duration.ofSeconds(1)))).containsEntry("tenant", TENANT);
      for (Stream own : List.of(admin, ownReporter)) {
        assertThat(own.changesWithin(Duration.ofMillis(300))).isEmpty();
      }
    }

    // Another tenant's stream is not there at all for them, exactly as its other routes.
    for (WebTestClient outsider : List.of(regionAdmin(TENANT), reporter)) {
      outsider
          .get()
          .uri("/api/v1/tenants/" + OTHER + "/events")
          .accept(MediaType.TEXT_EVENT_STREAM)
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentType("application/problem+json")
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:not-found");
    }
    regionAdmin(TENANT)
        .get()
        .uri(NATIONAL_EVENTS)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType("application/problem+json");
    client
        .get()
        .uri(EVENTS)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void theListenerReconnectsAfterItsConnectionIsKilledAndChangesFlowAgain() throws Exception {
    long connectionsBefore = liveHealth().connections();
    try (Stream before = open(nationalAnalyst(), NATIONAL_EVENTS);
        Connection replica = owner()) {
      before.ready();
      int killed;
      try (var st = replica.createStatement();
          var rs =
              st.executeQuery(
                  "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                      + " WHERE datname = current_database() AND application_name = '"
                      + ReportChangeListener.APPLICATION_NAME
                      + "' AND query ILIKE 'LISTEN%'")) {
        rs.next();
        killed = rs.getInt(1);
      }
      assertThat(killed).isEqualTo(1);
      // Changes made while nobody listened are lost to that stream: it ends, so its client
      // reconnects and re-reads.
      before.awaitEnd(Duration.ofSeconds(10));

      try (Stream after = open(nationalAnalyst(), NATIONAL_EVENTS)) {
        after.ready();
        announce(replica, TENANT, "2019", "SUBMITTED");
        assertThat(data(after.nextChange(Duration.ofSeconds(1))))
            .containsEntry("tenant", TENANT)
            .containsEntry("status", "SUBMITTED");
      }
    }
    Health health = liveHealth();
    assertThat(health.status()).isEqualTo("UP");
    assertThat(health.connections()).isGreaterThan(connectionsBefore);
  }

  @Test
  void healthSaysWhetherChangesAreHeard() {
    open(nationalAnalyst(), NATIONAL_EVENTS).close();
    platformAdmin()
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.live.status")
        .isEqualTo("UP")
        .jsonPath("$.components.live.details.listening")
        .isEqualTo(true)
        .jsonPath("$.components.live.details.channel")
        .isEqualTo("shequ_report_change");
  }

  private record Health(String status, long connections) {}

  private Health liveHealth() {
    Map<?, ?> body =
        platformAdmin()
            .get()
            .uri("/actuator/health")
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    Map<?, ?> live = (Map<?, ?>) ((Map<?, ?>) body.get("components")).get("live");
    Map<?, ?> details = (Map<?, ?>) live.get("details");
    return new Health(
        (String) live.get("status"), ((Number) details.get("connections")).longValue());
  }

  /** An open event stream and everything it received, in order. */
  private final class Stream implements AutoCloseable {
    private final BlockingQueue<ServerSentEvent<String>> received = new LinkedBlockingQueue<>();
    private final Disposable subscription;
    private volatile boolean ended;

    private Stream(Flux<ServerSentEvent<String>> events) {
      subscription = events.doFinally(signal -> ended = true).subscribe(received::add, error -> {});
    }

    /** The first event, which must be {@code ready}. */
    ServerSentEvent<String> ready() {
      ServerSentEvent<String> first = next(Duration.ofSeconds(30));
      assertThat(first.event()).isEqualTo("ready");
      return first;
    }

    ServerSentEvent<String> nextChange(Duration within) {
      return change(c -> true, within);
    }

    /** The next change event matching, skipping others, received within the time given. */
    ServerSentEvent<String> change(Predicate<Map<String, Object>> matching, Duration within) {
      long deadline = System.nanoTime() + within.toNanos();
      while (true) {
        ServerSentEvent<String> e = next(Duration.ofNanos(deadline - System.nanoTime()));
        if ("change".equals(e.event()) && matching.test(data(e))) {
          return e;
        }
      }
    }

    /** Every change event received within the time given. */
    List<ServerSentEvent<String>> changesWithin(Duration time) {
      long deadline = System.nanoTime() + time.toNanos();
      List<ServerSentEvent<String>> changes = new ArrayList<>();
      while (System.nanoTime() < deadline) {
        ServerSentEvent<String> e = poll(Duration.ofNanos(deadline - System.nanoTime()));
        if (e != null && "change".equals(e.event())) {
          changes.add(e);
        }
      }
      return changes;
    }

    void awaitEnd(Duration within) throws InterruptedException {
      long deadline = System.nanoTime() + within.toNanos();
      while (!ended && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(ended).as("the stream ended").isTrue();
    }

    /** The next event that is not a keep-alive comment. */
    private ServerSentEvent<String> next(Duration within) {
      long deadline = System.nanoTime() + within.toNanos();
      while (true) {
        ServerSentEvent<String> e = poll(Duration.ofNanos(deadline - System.nanoTime()));
        if (e == null) {
          return fail("no event within " + within);
        }
        if (e.event() != null) {
          return e;
        }
      }
    }

    private ServerSentEvent<String> poll(Duration within) {
      try {
        return received.poll(Math.max(0, within.toNanos()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      subscription.dispose();
    }
  }

  /** The client, waiting as long as a first request on a busy build machine may take. */
  private static WebTestClient patient(WebTestClient who) {
    return who.mutate().responseTimeout(Duration.ofSeconds(30)).build();
  }

  private Stream open(WebTestClient who, String uri) {
    Flux<ServerSentEvent<String>> events =
        patient(who)
            .get()
            .uri(uri)
            .accept(MediaType.TEXT_EVENT_STREAM)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
            .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
            .getResponseBody();
    return new Stream(events);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> data(ServerSentEvent<String> event) {
    return json.readValue(event.data(), Map.class);
  }

  private static String report(String orgUnit, String period) {
    return "/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + orgUnit + "/" + period;
  }

  /** A new org unit of the tenant, straight into the registry; its id. */
  private static String unit(String level, String parent) {
    String id =
        level.toLowerCase().substring(0, 2)
            + "-live-"
            + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = owner();
        var unit =
            c.prepareStatement(
                "INSERT INTO org_unit (tenant_id, org_unit_id, level) VALUES (?, ?, ?)");
        var version =
            c.prepareStatement(
                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from, parent_id,"
                    + " name_zh, area, change_kind, changed_by) VALUES (?, ?, DATE '2000-01-01',"
                    + " ?, ?, ?, 'CREATE', 'test')")) {
      unit.setString(1, TENANT);
      unit.setString(2, id);
      unit.setString(3, level);
      unit.executeUpdate();
      version.setString(1, TENANT);
      version.setString(2, id);
      version.setString(3, parent);
      version.setString(4, "单元 " + id);
      version.setString(5, parent == null ? null : "URBAN");
      version.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  /** Version 1 of each unit's report, in one statement, as a batch load would write it. */
  private void insertVersions(Connection c, String period, String status, String... units)
      throws SQLException {
    String action =
        switch (status) {
          case "DRAFT" -> "SAVE";
          case "SUBMITTED" -> "SUBMIT";
          case "APPROVED" -> "APPROVE";
          default -> "RETURN";
        };
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO report_version (tenant_id, form_code, org_unit_id, period, version,"
                + " plan_id, status, action, field_values, actor) VALUES ");
    for (int i = 0; i < units.length; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, 1, ?, ?, ?, ?::jsonb, 'batch-load')");
    }
    try (var insert = c.prepareStatement(sql.toString())) {
      int p = 1;
      for (String unit : units) {
        insert.setString(p++, TENANT);
        insert.setString(p++, FORM);
        insert.setString(p++, unit);
        insert.setString(p++, period);
        insert.setString(p++, PLAN);
        insert.setString(p++, status);
        insert.setString(p++, action);
        insert.setString(p++, json.writeValueAsString(validValues()));
      }
      insert.executeUpdate();
    }
  }

  /**
   * The notification the trigger sends, sent from another connection as another replica's would.
   */
  private static void announce(Connection c, String tenant, String period, String status)
      throws SQLException {
    try (var notify = c.prepareStatement("SELECT pg_notify('shequ_report_change', ?)")) {
      notify.setString(
          1,
          "{\"tenant\": \"%s\", \"formCode\": \"%s\", \"period\": %s, \"status\": \"%s\"}"
              .formatted(tenant, FORM, period, status));
      notify.executeQuery().close();
    }
  }

  private static Connection owner() throws SQLException {
    TestDatabase db = database();
    return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
  }

  private static Map<String, Object> validValues() {
    return Map.of(
        "premises_area", 800,
        "office_area", 100,
        "high_standard_harmonious", true,
        "social_workers_under_45", 10,
        "certified_social_workers_under_45", 5,
        "info_platform_functions_extended", true,
        "social_orgs", 8,
        "social_orgs_with_party_work", 4,
        "democratic_consultation", false);
  }
}
