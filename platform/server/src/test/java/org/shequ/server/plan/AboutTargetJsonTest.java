package org.shequ.server.plan;

import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;

/** The plan JSON shows an "about" target's comparator, stated figure, tolerance and band. */
class AboutTargetJsonTest extends ShequServerTest {

  @Test
  void xiamensSevenThousandIsAboutWithItsBand() {
    String target = "$.indicators[?(@.code == 'XM-CERTIFIED-SOCIAL-WORKERS')].target";
    client
        .get()
        .uri("/api/v1/plans/xiamen-2016-2020")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath(target + ".clauses[0].comparator")
        .isEqualTo("APPROXIMATELY")
        .jsonPath(target + ".clauses[0].value.kind")
        .isEqualTo("About")
        .jsonPath(target + ".clauses[0].value.value")
        .isEqualTo(7000)
        .jsonPath(target + ".clauses[0].value.tolerance.kind")
        .isEqualTo("Relative")
        .jsonPath(target + ".clauses[0].value.tolerance.fraction")
        .isEqualTo(0.10)
        .jsonPath(target + ".clauses[0].value.min")
        .isEqualTo(6300.00)
        .jsonPath(target + ".clauses[0].value.max")
        .isEqualTo(7700.00)
        .jsonPath(target + ".provenance.derivation")
        .isEqualTo("DERIVED");
  }
}
