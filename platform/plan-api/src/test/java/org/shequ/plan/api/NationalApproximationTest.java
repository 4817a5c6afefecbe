package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plan.api.TestPlans.P;

import org.junit.jupiter.api.Test;

/** A regional indicator that only approximates the national one says how it differs. */
class NationalApproximationTest {

  private static Indicator.Builder certified() {
    return Indicator.builder("CERT")
        .name("45岁以下持证率", "Certification rate under 45")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(new Computation.RatioOfSums("F", "orgs", "workers", Computation.HUNDRED))
        .provenance(P);
  }

  @Test
  void anApproximateMappingNamesItsIndicatorAndTheDifference() {
    Indicator i =
        certified()
            .nationalIndicatorApproximately("NAT-1", "under-45 workers only, not all workers")
            .build();

    assertThat(i.nationalIndicator()).isEqualTo("NAT-1");
    assertThat(i.nationalApproximation()).isEqualTo("under-45 workers only, not all workers");
    assertThat(TestPlans.problems(TestPlans.plan(i).build())).isEmpty();
  }

  @Test
  void aLikeForLikeMappingHasNoNote() {
    Indicator i = certified().nationalIndicator("NAT-1").build();

    assertThat(i.nationalApproximation()).isNull();
    assertThat(TestPlans.problems(TestPlans.plan(i).build())).isEmpty();
  }

  @Test
  void anApproximationWithoutANationalCodeIsRefused() {
    Indicator i = certified().nationalIndicatorApproximately(null, "under-45 only").build();

    assertThat(TestPlans.problems(TestPlans.plan(i).build()))
        .containsExactly(
            "indicators[CERT].nationalApproximation: an approximate mapping names its national"
                + " indicator and says how it differs");
  }

  @Test
  void anApproximationThatSaysNothingIsRefused() {
    Indicator i = certified().nationalIndicatorApproximately("NAT-1", "  ").build();

    assertThat(TestPlans.problems(TestPlans.plan(i).build()))
        .containsExactly(
            "indicators[CERT].nationalApproximation: an approximate mapping names its national"
                + " indicator and says how it differs");
  }

  @Test
  void anApproximateMappingToAnUnknownCodeIsStillAnUnknownCode() {
    Indicator i = certified().nationalIndicatorApproximately("NAT-9", "narrower").build();

    assertThat(TestPlans.problems(TestPlans.plan(i).build()))
        .containsExactly(
            "indicators[CERT].nationalIndicator: unknown national indicator NAT-9; known codes:"
                + " NAT-1");
  }
}
