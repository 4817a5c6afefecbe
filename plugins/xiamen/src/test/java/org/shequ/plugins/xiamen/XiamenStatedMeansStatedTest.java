package org.shequ.plugins.xiamen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Provenance;

/**
 * Indicators the document never defines are DERIVED, and their note quotes («…») the clause that
 * motivates them, a clause found in the wording they cite.
 */
class XiamenStatedMeansStatedTest {
  private static final Plan PLAN = new XiamenPlanModule().plan();
  private static final Pattern QUOTE = Pattern.compile("«([^»]+)»");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "XM-URBAN-WORKSTATIONS",
        "XM-RURAL-WORKSTATIONS",
        "XM-GRID-PLATFORM",
        "XM-STREET-SERVICE-CENTRES",
        "XM-CERTIFIED-COMMUNITY-WORKERS",
        "XM-SOCIAL-ORGS-PER-COMMUNITY",
        "XM-RURAL-PURCHASED-SERVICES"
      })
  void anIndicatorTheDocumentDoesNotDefineIsDerivedAndQuotesItsMotive(String code) {
    Provenance p = PLAN.indicator(code).orElseThrow().provenance();

    assertThat(p.derivation()).isEqualTo(Derivation.DERIVED);
    Matcher quote = QUOTE.matcher(p.note());
    assertThat(quote.find()).as("note quotes a clause: %s", p.note()).isTrue();
    assertThat(p.originalText()).contains(quote.group(1));
  }

  @Test
  void indicatorsWithATargetTheDocumentPrintsStayStated() {
    assertThat(PLAN.indicator("XM-REGISTERED-VOLUNTEERS").orElseThrow().provenance().derivation())
        .isEqualTo(Derivation.STATED);
  }

  @Test
  void theNoticePrintsItsNumberDateAndSignatoriesSoNothingIsInferred() {
    assertThat(PLAN.inferred()).isEmpty();
  }
}
