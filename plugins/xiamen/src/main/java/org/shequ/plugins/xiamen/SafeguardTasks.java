package org.shequ.plugins.xiamen;

import static org.shequ.plugins.xiamen.XiamenTasks.task;

import java.util.List;
import org.shequ.plan.api.Task;

/** The safeguards of section 五. The document names no departments for them. */
final class SafeguardTasks {
  static final String SAFEGUARDS = "XM-T5";

  private SafeguardTasks() {}

  static List<Task> all() {
    return List.of(
        task(SAFEGUARDS, "保障措施", "Safeguards")
            .description(
                "推动标准化建设,健全领导体制,加强资金保障,完善扶持政策,强化规划实施。",
                "Promote standards, improve leadership, secure funding, improve support policies and"
                    + " strengthen implementation of the plan.")
            .source("五、保障措施", "保障措施")
            .build(),
        task("XM-T5-1", "推动标准化建设", "Promote standardisation")
            .parent(SAFEGUARDS)
            .description(
                "贯彻实施《中华人民共和国村民委员会组织法》《中华人民共和国城市居民委员会组织法》,"
                    + Source.STANDARDS_IMPROVING
                    + ";认真落实城乡社区服务的国家标准或民政行业标准。",
                "Implement the Organic Laws of Villagers' Committees and of Urban Residents'"
                    + " Committees, improve the community-service regulations step by step and"
                    + " apply the national and civil-affairs standards for community services.")
            .source(Source.STANDARDS, Source.STANDARDS_IMPROVING)
            .milestone(
                2020,
                "形成并落实城乡社区服务法律法规和标准体系",
                "Legal and standards system for community services formed and implemented",
                Source.STANDARDS,
                Source.STANDARDS_2020)
            .build(),
        task("XM-T5-2", "健全领导体制", "Improve the leadership system")
            .parent(SAFEGUARDS)
            .description(
                Source.LEADERSHIP_TEXT + ";制定任务分解落实方案,明确部门分工。",
                "Improve and apply the joint-meeting system for community service development"
                    + " within the city's Party-and-public service system; break the tasks down and"
                    + " assign them to departments.")
            .source(Source.LEADERSHIP, Source.LEADERSHIP_TEXT)
            .build(),
        task("XM-T5-3", "加强资金保障", "Secure funding")
            .parent(SAFEGUARDS)
            .description(
                Source.FUNDING_TEXT
                    + ",建立多元化投入机制;采取公建民营、民办公助、政府购买服务、PPP模式等方式引导社会力量参与;"
                    + "确保社区服务设施建设和维护经费、社区工作人员报酬等及时足额到位,建立科学的自然增长机制。",
                "Widen the sources of funds with diversified investment; draw in social forces"
                    + " through public-built private operation, private-run public aid, government"
                    + " purchase and PPP; pay facility, staff and information-system funds in full"
                    + " and on time with a natural growth mechanism.")
            .source(Source.FUNDING, Source.FUNDING_TEXT)
            .build(),
        task("XM-T5-4", "完善扶持政策", "Improve support policies")
            .parent(SAFEGUARDS)
            .description(
                Source.POLICIES_TEXT + ";闲置的政府资产优先用于社区养老等服务;落实城乡社区服务税收、公用事业收费等优惠政策。",
                "Include community services in the city's development, urban-rural and land-use"
                    + " plans; use idle government property first for community elderly care and"
                    + " similar services; apply the tax and utility-fee concessions.")
            .source(Source.POLICIES, Source.POLICIES_TEXT)
            .build(),
        task("XM-T5-5", "强化规划实施", "Strengthen implementation of the plan")
            .parent(SAFEGUARDS)
            .description(
                Source.IMPLEMENTATION_TEXT + ";开展规划实施情况动态监测和评估工作,定期组织督促检查。",
                "Districts organise, coordinate and supervise the plan and draw up their own"
                    + " 13th five-year community service plans; monitor and evaluate implementation"
                    + " and inspect it regularly.")
            .source(Source.IMPLEMENTATION, Source.IMPLEMENTATION_TEXT)
            .build());
  }
}
