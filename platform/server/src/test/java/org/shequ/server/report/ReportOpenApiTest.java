package org.shequ.server.report;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;

/** The OpenAPI document describes the routes a reporter's client needs, with their fields. */
class ReportOpenApiTest extends ShequServerTest {

  @Test
  void myWorkValidateAndTheMissingFieldsAreDescribed() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/v1/tenants/{tenantId}/my-work'].get")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/tenants/{tenantId}/reports/{formCode}/{orgUnitId}/{period}/validate']"
                + ".post")
        .exists()
        .jsonPath("$.components.schemas.MyWork.properties.periods")
        .exists()
        .jsonPath("$.components.schemas.WorkItem.properties.late")
        .exists()
        .jsonPath("$.components.schemas.WorkItem.properties.status.enum")
        .isArray()
        .jsonPath("$.components.schemas.ReportCheckView.properties.submittable")
        .exists()
        .jsonPath("$.components.schemas.ReportView.properties.missing")
        .exists();
  }
}
