package org.shequ.server.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.springframework.http.MediaType;

/**
 * The whole reporting calendar in one list: every form of every plan year, windows where set. On a
 * tenant of its own (shared with {@link ReportSummaryTest}, which leaves 2016 alone), so the
 * windows it sets change nothing other tests rely on.
 */
class CalendarWindowsTest extends ReportTestSupport {
  private static final String OWN = "test-review";
  private static final String CALENDAR = "/api/v1/tenants/" + OWN + "/calendar";

  @Test
  void everyFormOfEveryPlanYearIsListedWithItsWindowWhereOneIsSet() {
    set("2016", Map.of("opens", "2016-02-03", "closes", "2016-12-30"));
    regionAdmin(OWN)
        .get()
        .uri(CALENDAR + "/windows")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.tenant")
        .isEqualTo(OWN)
        // Xinbei's three forms, for each of its five years, in year and form order.
        .jsonPath("$.windows.length()")
        .isEqualTo(15)
        .jsonPath("$.windows[?(@.formCode == '" + FORM + "')].period")
        .isEqualTo(List.of("2016", "2017", "2018", "2019", "2020"))
        .jsonPath("$.windows[?(@.formCode == 'XB-STREET' && @.period == '2016')].opens")
        .isEqualTo(List.of())
        .jsonPath("$.windows[?(@.formCode == 'XB-STREET' && @.period == '2016')].level")
        .isEqualTo(List.of("STREET"))
        .jsonPath("$.windows[0].formCode")
        .isEqualTo(FORM)
        .jsonPath("$.windows[0].opens")
        .isEqualTo("2016-02-03")
        .jsonPath("$.windows[0].closes")
        .isEqualTo("2016-12-30")
        .jsonPath("$.windows[0].updatedBy")
        .isEqualTo("admin-" + OWN)
        .jsonPath("$.windows[0].updatedAt")
        .exists()
        .jsonPath("$.windows[0].plan")
        .isEqualTo("changzhou-xinbei-2016-2020")
        .jsonPath("$.windows[0].title.zh")
        .isEqualTo("新北区城乡社区年度发展情况表");

    // A reporter reads it too, one period and form at a time.
    as("reporter-cal", OWN, "anywhere", Role.REPORTER)
        .get()
        .uri(CALENDAR + "/windows?period=2016&formCode=" + FORM)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.windows.length()")
        .isEqualTo(1)
        .jsonPath("$.windows[0].closes")
        .isEqualTo("2016-12-30");
  }

  @Test
  void aPeriodWithoutAWindowIsListedWithoutDaysAndOtherFiltersNarrow() {
    regionAdmin(OWN)
        .get()
        .uri(CALENDAR + "/windows?period=2015")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.windows.length()")
        .isEqualTo(0);
    regionAdmin(OWN)
        .get()
        .uri(CALENDAR + "/windows?formCode=NO-SUCH-FORM")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.windows.length()")
        .isEqualTo(0);
    regionAdmin(OWN)
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
    as("admin-other", "test-xinbei", null, Role.REGION_ADMIN)
        .get()
        .uri(CALENDAR + "/windows")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private void set(String period, Map<String, String> window) {
    regionAdmin(OWN)
        .put()
        .uri(CALENDAR + "/" + FORM + "/" + period)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(window)
        .exchange()
        .expectStatus()
        .isOk();
  }
}
