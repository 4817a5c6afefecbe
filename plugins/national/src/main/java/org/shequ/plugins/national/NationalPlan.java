package org.shequ.plugins.national;

import java.time.LocalDate;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.Plan;

/** The national benchmark plan {@code national-2016-2020}. */
final class NationalPlan {
  private NationalPlan() {}

  static Plan build() {
    return Plan.builder("national-2016-2020")
        .title(
            "共建共治共享 谱写基层社会治理新篇章——“十三五”期间我国城乡社区治理取得历史性进展",
            "Building, governing and sharing together: historic progress of urban and rural"
                + " community governance in the 13th five-year period")
        .issuer(Issuer.lead("民政部", "Ministry of Civil Affairs"))
        .issueDate(LocalDate.of(2021, 1, 1))
        .period(2016, 2020)
        .build();
  }
}
