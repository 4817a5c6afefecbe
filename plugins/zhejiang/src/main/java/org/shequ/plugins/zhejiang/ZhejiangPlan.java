package org.shequ.plugins.zhejiang;

import java.time.LocalDate;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.Plan;

/**
 * The plan {@code zhejiang-2016-2020}: 浙江省城乡社区治理“十三五”发展规划, issued by the Zhejiang Provincial
 * Department of Civil Affairs on 5 January 2017 and published on 4 August 2020. The notice carries
 * no document number.
 */
final class ZhejiangPlan {
  private ZhejiangPlan() {}

  static final String ID = "zhejiang-2016-2020";

  static Plan build() {
    Plan.Builder plan =
        Plan.builder(ID)
            .title(
                "浙江省城乡社区治理“十三五”发展规划",
                "Zhejiang Province Urban and Rural Community Governance Development Plan for the"
                    + " 13th Five-Year Period")
            .region("zhejiang")
            .issuer(Issuer.lead("浙江省民政厅", "Zhejiang Provincial Department of Civil Affairs"))
            .issueDate(LocalDate.of(2017, 1, 5))
            .publishedDate(LocalDate.of(2020, 8, 4))
            .period(2016, 2020);
    Goals.all().forEach(plan::goal);
    TwelfthPlanReview.all().forEach(plan::reviewFigure);
    LostParts.addTo(plan);
    TableIndicators.all().forEach(plan::indicator);
    TextIndicators.all().forEach(plan::indicator);
    TrackingIndicators.all().forEach(plan::indicator);
    IndicatorGroups.all().forEach(plan::indicatorGroup);
    ProjectTasks.all().forEach(plan::task);
    SafeguardTasks.all().forEach(plan::task);
    plan.form(CommunityForms.community())
        .form(CommunityForms.rural())
        .form(AdministrativeForms.street())
        .form(AdministrativeForms.county())
        .form(AdministrativeForms.region());
    return plan.build();
  }
}
