package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InferredMetadataTest {

  private static Plan.Builder plan() {
    return Plan.builder("x-2016-2020")
        .title("规划", "Plan")
        .issueDate(LocalDate.of(2021, 1, 1))
        .period(2016, 2020);
  }

  @Test
  void aPlanSaysWhichMetadataItInferredAndWhy() {
    Plan p =
        plan()
            .inferred(MetadataField.ISSUE_DATE, "the page prints no date")
            .inferred(MetadataField.ISSUERS, "the source line is empty")
            .build();

    assertThat(p.inferred())
        .containsOnlyKeys(MetadataField.ISSUE_DATE, MetadataField.ISSUERS)
        .containsEntry(MetadataField.ISSUE_DATE, "the page prints no date");
    assertThat(p.inferredReason(MetadataField.ISSUE_DATE)).contains("the page prints no date");
    assertThat(p.inferredReason(MetadataField.DOCUMENT_NUMBER)).isEmpty();
  }

  @Test
  void metadataIsPrintedUnlessMarkedAndThe10ConstructorStillWorks() {
    Plan built = plan().build();
    Plan legacy =
        new Plan(
            "x-2016-2020",
            LocalizedText.of("规划", "Plan"),
            null,
            List.of(),
            null,
            LocalDate.of(2021, 1, 1),
            null,
            new PlanPeriod(2016, 2020),
            List.of(),
            List.of(),
            List.of());

    assertThat(built.inferred()).isEmpty();
    assertThat(legacy.inferred()).isEmpty();
    assertThat(legacy).isEqualTo(built);
  }

  @Test
  void anInferenceWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> plan().inferred(MetadataField.ISSUE_DATE, " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISSUE_DATE");
  }

  @Test
  void theInferredMapCannotBeChangedAfterwards() {
    Plan p = plan().inferred(MetadataField.ISSUE_DATE, "reason").build();
    assertThatThrownBy(() -> p.inferred().put(MetadataField.ISSUERS, "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Map.copyOf(p.inferred())).hasSize(1);
  }
}
