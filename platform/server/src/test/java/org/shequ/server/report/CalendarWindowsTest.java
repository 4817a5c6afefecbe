package org.shequ.server.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The whole reporting calendar in one list: every form of every plan year, windows where set. */
class CalendarWindowsTest extends ReportTestSupport {
  private static final String CALENDAR = "/api/v1/tenants/" + TENANT + "/calendar";

  @Test
  void everyFormOfEveryPlanYearIsListedWithItsWindowWhereOneIsSet() {
    // Wide open (other tests submit in 2020), but a window of its own to find in the list.
    set("2020", Map.of("opens", "2001-02-03", "closes", "2099-12-30"));
    try {
      admin()
          .get()
          .uri(CALENDAR + "/windows")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.tenant")
          .isEqualTo(TENANT)
          // Xinbei's three forms, for each of its five years.
          .jsonPath("$.windows.length()")
          .isEqualTo(15)
          .jsonPath("$.windows[?(@.formCode == '" + FORM + "')].period")
          .isEqualTo(List.of("2016", "2017", "2018", "2019", "2020"))
          .jsonPath("$.windows[?(@.formCode == 'XB-STREET' && @.period == '2020')].opens")
          .isEqualTo(List.of())
          .jsonPath("$.windows[?(@.formCode == 'XB-STREET' && @.period == '2020')].level")
          .isEqualTo(List.of("STREET"))
          .jsonPath("$.windows[12].opens")
          .isEqualTo("2001-02-03")
          .jsonPath("$.windows[12].closes")
          .isEqualTo("2099-12-30")
          .jsonPath("$.windows[12].updatedBy")
          .isEqualTo("admin-" + TENANT)
          .jsonPath("$.windows[12].updatedAt")
          .exists()
          .jsonPath("$.windows[12].plan")
          .isEqualTo("changzhou-xinbei-2016-2020")
          .jsonPath("$.windows[12].title.zh")
          .isEqualTo("新北区城乡社区年度发展情况表");

      // A reporter reads it too, one period at a time.
      reporter("anyone")
          .get()
          .uri(CALENDAR + "/windows?period=2020&formCode=" + FORM)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.windows.length()")
          .isEqualTo(1)
          .jsonPath("$.windows[0].closes")
          .isEqualTo("2099-12-30");
    } finally {
      set("2020", Map.of("opens", "2000-01-01", "closes", "2099-12-31"));
    }
  }

  @Test
  void aPeriodWithoutAWindowIsListedWithoutDaysAndOtherFiltersNarrow() {
    admin()
        .get()
        .uri(CALENDAR + "/windows?period=2015")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.windows.length()")
        .isEqualTo(0);
    admin()
        .get()
        .uri(CALENDAR + "/windows?formCode=NO-SUCH-FORM")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.windows.length()")
        .isEqualTo(0);
    admin()
        .get()
        .uri(CALENDAR + "/windows?period=20x6")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:invalid-period");
  }

  @Test
  void anotherTenantsCalendarIsNotFound() {
    as("admin-other", "test-xinbei", null, org.shequ.server.security.Role.REGION_ADMIN)
        .get()
        .uri(CALENDAR + "/windows")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private void set(String period, Map<String, String> window) {
    WebTestClient admin = admin();
    admin
        .put()
        .uri(CALENDAR + "/" + FORM + "/" + period)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(window)
        .exchange()
        .expectStatus()
        .isOk();
  }
}
