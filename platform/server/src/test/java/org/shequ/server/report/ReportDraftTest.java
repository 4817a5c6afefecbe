package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Partial drafts: a reporter saves what it has so far and submits once complete; the draft says
 * what is missing. And {@code …/validate}, which checks values as a save would and stores nothing.
 */
class ReportDraftTest extends ReportTestSupport {
  static final List<String> ALL_BUT_PREMISES =
      List.of(
          "office_area",
          "high_standard_harmonious",
          "social_workers_under_45",
          "certified_social_workers_under_45",
          "info_platform_functions_extended",
          "social_orgs",
          "social_orgs_with_party_work",
          "democratic_consultation");

  @BeforeEach
  void tree() {
    createTree();
  }

  @Test
  void aHalfFilledDraftSavesListsWhatIsMissingAndCannotBeSubmittedUntilComplete() {
    var reporter = reporter(community);
    Map<String, Object> half = new LinkedHashMap<>();
    half.put("premises_area", 800);
    half.put("democratic_consultation", null); // cleared: the same as left out
    put(reporter, community, "2019", body(half), null)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DRAFT")
        .jsonPath("$.values.premises_area")
        .isEqualTo(800)
        .jsonPath("$.missing")
        .isEqualTo(ALL_BUT_PREMISES);
    reporter
        .get()
        .uri(path(community, "2019"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.missing")
        .isEqualTo(ALL_BUT_PREMISES);

    // Submit checks completeness: every empty field is named.
    reporter
        .post()
        .uri(path(community, "2019") + "/submit")
        .header("If-Match", "\"1\"")
        .header("Accept-Language", "en")
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:invalid-report")
        .jsonPath("$.errors[*].field")
        .isEqualTo(ALL_BUT_PREMISES)
        .jsonPath("$.errors[*].code")
        .value(codes -> assertThat((List<Object>) codes).containsOnly("required"));
    assertThat(versionCount(community, "2019")).isEqualTo(1);

    // Filled in, it has nothing missing and submits.
    put(reporter, community, "2019", body(validValues()), "\"1\"")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.missing")
        .isEqualTo(List.of());
    step(reporter, community, "2019", "submit", "\"2\"", null)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("SUBMITTED")
        .jsonPath("$.missing")
        .isEqualTo(List.of());
  }

  @Test
  void aDraftIsStillRefusedForAWrongTypeALimitOrABrokenRule() {
    var reporter = reporter(community);
    put(reporter, community, "2019", body(Map.of("social_workers_under_45", "ten")), null)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].field")
        .isEqualTo("social_workers_under_45")
        .jsonPath("$.errors[0].code")
        .isEqualTo("type");
    put(reporter, community, "2019", body(Map.of("social_orgs", 5000)), null)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("max");
    // Rules between the fields given are checked even while others are empty.
    put(
            reporter,
            community,
            "2019",
            body(Map.of("social_workers_under_45", 4, "certified_social_workers_under_45", 5)),
            null)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("certified-within-workers");
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void validateAnswersErrorsWarningsAndMissingFieldsInTheCallersLanguageAndStoresNothing() {
    var reporter = reporter(street);
    Map<String, Object> partial = new LinkedHashMap<>();
    partial.put("premises_area", 500);
    partial.put("office_area", 150); // 30% of the premises: a warning
    partial.put("social_orgs", 5000); // above 1,000: an error
    validate(reporter, community, partial, "zh-CN")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].field")
        .isEqualTo("social_orgs")
        .jsonPath("$.errors[0].code")
        .isEqualTo("max")
        .jsonPath("$.errors[0].message")
        .isEqualTo("“社区社会组织数”不能大于1000")
        // Rules run only once every given field is valid, as on a save.
        .jsonPath("$.warnings.length()")
        .isEqualTo(0)
        .jsonPath("$.submittable")
        .isEqualTo(false);

    partial.put("social_orgs", 8);
    validate(reporter, community, partial, "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(0)
        .jsonPath("$.warnings[0].field")
        .isEqualTo("office_area")
        .jsonPath("$.warnings[0].code")
        .isEqualTo("office-area-within-20-percent")
        .jsonPath("$.warnings[0].message")
        .isEqualTo(
            "Office space for community staff is above 20% of the community premises area (plan"
                + " target: within 20%)")
        .jsonPath("$.missing")
        .isEqualTo(
            List.of(
                "high_standard_harmonious",
                "social_workers_under_45",
                "certified_social_workers_under_45",
                "info_platform_functions_extended",
                "social_orgs_with_party_work",
                "democratic_consultation"))
        .jsonPath("$.submittable")
        .isEqualTo(false);

    validate(reporter, community, validValues(), "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(0)
        .jsonPath("$.missing")
        .isEqualTo(List.of())
        .jsonPath("$.submittable")
        .isEqualTo(true);
    assertThat(versionCount(community, "2019")).isZero();
  }

  @Test
  void validateIsOpenToWhoeverMaySaveTheReportAndToNobodyElse() {
    validate(reporter(otherCommunity), community, validValues(), "en").expectStatus().isNotFound();
    validate(nationalAnalyst(), community, validValues(), "en").expectStatus().isForbidden();
    validate(regionAdmin("test-xinbei"), community, validValues(), "en")
        .expectStatus()
        .isNotFound();
    validate(admin(), community, validValues(), "en").expectStatus().isOk();
    // A street does not file the community form, as a save would say.
    validate(admin(), street, validValues(), "en")
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:form-not-for-org-unit");
    reporter(community)
        .post()
        .uri(path(community, "2019") + "/validate")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  private WebTestClient.ResponseSpec validate(
      WebTestClient who, String orgUnit, Map<String, Object> values, String language) {
    return who.post()
        .uri(path(orgUnit, "2019") + "/validate")
        .header("Accept-Language", language)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body(values))
        .exchange();
  }
}
