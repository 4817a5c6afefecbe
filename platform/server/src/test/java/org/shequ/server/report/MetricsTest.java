package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code /actuator/prometheus} is for platform admins: it shows the requests per route, the reports
 * ingested by single and batch writes, the roll-up lag and the plugins by state.
 */
class MetricsTest extends ReportTestSupport {
  private static final String PROMETHEUS = "/actuator/prometheus";

  @BeforeEach
  void tree() {
    createTree();
  }

  @Test
  void onlyPlatformAdminsReadTheMetrics() {
    client
        .get()
        .uri(PROMETHEUS)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    for (WebTestClient other : List.of(admin(), nationalAnalyst(), reporter(community))) {
      other
          .get()
          .uri(PROMETHEUS)
          .exchange()
          .expectStatus()
          .isForbidden()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  @Test
  void aPlatformAdminSeesRequestsReportsIngestedRollupLagAndPlugins() {
    String third = community + "-3";
    insertUnit(TENANT, third, "COMMUNITY", street, "URBAN");
    String before = scrape();
    put(reporter(community), community, "2019", body(validValues()), null)
        .expectStatus()
        .isCreated();
    admin()
        .post()
        .uri(
            "/api/v1/tenants/"
                + TENANT
                + "/reports/batch?form="
                + FORM
                + "&period=2019&action=save")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            List.of(
                Map.of("orgUnit", third, "values", validValues()),
                Map.of("orgUnit", otherCommunity, "values", validValues())))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CREATED);

    String after = scrape();
    assertThat(sum(after, "shequ_reports_ingested_total", "route=\"single\""))
        .isEqualTo(sum(before, "shequ_reports_ingested_total", "route=\"single\"") + 1);
    assertThat(sum(after, "shequ_reports_ingested_total", "route=\"batch\""))
        .isEqualTo(sum(before, "shequ_reports_ingested_total", "route=\"batch\"") + 2);
    // Requests by route template, not by the path with its ids.
    assertThat(
            sum(
                after,
                "http_server_requests_seconds_count",
                "uri=\"/api/v1/tenants/{tenantId}/reports/{formCode}/{orgUnitId}/{period}\""))
        .as("%s", lines(after, "http_server_requests"))
        .isGreaterThanOrEqualTo(1);
    assertThat(after).doesNotContain("uri=\"" + path(community, "2019") + "\"");
    assertThat(sum(after, "shequ_progress_rollup_lag_seconds", "")).isGreaterThanOrEqualTo(0);
    assertThat(after).contains("shequ_progress_rollup_lag_seconds");
    // The build's plan plugins, all loaded.
    assertThat(sum(after, "shequ_plugins", "state=\"loaded\"")).isGreaterThanOrEqualTo(5);
    assertThat(sum(after, "shequ_plugins", "state=\"refused\"")).isZero();
  }

  private String scrape() {
    return platformAdmin()
        .get()
        .uri(PROMETHEUS)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  /** The lines of {@code text} that start with {@code prefix}, for a failure's message. */
  private static String lines(String text, String prefix) {
    return text.lines()
        .filter(l -> l.startsWith(prefix))
        .limit(40)
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /**
   * The sum of the samples of {@code metric} whose labels contain {@code label} (label values may
   * hold braces: route templates do).
   */
  private static double sum(String text, String metric, String label) {
    Matcher m =
        Pattern.compile("^" + Pattern.quote(metric) + "(\\{.*\\})?\\s+(\\S+)$", Pattern.MULTILINE)
            .matcher(text);
    double total = 0;
    while (m.find()) {
      String labels = m.group(1) == null ? "" : m.group(1);
      if (labels.contains(label)) {
        total += Double.parseDouble(m.group(2));
      }
    }
    return total;
  }
}
