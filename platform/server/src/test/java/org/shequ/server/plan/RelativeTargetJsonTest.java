package org.shequ.server.plan;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;

/** The plan JSON shows a relative target's rule, its baseline and the figure it yields. */
class RelativeTargetJsonTest extends ShequServerTest {

  @Test
  void zhejiangsFortyPercentShowsRuleBaselineAndFigure() {
    String indicator = "$.indicators[?(@.code == 'ZJ-07')]";
    String value = indicator + ".target.clauses[0].value";
    client
        .get()
        .uri("/api/v1/plans/zhejiang-2016-2020")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath(indicator + ".target.clauses[0].comparator")
        .isEqualTo("AT_LEAST")
        .jsonPath(value + ".kind")
        .isEqualTo("Relative")
        .jsonPath(value + ".rule")
        .isEqualTo("+40% over 2015's 10,550")
        .jsonPath(value + ".percent")
        .isEqualTo(40)
        .jsonPath(value + ".change")
        .isEqualTo("PERCENT")
        .jsonPath(value + ".baseline")
        .isEqualTo(10550)
        .jsonPath(value + ".baselineYear")
        .isEqualTo(2015)
        .jsonPath(value + ".value")
        .isEqualTo(14770)
        .jsonPath(indicator + ".baseline.value.value")
        .isEqualTo(10550)
        .jsonPath(indicator + ".baseline.year")
        .isEqualTo(2015);
  }
}
