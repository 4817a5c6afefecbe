package org.shequ.plugins.jiexiu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.Plan;

/** The text is unsigned and undated: issuer and date come from the page's header, and say so. */
class JiexiuMetadataTest {
  private static final Plan PLAN = new JiexiuPlanModule().plan();

  @Test
  void issueDateAndIssuerAreTakenFromThePageHeader() {
    assertThat(PLAN.issueDate()).isEqualTo(LocalDate.of(2018, 3, 2));
    assertThat(PLAN.inferred()).containsOnlyKeys(MetadataField.ISSUE_DATE, MetadataField.ISSUERS);
    assertThat(PLAN.inferred().get(MetadataField.ISSUE_DATE)).contains("发布时间:2018年03月02日");
    assertThat(PLAN.inferred().get(MetadataField.ISSUERS)).contains("来源:介休市人民政府办公室");
  }
}
