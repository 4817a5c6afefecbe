package org.shequ.server.report;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;

/** The review routes a console or any other client uses are in the OpenAPI document. */
class ReviewOpenApiTest extends ShequServerTest {

  @Test
  void theReviewRoutesAndTheirFieldsAreDescribed() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/reports/summary'].get")
        .exists()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/reports/approve'].post")
        .exists()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/calendar/windows'].get")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/tenants/{tenantId}/reports'].get.parameters[?(@.name == 'under')]")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/tenants/{tenantId}/reports'].get.parameters[?(@.name =="
                + " 'warnings')]")
        .exists()
        .jsonPath("$.components.schemas.ReportListItem.properties.orgUnitName")
        .exists()
        .jsonPath("$.components.schemas.ReportListItem.properties.warningCount")
        .exists()
        .jsonPath("$.components.schemas.FormSummary.properties.counts")
        .exists()
        .jsonPath("$.components.schemas.ApprovalOutcome.properties.problem")
        .exists()
        .jsonPath("$.components.schemas.CalendarWindowEntry.properties.updatedBy")
        .exists();
  }
}
