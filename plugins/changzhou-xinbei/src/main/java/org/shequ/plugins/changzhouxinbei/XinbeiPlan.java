package org.shequ.plugins.changzhouxinbei;

import java.time.LocalDate;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.Plan;

/** The plan {@code changzhou-xinbei-2016-2020}: indicators, tasks and forms. */
final class XinbeiPlan {
  private XinbeiPlan() {}

  static final String ID = "changzhou-xinbei-2016-2020";

  static Plan build() {
    Plan.Builder b =
        Plan.builder(ID)
            .title(
                "常州国家高新区 常州市新北区“十三五”城乡社区发展规划",
                "Changzhou National Hi-tech District / Xinbei District of Changzhou: urban and"
                    + " rural community development plan for the 13th five-year period")
            .region("changzhou-xinbei")
            .issuer(
                Issuer.lead(
                    "常州国家高新区党政办公室",
                    "Party and Government Office of Changzhou National Hi-tech District"))
            .issueDate(LocalDate.of(2017, 4, 11))
            .period(2016, 2020);
    XinbeiFacilityIndicators.all().forEach(b::indicator);
    XinbeiPeopleIndicators.all().forEach(b::indicator);
    XinbeiIndicatorGroups.all().forEach(b::indicatorGroup);
    XinbeiTasks.all().forEach(b::task);
    XinbeiForms.all().forEach(b::form);
    XinbeiGoals.all().forEach(b::goal);
    XinbeiReview.all().forEach(b::reviewFigure);
    XinbeiLost.all().forEach(l -> b.lost(l.section(), l.title(), l.note()));
    return b.build();
  }
}
