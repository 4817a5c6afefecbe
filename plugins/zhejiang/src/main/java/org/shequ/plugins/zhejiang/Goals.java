package org.shequ.plugins.zhejiang;

import java.util.List;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.LocalizedText;

/**
 * The plan's qualitative aims: the two outcomes of 三(三) 发展目标, and the aim 三(一) 指导思想 names as 目标.
 * None carries a year of its own; the plan's period is 2016–2020.
 */
final class Goals {
  private Goals() {}

  static List<Goal> all() {
    return List.of(
        new Goal(
            "GOAL-1",
            LocalizedText.of(
                "通过城乡社区治理“五大工程”,打造治理主体多元化、结构协同化、服务精细化、方法专业化、保障法制化、城乡一体化的共建、共治、共享社区治理品牌",
                "Through the five projects of community governance, build a brand of community"
                    + " governance built, run and shared by all: many actors, coordinated"
                    + " structures, fine-grained services, professional methods, safeguards in"
                    + " law, urban and rural as one"),
            null,
            Sources.stated(Sections.GOALS, Quotes.GOAL_BRAND)),
        new Goal(
            "GOAL-2",
            LocalizedText.of(
                "形成权责清晰、协商合作、管理民主、服务完善、充满活力、和谐幸福的社区生活共同体",
                "Form communities of shared life with clear powers and duties, consultation and"
                    + " cooperation, democratic management, complete services, vitality, harmony"
                    + " and happiness"),
            null,
            Sources.stated(Sections.GOALS, Quotes.GOAL_COMMUNITY)),
        new Goal(
            "GOAL-3",
            LocalizedText.of(
                "加快实现城乡社区治理创新融合、城乡统筹、服务均等、部门协同、全民共享的目标,积极打造城乡社区“共建、共治、共享”的浙江品牌",
                "Speed up innovative and integrated community governance, balanced between town"
                    + " and country, with equal services, departments working together and"
                    + " shared by all; build Zhejiang's brand of communities built, run and"
                    + " shared by all"),
            null,
            Sources.stated(Sections.GUIDING_THOUGHT, Quotes.GUIDING_GOAL)));
  }
}
