package org.shequ.server.progress;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;

/** The OpenAPI document describes the progress views with their new fields. */
class ProgressOpenApiTest extends ShequServerTest {

  @Test
  void theProgressViewsAreDescribedWithTheirFields() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.components.schemas.IndicatorProgress.properties.perUnitClause")
        .exists()
        .jsonPath("$.components.schemas.IndicatorProgress.properties.unknown")
        .exists()
        .jsonPath("$.components.schemas.IndicatorProgress.properties.areas")
        .exists()
        .jsonPath("$.components.schemas.ProgressView.properties.minimumReportingRate")
        .exists()
        .jsonPath("$.components.schemas.Child.properties.areas")
        .exists()
        .jsonPath("$.components.schemas.MilestoneView.properties.appliesTo")
        .exists()
        .jsonPath("$.components.schemas.MilestoneView.properties.month")
        .exists()
        .jsonPath("$.components.schemas.ProgressView.properties.groups")
        .exists()
        .jsonPath("$.components.schemas.ProgressView.properties.planPeriod")
        .exists()
        .jsonPath("$.components.schemas.IndicatorProgress.properties.group")
        .exists()
        .jsonPath("$.components.schemas.IndicatorProgress.properties.provenance")
        .exists()
        .jsonPath("$.components.schemas.IndicatorProgress.properties.milestones")
        .exists()
        .jsonPath("$.components.schemas.IndicatorProgress.properties.history")
        .exists()
        .jsonPath("$.components.schemas.IndicatorProgress.properties.stages")
        .exists()
        .jsonPath("$.components.schemas.FigureView.properties.provenance")
        .exists()
        .jsonPath("$.components.schemas.YearActual.properties.reports")
        .exists()
        .jsonPath("$.components.schemas.IndicatorGroup.properties.indicators")
        .exists();
  }
}
