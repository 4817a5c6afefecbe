package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shequ.server.security.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every combination of the four roles × every write route: a combination writes exactly what its
 * strongest single role may write, never more (two roles do not add up to a wider write), and a
 * refused write stores nothing. The callers belong to the tenant and report for one street.
 */
class WriteRoleMatrixTest extends ReportTestSupport {
  private static final String BOUNDARY = "shequ-matrix-boundary";
  private static final int ROUTES = 18;

  /** A rebuild of the roll-ups may take a while on a busy machine; it is not what is tested. */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  /** The tenant's region admin, who sets up each combination's reports. */
  private WebTestClient admin;

  @BeforeEach
  void theRegionAdmin() {
    admin = admin().mutate().responseTimeout(PATIENCE).build();
  }

  /** Where a route writes, as far as a reporter's reach is concerned. */
  private enum Place {
    OWN_SUBTREE,
    ELSEWHERE_IN_TENANT,
    PLATFORM
  }

  /** What each route changes, as the single-role rules name it. */
  private enum Change {
    SAVE_REPORT,
    SUBMIT_REPORT,
    REVIEW_REPORT,
    SET_CALENDAR,
    CHANGE_ORG_UNITS,
    REBUILD_ROLLUPS
  }

  /**
   * One write: what it changes and where, how to send it, the status it gets when allowed, and a
   * probe of what it would store (null when it stores nothing a reader could count).
   */
  private record Route(
      String name,
      Change change,
      Place place,
      Function<WebTestClient, EntityExchangeResult<String>> send,
      int allowedStatus,
      Supplier<Object> stored) {}

  /** The rules, one role at a time: whether {@code role} alone allows the change there. */
  private static boolean singleRoleAllows(Role role, Change change, Place place) {
    return switch (role) {
      case REGION_ADMIN -> place != Place.PLATFORM && change != Change.REBUILD_ROLLUPS;
      case REPORTER ->
          place == Place.OWN_SUBTREE
              && (change == Change.SAVE_REPORT || change == Change.SUBMIT_REPORT);
      case NATIONAL_ANALYST -> false;
      case PLATFORM_ADMIN -> change == Change.REBUILD_ROLLUPS;
    };
  }

  /** Where the callers' roles come from: their tokens' claims, or memberships kept in Shequ. */
  enum Source {
    CLAIMS,
    MEMBERSHIP
  }

  /**
   * The combinations a caller of that source can hold: any, by claims; by membership, those of one
   * tenant member (tenant roles) or of one platform member (platform roles).
   */
  private static List<Set<Role>> combinations(Source source) {
    Set<Role> tenantRoles = EnumSet.of(Role.REGION_ADMIN, Role.REPORTER);
    return source == Source.CLAIMS
        ? combinations()
        : combinations().stream()
            .filter(
                roles ->
                    tenantRoles.containsAll(roles)
                        || roles.stream().noneMatch(tenantRoles::contains))
            .toList();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void noCombinationOfRolesWritesMoreThanItsStrongestRole(Source source) throws Exception {
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger checked = new AtomicInteger();
    List<Set<Role>> combinations = combinations(source);
    assertThat(combinations).hasSize(source == Source.CLAIMS ? 15 : 6);
    // The combinations are independent (each has its own units): check a few at once.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (Set<Role> roles : combinations) {
        runs.add(pool.submit(() -> check(source, roles, failures, checked)));
      }
      for (var run : runs) {
        run.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).isEmpty();
    assertThat(checked.get()).isEqualTo(combinations.size() * ROUTES);
  }

  private void check(Source source, Set<Role> roles, List<String> failures, AtomicInteger checked) {
    Fixture f = new Fixture("matrix-" + UUID.randomUUID());
    WebTestClient caller =
        (source == Source.CLAIMS
                ? as(f.subject, TENANT, f.street, roles.toArray(Role[]::new))
                : member(f, roles))
            .mutate()
            .responseTimeout(PATIENCE)
            .build();
    for (Route route : f.routes()) {
      boolean allowed =
          roles.stream().anyMatch(r -> singleRoleAllows(r, route.change(), route.place()));
      Object before = route.stored() == null ? "" : route.stored().get();
      var result = route.send().apply(caller);
      Object after = route.stored() == null ? "changed" : route.stored().get();
      int status = result.getStatus().value();
      String what = roles + " " + route.name() + " → " + status + " " + result.getResponseBody();
      checked.incrementAndGet();
      if (allowed) {
        if (status != route.allowedStatus() || before.equals(after)) {
          failures.add("should be allowed: " + what);
        }
      } else {
        String type = String.valueOf(result.getResponseHeaders().getContentType());
        if ((status != 403 && status != 404)
            || !type.startsWith("application/problem+json")
            || (route.stored() != null && !before.equals(after))) {
          failures.add("should be refused with nothing stored: " + what);
        }
      }
    }
  }

