package org.shequ.plugins.jiexiu;

import java.util.List;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * The qualitative aims of 二(三) 总体目标, one per clause that no figure carries. The paragraph opens
 * with 力争到2020年, so each is a 2020 goal; its figures (500 m², social organisations, social workers)
 * are indicators instead.
 */
final class JiexiuGoals {
  private JiexiuGoals() {}

  static final String LEADERSHIP = "社区党组织领导核心作用、社区自治组织的组织推动作用发挥明显,社会协同作用有效发挥";
  static final String CONSULTATION = "社区居民参与民主协商意识明显增强";
  static final String PURCHASE_POLICY = "政府购买服务政策更加完善";
  static final String PROFESSIONALISATION = "推进社会工作专业化、职业化";
  static final String NEW_PATTERN =
      "实现社区、社会组织、社会工作者互惠融合、优势互补、协调发展的新格局,努力把城乡社区建设成为和谐有序、绿色文明、创新包容、共建共享的幸福家园";

  private static final int YEAR = 2020;

  static List<Goal> all() {
    return List.of(
        goal(
            "GOAL-1",
            LEADERSHIP,
            "The leading role of community Party organisations and the organising role of"
                + " community self-governing bodies are clearly felt, and society works with them"
                + " effectively"),
        goal(
            "GOAL-2",
            CONSULTATION,
            "Residents are clearly more aware of taking part in democratic consultation"),
        goal(
            "GOAL-3",
            PURCHASE_POLICY,
            "The policy on government purchase of services is more complete"),
        goal(
            "GOAL-4",
            PROFESSIONALISATION,
            "Social work becomes more professional and a recognised occupation"),
        goal(
            "GOAL-5",
            NEW_PATTERN,
            "A new pattern in which communities, social organisations and social workers"
                + " benefit from, complement and develop with each other, making urban and rural"
                + " communities harmonious, green, innovative and inclusive homes built and shared"
                + " by all"));
  }

  private static Goal goal(String code, String wording, String en) {
    return new Goal(
        code,
        LocalizedText.of(wording, en),
        YEAR,
        new Provenance(Source.GOALS, wording, Derivation.STATED, Source.GOALS_YEAR_NOTE));
  }
}
