package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored values compare by what they say: a number a loader wrote as {@code 705.0} is the {@code
 * 705} a re-uploaded template sends back, so the upload finds the report unchanged (not locked).
 */
class ReportValuesTest {
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void numbersCompareByValue() {
    JsonNode stored = json.readTree("{\"area\": 705.0, \"ok\": true, \"name\": \"东塘\"}");
    JsonNode sent = json.readTree("{\"area\": 705, \"ok\": true, \"name\": \"东塘\"}");
    assertThat(ReportValues.same(stored, sent)).isTrue();
    assertThat(ReportValues.changes(stored, sent).isEmpty()).isTrue();
  }

  @Test
  void differentValuesDiffer() {
    JsonNode stored = json.readTree("{\"area\": 705.0, \"ok\": true}");
    assertThat(ReportValues.same(stored, json.readTree("{\"area\": 705.5, \"ok\": true}")))
        .isFalse();
    assertThat(ReportValues.same(stored, json.readTree("{\"area\": \"705\", \"ok\": true}")))
        .isFalse();
    assertThat(ReportValues.same(stored, json.readTree("{\"area\": 705}"))).isFalse();
    assertThat(ReportValues.changes(stored, json.readTree("{\"area\": 706, \"ok\": true}")).size())
        .isEqualTo(1);
  }
}
