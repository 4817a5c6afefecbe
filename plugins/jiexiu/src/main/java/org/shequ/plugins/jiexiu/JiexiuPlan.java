package org.shequ.plugins.jiexiu;

import java.time.LocalDate;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.Plan;

/**
 * Assembles the plan {@code jiexiu-2018-2020}: 介休市推进“三社联动”加强社区治理和服务创新的实施方案, issued by the general
 * office of the Jiexiu municipal government on 2 March 2018. The document carries no 文号 and sets
 * its goals for 2020, so the period runs from the year of issue to 2020.
 */
final class JiexiuPlan {
  static final String ID = "jiexiu-2018-2020";

  private JiexiuPlan() {}

  static Plan build() {
    Plan.Builder plan =
        Plan.builder(ID)
            .title(
                "介休市推进“三社联动”加强社区治理和服务创新的实施方案",
                "Jiexiu City implementation plan for advancing the \"three-society linkage\" of"
                    + " communities, social organisations and social workers to strengthen"
                    + " community governance and service innovation")
            .region("jiexiu")
            .issuer(
                Issuer.lead(
                    "介休市人民政府办公室", "General Office of the Jiexiu Municipal People's Government"))
            .issueDate(LocalDate.of(2018, 3, 2))
            .inferred(
                MetadataField.ISSUE_DATE,
                "文末无落款日期;取页面“发布时间:2018年03月02日”"
                    + " (the text bears no signing date; the page's publication time stands in"
                    + " for it)")
            .inferred(
                MetadataField.ISSUERS,
                "文末无落款;取页面“来源:介休市人民政府办公室”"
                    + " (the text is not signed; the page's source line names the issuer)")
            .period(2018, 2020);
    JiexiuForms.all().forEach(plan::form);
    JiexiuIndicators.all().forEach(plan::indicator);
    JiexiuIndicatorGroups.all().forEach(plan::indicatorGroup);
    JiexiuTasks.all().forEach(plan::task);
    JiexiuGoals.all().forEach(plan::goal);
    return plan.build();
  }
}
