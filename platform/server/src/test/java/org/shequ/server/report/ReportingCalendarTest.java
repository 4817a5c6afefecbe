package org.shequ.server.report;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The reporting calendar: late submissions are flagged, early ones refused. */
class ReportingCalendarTest extends ReportTestSupport {

  /** A window wide open, set back after each test so other tests of the period are unaffected. */
  private static final Map<String, String> ALWAYS_OPEN =
      Map.of("opens", "2000-01-01", "closes", "2099-12-31");

  @BeforeEach
  void tree() {
    createTree();
  }

  @Test
  void aSubmissionAfterTheClosingDayIsAcceptedAndFlaggedLate() {
    setCalendar("2017", Map.of("opens", "2017-01-01", "closes", "2018-01-31"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.closes")
        .isEqualTo("2018-01-31")
        .jsonPath("$.updatedBy")
        .isEqualTo("admin-" + TENANT);
    try {
      var reporter = reporter(community);
      put(reporter, community, "2017", body(validValues()), null).expectStatus().isCreated();
      step(reporter, community, "2017", "submit", "\"1\"", null)
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.late")
          .isEqualTo(true);
      reporter
          .get()
          .uri(path(community, "2017"))
          .exchange()
          .expectBody()
          .jsonPath("$.late")
          .isEqualTo(true)
          .jsonPath("$.status")
          .isEqualTo("SUBMITTED");
      // Approval keeps the flag: the report was still handed in late.
      step(admin(), community, "2017", "approve", "\"2\"", null)
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.late")
          .isEqualTo(true);
    } finally {
      setCalendar("2017", ALWAYS_OPEN).expectStatus().isOk();
    }
  }

  @Test
  void aSubmissionBeforeTheOpeningDayIsRefused() {
    setCalendar("2018", Map.of("opens", "2099-01-01", "closes", "2099-02-01"))
        .expectStatus()
        .isOk();
    try {
      var reporter = reporter(community);
      // Drafts may be prepared early; only the submission waits for the window.
      put(reporter, community, "2018", body(validValues()), null).expectStatus().isCreated();
      step(reporter, community, "2018", "submit", "\"1\"", null)
          .expectStatus()
          .isEqualTo(409)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:shequ:problem:reporting-not-open");
      reporter
          .get()
          .uri(path(community, "2018"))
          .exchange()
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo("DRAFT")
          .jsonPath("$.version")
          .isEqualTo(1);
    } finally {
      setCalendar("2018", ALWAYS_OPEN).expectStatus().isOk();
    }
  }

  @Test
  void onlyTheRegionAdminSetsTheCalendarAndOnlyAValidWindow() {
    calendar(reporter(community), "2019", ALWAYS_OPEN).expectStatus().isForbidden();
    calendar(nationalAnalyst(), "2019", ALWAYS_OPEN).expectStatus().isForbidden();
    calendar(regionAdmin("jiexiu"), "2019", ALWAYS_OPEN).expectStatus().isNotFound();
    setCalendar("2019", Map.of("opens", "2019-03-01", "closes", "2019-02-01"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("closes");
    setCalendar("2019", Map.of("opens", "soon", "closes", "2019-02-01"))
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType("application/problem+json");
    setCalendar("2031", ALWAYS_OPEN).expectStatus().isNotFound();
    setCalendar("2016", ALWAYS_OPEN).expectStatus().isOk();
    nationalAnalyst()
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/calendar/" + FORM + "/2016")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.opens")
        .isEqualTo("2000-01-01");
  }

  private WebTestClient.ResponseSpec setCalendar(String period, Map<String, String> window) {
    return calendar(admin(), period, window);
  }

  private WebTestClient.ResponseSpec calendar(
      WebTestClient who, String period, Map<String, String> window) {
    return who.put()
        .uri("/api/v1/tenants/" + TENANT + "/calendar/" + FORM + "/" + period)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(window)
        .exchange();
  }
}
