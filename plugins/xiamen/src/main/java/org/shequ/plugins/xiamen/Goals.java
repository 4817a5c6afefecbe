package org.shequ.plugins.xiamen;

import java.util.List;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * The qualitative aims of 三、发展目标, one per sentence. The paragraph opens with «到2020年», which dates
 * its first sentence; the sentences after it carry no year of their own and are read as governed by
 * the same «到2020年», as their provenance notes.
 */
final class Goals {
  static final int YEAR = 2020;

  private Goals() {}

  static List<Goal> all() {
    return List.of(
        new Goal(
            "GOAL-1",
            LocalizedText.of(
                "形成基本公共服务、商业便民服务和居民志愿服务三者有机衔接的城乡社区服务机制",
                "A community service mechanism in which basic public services, convenient"
                    + " commercial services and residents' volunteer services fit together"),
            YEAR,
            Provenance.stated(Source.GOALS, Source.GOAL_MECHANISM)),
        governedByTheParagraphsYear(
            "GOAL-2",
            "完善城乡社区综合服务设施,提升社区网格化信息平台效能",
            "Better comprehensive service facilities in urban and rural communities and a more"
                + " effective community grid information platform",
            Source.GOAL_FACILITIES),
        governedByTheParagraphsYear(
            "GOAL-3",
            "合理配置社区服务资源,丰富社区服务内容,实现城乡社区普惠型与个性化相结合以及基本公共服务全覆盖",
            "Community service resources allocated sensibly and services enriched, universal and"
                + " personalised services combined, and basic public services covering every"
                + " urban and rural community",
            Source.GOAL_RESOURCES),
        governedByTheParagraphsYear(
            "GOAL-4",
            "有序推进农村社区服务试点工作,逐步加大政府购买服务力度",
            "Rural community service pilots advanced in order and government purchase of services"
                + " increased step by step",
            Source.GOAL_RURAL_PILOTS),
        governedByTheParagraphsYear(
            "GOAL-5",
            "推动实施“三社联动”机制,引导在职党员和居民参与社区志愿服务,壮大社区服务队伍,提高社区服务专业化水平,不断满足城乡居民个性化、全方位的服务需求",
            "The 'three-society linkage' mechanism in practice, working Party members and residents"
                + " drawn into community volunteering, a larger and more professional community"
                + " service workforce, and residents' personalised, all-round needs ever better met",
            Source.GOAL_WORKFORCE));
  }

  private static Goal governedByTheParagraphsYear(
      String code, String zh, String en, String wording) {
    return new Goal(
        code,
        LocalizedText.of(zh, en),
        YEAR,
        new Provenance(
            Source.GOALS,
            wording,
            Derivation.STATED,
            "the goal is stated; the sentence has no year of its own, and the year 2020 is that of"
                + " the paragraph's opening «到2020年», read as governing it"));
  }
}
