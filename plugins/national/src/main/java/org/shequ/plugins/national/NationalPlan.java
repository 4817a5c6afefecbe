package org.shequ.plugins.national;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.Plan;

/**
 * The national benchmark plan {@code national-2016-2020}: the Ministry of Civil Affairs' review of
 * community governance in the 13th five-year period. Its indicators carry the national figures the
 * review publishes (as baselines dated 2020, or 2019 where the review says 截至2019年底) and the two
 * 2020 targets of the 2016 national plan it quotes; its tasks are the national policy measures it
 * recounts, dated to the month where it prints one; its goals are the aims it quotes from the
 * national documents; one region-level form collects the national aggregates behind every figure.
 * The review's figures all fall inside the period (2019–2020), so they are baselines and catalogue
 * benchmarks, not review figures of an earlier period.
 */
final class NationalPlan {
  private NationalPlan() {}

  static Plan build() {
    Plan.Builder plan =
        Plan.builder("national-2016-2020")
            .title(
                "共建共治共享 谱写基层社会治理新篇章——“十三五”期间我国城乡社区治理取得历史性进展",
                "Building, governing and sharing together: historic progress of urban and rural"
                    + " community governance in the 13th five-year period")
            .issuer(Issuer.lead("民政部", "Ministry of Civil Affairs"))
            // The page prints no date and no source; it belongs to the 2021 national
            // civil-affairs work conference.
            .issueDate(LocalDate.of(2021, 1, 1))
            .inferred(
                MetadataField.ISSUERS,
                "页面“来源:”为空;民政部系据页面所属栏目“2021年全国民政工作会议 > 民政业务工作进展巡礼”推定"
                    + " (the page's source line is empty; the Ministry is inferred from the"
                    + " conference section the page belongs to)")
            .inferred(
                MetadataField.ISSUE_DATE,
                "页面“时间:”为空;取2021年全国民政工作会议所在年份的1月1日"
                    + " (the page's date line is empty; 1 January of the year of the 2021 national"
                    + " civil-affairs work conference stands in for it)")
            .period(2016, 2020)
            .form(NationalSummaryForm.build());
    Stream.of(ServiceIndicators.all(), SelfGovernanceIndicators.all(), DigitalIndicators.all())
        .flatMap(List::stream)
        .forEach(plan::indicator);
    Stream.of(PolicyTasks.all(), DigitalTasks.all()).flatMap(List::stream).forEach(plan::task);
    NationalGoals.all().forEach(plan::goal);
    return plan.build();
  }
}
