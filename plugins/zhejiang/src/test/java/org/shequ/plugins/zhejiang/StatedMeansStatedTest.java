package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.zhejiang.PlanFixture.PLAN;
import static org.shequ.plugins.zhejiang.PlanFixture.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Provenance;

/**
 * Indicators the document never defines are DERIVED, and their note quotes («…») the clause that
 * motivates them, a clause found in the wording they cite.
 */
class StatedMeansStatedTest {
  private static final Pattern QUOTE = Pattern.compile("«([^»]+)»");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ZJ-URBAN-SERVICE-CENTRE",
        "ZJ-STREET-SERVICE-CENTRE-COVERAGE",
        "ZJ-VOLUNTEERS",
        "ZJ-VOLUNTEER-RATE",
        "ZJ-CONSULTATION",
        "ZJ-VILLAGE-RULES",
        "ZJ-DIRECT-ELECTION",
        "ZJ-CERTIFIED-SHARE",
        "ZJ-SW-PER-COMMUNITY",
        "ZJ-SW-TRAINING"
      })
  void anIndicatorTheDocumentDoesNotDefineIsDerivedAndQuotesItsMotive(String code) {
    Provenance p = indicator(code).provenance();

    assertThat(p.derivation()).isEqualTo(Derivation.DERIVED);
    Matcher quote = QUOTE.matcher(p.note());
    assertThat(quote.find()).as("note quotes a clause: %s", p.note()).isTrue();
    assertThat(p.originalText()).contains(quote.group(1));
  }

  @Test
  void theCentresTheDocumentCountsStayStated() {
    assertThat(indicator("ZJ-STREET-SERVICE-CENTRES").provenance().derivation())
        .isEqualTo(Derivation.STATED);
  }

  @Test
  void theProvincialDepartmentSignsAndDatesTheNoticeSoNothingIsInferred() {
    assertThat(PLAN.inferred()).isEmpty();
  }
}
