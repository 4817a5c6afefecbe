package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Every kind of bad input gets its own 4xx problem, and nothing of it is stored. */
class ReportInputTest extends ReportTestSupport {

  @BeforeEach
  void tree() {
    createTree();
  }

  @Test
  void everyFailingFieldIsListedInTheCallersLanguage() {
    var values = validValues();
    values.remove("democratic_consultation"); // required, but a draft may leave it empty
    values.put("social_workers_under_45", "ten"); // wrong type
    values.put("social_orgs", 5000); // above the maximum of 1,000
    values.put("sunshine_hours", 3); // not a field of the form
    String path = path(community, "2019");
    for (String lang : List.of("en", "zh-CN")) {
      reporter(community)
          .put()
          .uri(path)
          .header("Accept-Language", lang)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body(values))
          .exchange()
          .expectStatus()
          .isEqualTo(422)
          .expectHeader()
          .contentType("application/problem+json")
          .expectBody()
          .jsonPath("$.errors.length()")
          .isEqualTo(3)
          .jsonPath("$.errors[?(@.field == 'democratic_consultation')]")
          .isEmpty()
          .jsonPath("$.errors[?(@.field == 'social_workers_under_45')].code")
          .isEqualTo(List.of("type"))
          .jsonPath("$.errors[?(@.field == 'social_orgs')].code")
          .isEqualTo(List.of("max"))
          .jsonPath("$.errors[?(@.field == 'sunshine_hours')].code")
          .isEqualTo(List.of("unknown-field"))
          .jsonPath("$.errors[?(@.field == 'social_orgs')].message")
          .isEqualTo(
              List.of(
                  lang.equals("en")
                      ? "'Community social organisations' must be at most 1000"
                      : "“社区社会组织数”不能大于1000"));
    }
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void aBrokenErrorRuleIsRefusedAndNothingIsStored() {
    var values = validValues();
    values.put("social_workers_under_45", 4);
    values.put("certified_social_workers_under_45", 5);
    reporter(community)
        .put()
        .uri(path(community, "2019"))
        .header("Accept-Language", "zh")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body(values))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].field")
        .isEqualTo("certified_social_workers_under_45")
        .jsonPath("$.errors[0].code")
        .isEqualTo("certified-within-workers")
        .jsonPath("$.errors[0].message")
        .isEqualTo("持证社工人数不能多于45周岁以下社工人数");
    assertThat(versionCount(community, "2019")).isZero();
    values.put("certified_social_workers_under_45", 4);
    put(reporter(community), community, "2019", body(values), null).expectStatus().isCreated();
  }

  @Test
  void malformedBodiesGetAClearProblem() {
    String path = path(community, "2019");
    expectProblem(raw(path, "{\"values\": {", MediaType.APPLICATION_JSON), 400, "malformed-json");
    expectProblem(
        raw(path, "{\"values\": {}, \"colour\": 1}", MediaType.APPLICATION_JSON),
        400,
        "unknown-property");
    expectProblem(raw(path, "{\"values\": [1, 2]}", MediaType.APPLICATION_JSON), 400, "wrong-type");
    expectProblem(raw(path, "{}", MediaType.APPLICATION_JSON), 400, "values-required");
    expectProblem(raw(path, "values=1", MediaType.TEXT_PLAIN), 415, "unsupported-media-type");
    String huge = "{\"values\": {\"x\": \"" + "a".repeat(300 * 1024) + "\"}}";
    expectProblem(raw(path, huge, MediaType.APPLICATION_JSON), 413, "payload-too-large");
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void unknownFormsUnitsAndPeriodsAreNamed() {
    var reporter = admin();
    expectProblem(
        reporter
            .put()
            .uri("/api/v1/tenants/" + TENANT + "/reports/NO-SUCH-FORM/" + community + "/2019")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body(validValues()))
            .exchange(),
        404,
        "not-found");
    expectProblem(
        put(reporter, "nobody-" + community, "2019", body(validValues()), null), 404, "not-found");
    expectProblem(
        put(reporter, community, "2031", body(validValues()), null), 404, "period-outside-plan");
    expectProblem(
        put(reporter, community, "19x9", body(validValues()), null), 400, "invalid-period");
    // A street cannot fill in the community form.
    expectProblem(
        put(reporter, street, "2019", body(validValues()), null), 422, "form-not-for-org-unit");
    expectProblem(
        reporter
            .put()
            .uri("/api/v1/tenants/atlantis/reports/" + FORM + "/" + community + "/2019")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body(validValues()))
            .exchange(),
        404,
        "not-found");
    assertThat(versionCount(community, "2019")).isZero();
    assertThat(versionCount(street, "2019")).isZero();
  }

  @Test
  void scriptAndSqlShapedTextIsStoredVerbatimAsData() {
    String sql = "'); DROP TABLE report_version; --";
    String script = "<script>alert('x')</script>";
    reporter(community)
        .put()
        .uri(path(community, "2019"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", validValues(), "comment", sql + " " + script))
        .exchange()
        .expectStatus()
        .isCreated();
    String history =
        reporter(community)
                    .get()
                    .uri(path(community, "2019") + "/history")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_JSON)
                    .expectBody()
                    .jsonPath("$[0].comment")
                    .isEqualTo(sql + " " + script)
                    .returnResult()
                    .getResponseBodyContent()
                    .length
                > 0
            ? "ok"
            : "";
    assertThat(history).isEqualTo("ok");
    // The table is still there and still takes reports.
    put(reporter(community), community, "2019", body(validValues()), "\"1\"").expectStatus().isOk();
    assertThat(versionCount(community, "2019")).isEqualTo(2);
    // An org unit id shaped like SQL is just an id that does not exist.
    expectProblem(
        put(admin(), "x' OR '1'='1", "2019", body(validValues()), null), 404, "not-found");
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec raw(
      String path, String body, MediaType type) {
    return reporter(community).put().uri(path).contentType(type).bodyValue(body).exchange();
  }

  private static void expectProblem(
      org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
      int status,
      String type) {
    response
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentType("application/problem+json")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:" + type)
        .jsonPath("$.detail")
        .isNotEmpty();
  }
}
