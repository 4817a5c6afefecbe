package org.shequ.plugins.xiamen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.Plan;

/**
 * The plan {@code xiamen-2016-2020}: identity, issuers, goals, the boxes the captured text lost,
 * and its indicators, tasks and forms.
 */
final class XiamenPlan {
  static final String ID = "xiamen-2016-2020";

  private XiamenPlan() {}

  static Plan build() {
    Plan.Builder plan =
        Plan.builder(ID)
            .title(
                "厦门市城乡社区服务体系建设规划(2016-2020年)",
                "Xiamen Urban and Rural Community Service System Development Plan (2016-2020)")
            .region("xiamen")
            .documentNumber("厦民〔2017〕235号")
            .issueDate(LocalDate.of(2017, 9, 14))
            .period(2016, 2020);
    issuers(plan);
    XiamenForms.all().forEach(plan::form);
    List<Indicator> indicators = new ArrayList<>();
    indicators.addAll(FacilityIndicators.all());
    indicators.addAll(ServiceIndicators.all());
    indicators.addAll(WorkforceIndicators.all());
    indicators.addAll(TrainingIndicators.all());
    indicators.forEach(plan::indicator);
    IndicatorGroups.of(indicators).forEach(plan::indicatorGroup);
    XiamenTasks.all().forEach(plan::task);
    Goals.all().forEach(plan::goal);
    LostBoxes.addTo(plan);
    // The document has no review of the 12th five-year period, so it has no review figures.
    return plan.build();
  }

  /** The signatories in the order the document lists them; 厦门市民政局 issued it (厦民). */
  private static void issuers(Plan.Builder plan) {
    plan.issuer(Issuer.lead("厦门市民政局", "Xiamen Municipal Civil Affairs Bureau"))
        .issuer(
            Issuer.coIssuer(
                "中共厦门市委组织部", "Organisation Department of the CPC Xiamen Municipal Committee"))
        .issuer(
            Issuer.coIssuer(
                "厦门市综治办", "Xiamen Office of the Comprehensive Management of Public Security"))
        .issuer(Issuer.coIssuer("厦门市发改委", "Xiamen Municipal Development and Reform Commission"))
        .issuer(Issuer.coIssuer("厦门市教育局", "Xiamen Municipal Education Bureau"))
        .issuer(
            Issuer.coIssuer(
                "厦门市经信局", "Xiamen Municipal Economic and Information Technology Bureau"))
        .issuer(Issuer.coIssuer("厦门市公安局", "Xiamen Municipal Public Security Bureau"))
        .issuer(Issuer.coIssuer("厦门市司法局", "Xiamen Municipal Justice Bureau"))
        .issuer(Issuer.coIssuer("厦门市财政局", "Xiamen Municipal Finance Bureau"))
        .issuer(
            Issuer.coIssuer(
                "厦门市人社局", "Xiamen Municipal Human Resources and Social Security Bureau"))
        .issuer(Issuer.coIssuer("厦门市规划委", "Xiamen Municipal Planning Commission"))
        .issuer(Issuer.coIssuer("厦门市建设局", "Xiamen Municipal Construction Bureau"))
        .issuer(Issuer.coIssuer("厦门市国土房产局", "Xiamen Municipal Land Resources and Housing Bureau"))
        .issuer(Issuer.coIssuer("厦门市农业局", "Xiamen Municipal Agriculture Bureau"))
        .issuer(
            Issuer.coIssuer(
                "厦门市文广新局",
                "Xiamen Municipal Bureau of Culture, Radio, Television, Press and Publication"))
        .issuer(Issuer.coIssuer("厦门市卫计委", "Xiamen Municipal Health and Family Planning Commission"))
        .issuer(Issuer.coIssuer("厦门市体育局", "Xiamen Municipal Sports Bureau"))
        .issuer(Issuer.coIssuer("厦门市残联", "Xiamen Disabled Persons' Federation"));
  }
}