  /**
   * A member holding the roles (of the tenant, reporting for the callers' street; or of the
   * platform), and a client whose token names only its identity.
   */
  private WebTestClient member(Fixture f, Set<Role> roles) {
    boolean ofTenant = roles.contains(Role.REGION_ADMIN) || roles.contains(Role.REPORTER);
    platformAdmin()
        .post()
        .uri(ofTenant ? "/api/v1/tenants/" + TENANT + "/members" : "/api/v1/platform/members")
        .bodyValue(
            ofTenant
                ? Map.of("username", f.subject, "roles", roles, "orgUnits", List.of(f.street))
                : Map.of("username", f.subject, "roles", roles))
        .exchange()
        .expectStatus()
        .isCreated();
    String token = tokens.issue(f.subject, null, List.of(), null);
    return client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
  }

  /** Every non-empty set of roles: 15 of them. */
  private static List<Set<Role>> combinations() {
    Role[] all = Role.values();
    List<Set<Role>> out = new ArrayList<>();
    for (int mask = 1; mask < (1 << all.length); mask++) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (int i = 0; i < all.length; i++) {
        if ((mask & (1 << i)) != 0) {
          roles.add(all[i]);
        }
      }
      out.add(roles);
    }
    return out;
  }

  /**
   * A fresh tree and fresh reports, so each combination finds every report in the state its route
   * needs: in the callers' street, a community with an approved report (2016), two submitted ones
   * (2017, 2018) and two drafts (2019, 2020); in the other street, a community with two drafts; on
   * each side a community with no report yet; and org units to edit, move, deactivate, split and
   * merge.
   */
  private final class Fixture {
    final String s = UUID.randomUUID().toString().substring(0, 8);
    final String street = "st-" + s;
    final String community = "co-" + s;
    final String otherStreet = "st2-" + s;
    final String otherCommunity = "co2-" + s;
    final String ownNew = "co3-" + s;
    final String otherNew = "co4-" + s;
    final String subject;

    Fixture(String subject) {
      this.subject = subject;
      insertUnit(TENANT, street, "STREET", null, null);
      insertUnit(TENANT, otherStreet, "STREET", null, null);
      insertUnit(TENANT, community, "COMMUNITY", street, "URBAN");
      insertUnit(TENANT, ownNew, "COMMUNITY", street, "URBAN");
      insertUnit(TENANT, otherCommunity, "COMMUNITY", otherStreet, "RURAL");
      insertUnit(TENANT, otherNew, "COMMUNITY", otherStreet, "RURAL");
      for (String unit : List.of("e", "m", "d", "s", "ma", "mb")) {
        insertUnit(TENANT, "ou-" + unit + "-" + s, "COMMUNITY", street, "URBAN");
      }
      for (String period : List.of("2016", "2017", "2018", "2019", "2020")) {
        put(admin, community, period, body(validValues()), null).expectStatus().isCreated();
      }
      for (String period : List.of("2016", "2017", "2018")) {
        step(admin, community, period, "submit", "\"1\"", null).expectStatus().isOk();
      }
      step(admin, community, "2016", "approve", "\"2\"", null).expectStatus().isOk();
      for (String period : List.of("2019", "2020")) {
        put(admin, otherCommunity, period, body(validValues()), null).expectStatus().isCreated();
      }
    }

    List<Route> routes() {
      String units = "/api/v1/tenants/" + TENANT + "/org-units";
      List<Route> routes = new ArrayList<>();
      for (Place place : List.of(Place.OWN_SUBTREE, Place.ELSEWHERE_IN_TENANT)) {
        String unit = place == Place.OWN_SUBTREE ? community : otherCommunity;
        String fresh = place == Place.OWN_SUBTREE ? ownNew : otherNew;
        String where = place == Place.OWN_SUBTREE ? " (own subtree)" : " (elsewhere)";
        routes.add(
            new Route(
                "create report" + where,
                Change.SAVE_REPORT,
                place,
                c -> result(put(c, fresh, "2019", body(validValues()), null)),
                201,
                () -> versionCount(fresh, "2019")));
        routes.add(
            new Route(
                "update report" + where,
                Change.SAVE_REPORT,
                place,
                c -> result(put(c, unit, "2019", body(validValues()), "\"1\"")),
                200,
                () -> versionCount(unit, "2019")));
        routes.add(reportStep("submit", Change.SUBMIT_REPORT, place, unit, "2020", 1, where));
      }
      // Review is the region admin's alone: tried where the reporter role is strongest.
      String own = " (own subtree)";
      routes.add(
          reportStep(
              "approve", Change.REVIEW_REPORT, Place.OWN_SUBTREE, community, "2017", 2, own));
      routes.add(
          reportStep("return", Change.REVIEW_REPORT, Place.OWN_SUBTREE, community, "2018", 2, own));
      routes.add(
          reportStep("reopen", Change.REVIEW_REPORT, Place.OWN_SUBTREE, community, "2016", 3, own));
      routes.add(
          new Route(
              "set calendar",
              Change.SET_CALENDAR,
              Place.ELSEWHERE_IN_TENANT,
              c ->
                  result(
                      c.put()
                          .uri("/api/v1/tenants/" + TENANT + "/calendar/" + FORM + "/2019")
                          .contentType(MediaType.APPLICATION_JSON)
                          .bodyValue(Map.of("opens", "2019-01-01", "closes", "2020-03-31"))
                          .exchange()),
              200,
              () -> count("audit_log", "action = 'calendar.set' AND actor = :s", subject)));
      routes.add(
          orgUnitRoute(
              "add org unit",
              c ->
                  c.post()
                      .uri(units)
                      .bodyValue(
                          Map.of(
                              "id",
                              "ou-n-" + s,
                              "parentId",
                              street,
                              "level",
                              "COMMUNITY",
                              "area",
                              "URBAN",
                              "name",
                              Map.of("zh", "新社区")))
                      .exchange(),
              201,
              s));
      routes.add(
          orgUnitRoute(
              "edit org unit",
              c ->
                  c.patch()
                      .uri(units + "/ou-e-" + s)
                      .bodyValue(Map.of("population", 1234))
                      .exchange(),
              200,
              s));
      routes.add(
          orgUnitRoute(
              "move org unit",
              c ->
                  c.post()
                      .uri(units + "/ou-m-" + s + "/move")
                      .bodyValue(Map.of("parentId", otherStreet))
                      .exchange(),
              200,
              s));
      routes.add(
          orgUnitRoute(
              "deactivate org unit",
              c ->
                  c.post().uri(units + "/ou-d-" + s + "/deactivate").bodyValue(Map.of()).exchange(),
              200,
              s));
      routes.add(
          orgUnitRoute(
              "split org unit",
              c ->
                  c.post()
                      .uri(units + "/ou-s-" + s + "/split")
                      .bodyValue(
                          Map.of(
                              "into",
                              List.of(
                                  Map.of("id", "ou-s1-" + s, "area", "URBAN", "name", name("一")),
                                  Map.of("id", "ou-s2-" + s, "area", "URBAN", "name", name("二")))))
                      .exchange(),
              201,
              s));
      routes.add(
          orgUnitRoute(
              "merge org units",
              c ->
                  c.post()
                      .uri(units + "/merge")
                      .bodyValue(
                          Map.of(
                              "from",
                              List.of("ou-ma-" + s, "ou-mb-" + s),
                              "into",
                              Map.of("id", "ou-mm-" + s, "area", "URBAN", "name", name("合"))))
                      .exchange(),
              201,
              s));
      routes.add(
          orgUnitRoute(
              "import org units",
              c ->
                  c.post()
                      .uri(units + "/import")
                      .contentType(
                          MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
                      .bodyValue(
                          multipart(
                              "id,name,level,parent,area\r\nou-i-"
                                  + s
                                  + ",导入社区,COMMUNITY,"
                                  + street
                                  + ",URBAN\r\n"))
                      .exchange(),
              200,
              s));
      routes.add(
          new Route(
              "rebuild progress roll-ups",
              Change.REBUILD_ROLLUPS,
              Place.PLATFORM,
              c ->
                  result(
                      c.post()
                          .uri("/api/v1/platform/progress-rollups/rebuild?all=false")
                          .exchange()),
              200,
              // A rebuild stores only figures derived from the reports: nothing to count.
              null));
      return routes;
    }
  }

  private Route reportStep(
      String action,
      Change change,
      Place place,
      String unit,
      String period,
      int version,
      String where) {
    return new Route(
        action + " report" + where,
        change,
        place,
        c ->
            result(
                step(
                    c,
                    unit,
                    period,
                    action,
                    "\"" + version + "\"",
                    action.equals("return") ? "please check" : null)),
        200,
        () -> versionCount(unit, period));
  }

  private Route orgUnitRoute(
      String name,
      Function<WebTestClient, WebTestClient.ResponseSpec> send,
      int allowedStatus,
      String suffix) {
    return new Route(
        name,
        Change.CHANGE_ORG_UNITS,
        Place.ELSEWHERE_IN_TENANT,
        c -> result(send.apply(c)),
        allowedStatus,
        // Every version of every unit this combination's fixtures and routes name.
        () -> count("org_unit_version", "org_unit_id LIKE :s", "%-" + suffix));
  }

  private static Map<String, String> name(String zh) {
    return Map.of("zh", "矩阵社区" + zh);
  }

  private static EntityExchangeResult<String> result(WebTestClient.ResponseSpec spec) {
    return spec.expectBody(String.class).returnResult();
  }

  private long count(String table, String where, String like) {
    return database
        .inTenantOne(
            TENANT,
            db -> {
              var spec = db.sql("SELECT count(*) AS n FROM " + table + " WHERE " + where);
              if (where.contains(":s")) {
                spec = spec.bind("s", like);
              }
              return spec.map(r -> r.get("n", Long.class)).one();
            })
        .block(Duration.ofSeconds(10));
  }

  /** A multipart body with a fixed boundary (the client's own draws one from a blocking source). */
  private static byte[] multipart(String csv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"units.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
