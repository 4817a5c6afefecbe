package org.shequ.plugins.changzhouxinbei;

import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * The six qualitative aims of 二(三)发展目标, one per clause of its single sentence, each due at the end
 * of the 13th five-year period.
 */
final class XinbeiGoals {
  private XinbeiGoals() {}

  static final String SECTION = "二(三)发展目标";

  /** «到“十三五”末»: the end of the 13th five-year period, 2020. */
  static final int YEAR = 2020;

  private static final String YEAR_NOTE =
      "到“十三五”末 (by the end of the 13th five-year period) is 2020";

  private static final String[][] CLAUSES = {
    {
      "建立健全基本公共服务、便民利民服务、社会组织服务有效衔接的城乡社区服务机制",
      "A community service mechanism in which basic public services, convenience services and"
          + " social organisations' services are joined up"
    },
    {
      "进一步完善城乡社区综合服务设施为主体、专项服务设施为配套、服务网点为补充的城乡社区服务设施布局",
      "A layout of community service facilities with comprehensive facilities at its core,"
          + " specialised facilities supporting them and service points filling the gaps"
    },
    {
      "基本形成网络联通、应用融合、信息共享、响应迅速的城乡社区服务信息化发展格局",
      "Community service informatisation that is networked, integrated, shares information and"
          + " responds quickly, basically in place"
    },
    {
      "有效提升以城乡社区党组织、社区自治组织成员为骨干,社区社会工作者和其他社区专职工作者为支撑,社区志愿者为补充的城乡社区服务人才队伍",
      "A stronger community service workforce: Party organisation and self-governing body members"
          + " at its core, social workers and other full-time staff supporting them, volunteers"
          + " adding to them"
    },
    {"全力提高网格化管理服务水平", "Grid management and services raised with full effort"},
    {"全面推行城乡社区多元共治", "Multi-party co-governance practised in every community"}
  };

  static List<Goal> all() {
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < CLAUSES.length; i++) {
      String clause = CLAUSES[i][0];
      goals.add(
          new Goal(
              "XB-GOAL-" + (i + 1),
              LocalizedText.of(clause, CLAUSES[i][1]),
              YEAR,
              new Provenance(
                  SECTION,
                  i == 0 ? "到“十三五”末," + clause : clause,
                  org.shequ.plan.api.Derivation.STATED,
                  YEAR_NOTE)));
    }
    return List.copyOf(goals);
  }
}
