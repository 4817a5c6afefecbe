package org.shequ.server.fuzz;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The fuzz test's own tenant (Changzhou Xinbei's plan) and the fresh units and reports each try
 * needs, made through the API by the region admin, so that a valid request reaches the deepest
 * checks and a refused one has something that must stay unchanged.
 */
final class FuzzTenant {
  static final String ID = "test-fuzz";
  static final String PLAN = "changzhou-xinbei-2016-2020";
  static final String FORM = "XB-COMMUNITY";
  static final String PERIOD = "2019";

  /** The period whose reporting window the calendar route changes (reports use another). */
  static final String CALENDAR_PERIOD = "2020";

  /** When fixture units start; changes are dated later, in the plan's period. */
  static final String FOUNDED = "2010-01-01";

  static final String CHANGED = "2015-06-01";

  private final WebTestClient admin;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final AtomicInteger counter = new AtomicInteger();
  private String street;
  private String otherStreet;

  FuzzTenant(WebTestClient admin) {
    // Fixtures are made on a busy test machine too: a slow answer is not a failure here.
    this.admin = admin.mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  /** A unit id no one has used: {@code fz-<prefix>-<run>-<n>}. */
  String newId(String prefix) {
    return "fz-" + prefix + "-" + run + "-" + counter.incrementAndGet();
  }

  /** The street every fixture community lies in. */
  String street() {
    if (street == null) {
      street = addStreet();
    }
    return street;
  }

  /** A second street, where moves go. */
  String otherStreet() {
    if (otherStreet == null) {
      otherStreet = addStreet();
    }
    return otherStreet;
  }

  private String addStreet() {
    String id = newId("s");
    add(
        Map.of(
            "id", id, "level", "STREET", "name", Map.of("zh", "模糊街道 " + id), "effective", FOUNDED));
    return id;
  }

  /** A new urban community in {@link #street()}, with no reports. */
  String community() {
    String id = newId("c");
    add(
        Map.of(
            "id",
            id,
            "parentId",
            street(),
            "level",
            "COMMUNITY",
            "area",
            "URBAN",
            "name",
            Map.of("zh", "模糊社区 " + id),
            "population",
            1000,
            "effective",
            FOUNDED));
    return id;
  }

  private void add(Map<String, Object> unit) {
    admin
        .post()
        .uri("/api/v1/tenants/" + ID + "/org-units")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(unit)
        .exchange()
        .expectStatus()
        .isCreated();
  }

  /** A unit's current revision, as its ETag says. */
  String revision(String unit) {
    return admin
        .get()
        .uri("/api/v1/tenants/" + ID + "/org-units/" + unit)
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(String.class)
        .getResponseHeaders()
        .getETag();
  }

  /** A report on a new community, in the given status, and its current ETag. */
  record Report(String path, String etag) {}

  Report report(String status) {
    String path = reportPath(community());
    String etag =
        admin
            .put()
            .uri(path)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("values", validValues(), "comment", "初稿"))
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(String.class)
            .getResponseHeaders()
            .getETag();
    String[] steps =
        switch (status) {
          case "DRAFT" -> new String[0];
          case "SUBMITTED" -> new String[] {"submit"};
          case "APPROVED" -> new String[] {"submit", "approve"};
          default -> throw new IllegalArgumentException(status);
        };
    for (String step : steps) {
      etag =
          admin
              .post()
              .uri(path + "/" + step)
              .header("If-Match", etag)
              .exchange()
              .expectStatus()
              .isOk()
              .returnResult(String.class)
              .getResponseHeaders()
              .getETag();
    }
    return new Report(path, etag);
  }

  static String reportPath(String community) {
    return "/api/v1/tenants/" + ID + "/reports/" + FORM + "/" + community + "/" + PERIOD;
  }

  /** A valid XB-COMMUNITY report: office space 100 m² of 800 m² premises. */
  static Map<String, Object> validValues() {
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
