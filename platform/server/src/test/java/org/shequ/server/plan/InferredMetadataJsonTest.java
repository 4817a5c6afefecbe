package org.shequ.server.plan;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;

/** The plan JSON says which metadata the document does not print, and why. */
class InferredMetadataJsonTest extends ShequServerTest {

  @Test
  void jiexiusIssueDateIsMarkedInferredFromThePublicationTime() {
    client
        .get()
        .uri("/api/v1/plans/jiexiu-2018-2020")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.issueDate")
        .isEqualTo("2018-03-02")
        .jsonPath("$.inferred.ISSUE_DATE")
        .value(
            reason -> org.assertj.core.api.Assertions.assertThat((String) reason).contains("发布时间"));
  }

  @Test
  void xiamenPrintsItsMetadataSoNothingIsInferred() {
    client
        .get()
        .uri("/api/v1/plans/xiamen-2016-2020")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.documentNumber")
        .isEqualTo("厦民〔2017〕235号")
        .jsonPath("$.inferred")
        .isEmpty();
  }

  @Test
  void thePlanListShowsTheInferredMetadataToo() {
    client
        .get()
        .uri("/api/v1/plans")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == 'jiexiu-2018-2020')].inferred.ISSUERS")
        .isNotEmpty();
  }
}
