package org.shequ.plugins.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.Plan;

/** The review's page prints neither source nor date: both are marked inferred, with the reason. */
class NationalMetadataTest {
  private static final Plan PLAN = new NationalPlanModule().plan();

  @Test
  void issuerAndIssueDateAreInferredFromTheConferenceThePageBelongsTo() {
    assertThat(PLAN.issueDate()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(PLAN.inferred()).containsOnlyKeys(MetadataField.ISSUERS, MetadataField.ISSUE_DATE);
    assertThat(PLAN.inferred().get(MetadataField.ISSUE_DATE))
        .contains("“时间:”为空")
        .contains("2021年全国民政工作会议");
    assertThat(PLAN.inferred().get(MetadataField.ISSUERS)).contains("“来源:”为空").contains("民政部");
  }

  @Test
  void aReviewHasNoDocumentNumberToInfer() {
    assertThat(PLAN.documentNumber()).isNull();
    assertThat(PLAN.inferredReason(MetadataField.DOCUMENT_NUMBER)).isEmpty();
  }
}
