package org.shequ.plan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;

/** What the plan contract says about national mappings a plugin's tests cannot check. */
class NationalMappingsTest {
  private final Plan plan = PlanDocumentTest.plan();

  /** A plugin whose tests lack the national plugin: this module's test classpath has none. */
  static class WithoutCatalogue extends PlanContract {
    @Override
    protected PlanModule module() {
      return PlanDocumentTest::plan;
    }
  }

  @Test
  void aContractWithoutTheCatalogueSaysItIsMissingAndHowToAddIt() {
    assertThatThrownBy(() -> new WithoutCatalogue().planPassesTheHostsChecks())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no national indicator catalogue is on the test classpath")
        .hasMessageContaining("<artifactId>plan-national</artifactId>")
        .hasMessageContaining("<scope>test</scope>")
        .hasMessageContaining("→ CENTRES");
  }

  @Test
  void aPlanWithoutNationalMappingsNeedsNoCatalogue() {
    Plan unmapped =
        Plan.builder("solo-2016-2020")
            .title("测试", "Test")
            .issuer(org.shequ.plan.api.Issuer.lead("民政局", "Civil affairs"))
            .issueDate(java.time.LocalDate.of(2017, 1, 1))
            .period(2016, 2020)
            .build();

    assertThat(NationalMappings.missingCatalogue(unmapped, Set.of())).isEmpty();
  }

  @Test
  void anUnknownCodeIsNamedWithTheKnownCodes() {
    assertThat(NationalMappings.missingCatalogue(plan, Set.of("CERTIFIED", "OTHER"))).isEmpty();

    assertThat(NationalMappings.unknownCodes(plan, Set.of("OTHER", "CERTIFIED")))
        .singleElement()
        .asString()
        .contains("maps to unknown national indicator CENTRES")
        .contains("known codes: CERTIFIED, OTHER")
        .contains("org.shequ.plan.api.NationalCodes");
  }

  @Test
  void knownCodesRaiseNothing() {
    assertThat(NationalMappings.unknownCodes(plan, Set.of("CERTIFIED", "CENTRES"))).isEmpty();
  }
}
