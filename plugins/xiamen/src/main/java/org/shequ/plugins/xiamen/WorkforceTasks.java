package org.shequ.plugins.xiamen;

import static org.shequ.plugins.xiamen.XiamenTasks.task;

import java.util.List;
import org.shequ.plan.api.Task;

/** Tasks of 四(三) (the community service workforce), with the two items of 专栏6. */
final class WorkforceTasks {
  static final String WORKFORCE = "XM-T3";
  static final String WORKERS = "XM-T3-1";

  private WorkforceTasks() {}

  static List<Task> all() {
    return List.of(
        task(WORKFORCE, "建强城乡社区服务队伍", "Strengthen the urban and rural community service workforce")
            .description(
                "提高社区工作者专业水平,健全“三社联动”服务机制,壮大社区志愿者服务队伍。",
                "Raise the professional level of community workers, improve the 'three-society"
                    + " linkage' service mechanism and expand community volunteer teams.")
            .source("四、主要任务 (三)", "建强城乡社区服务队伍")
            .build(),
        task(WORKERS, "提高社区工作者专业水平", "Raise the professional level of community workers")
            .parent(WORKFORCE)
            .description(
                "依法做好村级组织换届选举,不断改善村(居)“两委”班子结构;加强农村社区党组织书记队伍建设;选好配齐村民小组长;"
                    + "加强培训,鼓励社区工作者参加全国社会工作者职业水平考试;适时调整社区工作人员工资福利待遇。",
                "Hold the village elections according to law and improve the make-up of village and"
                    + " residents' committees; build up rural community Party secretaries; appoint"
                    + " villager group leaders; train community workers and encourage them to sit"
                    + " the national social-work qualification exam; adjust their pay and benefits"
                    + " in good time.")
            .departments(Source.WORKERS, "(牵头单位:市委组织部、市民政局 责任单位:市农业局、市人社局、市财政局、各区)")
            .milestone(
                2018,
                "新一轮村居组织换届后:新进班子成员比例达到24.2%,大专以上文化程度达到59.6%,35岁以下占比达到32.3%",
                "After the new round of village and residents' committee elections: newly joined"
                    + " members 24.2%, junior-college education or above 59.6%, under 35 32.3%",
                Source.WORKERS,
                Source.NEW_MEMBERS_2018 + ";" + Source.COLLEGE_2018 + ";" + Source.UNDER_35_2018)
            .milestone(
                2020,
                "全市持证社工规模达到7000人左右,每万人拥有专业社工人数达到2人,每个城乡社区至少配备1名社区社会工作者",
                "About 7,000 certified social workers in the city, 2 professional social workers per"
                    + " 10,000 residents, at least 1 community social worker in every community",
                Source.WORKERS,
                Source.SOCIAL_WORKERS_PER_10K_2020 + "。" + Source.SOCIAL_WORKER_EACH_COMMUNITY)
            .build(),
        task(
                "XM-T3-1-B6-1",
                "提高社区工作者专业水平(基层党组织书记队伍)",
                "Raise the professional level of community workers (grassroots Party secretaries)")
            .parent(WORKERS)
            .description(
                "制定完善优秀基层党组织书记导师库导师选聘标准,发挥导师“传帮带”作用;建立健全基层党组织书记后备人才库;"
                    + "加大从社区工作者中招录公务员和事业编制人员力度;市委组织部每年至少举办基层党组织书记示范培训1次;"
                    + "各区委组织部每年对街道分管副书记、组织委员、社区党组织书记至少集中轮训1次,镇(街)对社区党组织及小区党支部(党小组)书记至少集中轮训1次;"
                    + "各系统每年至少对所属基层党组织书记集中轮训1次;打造城市基层党组织书记交流平台。",
                "Set standards for a pool of mentor Party secretaries who coach others; build a"
                    + " reserve pool of future secretaries; recruit more civil servants and public"
                    + " institution staff from community workers; the municipal Party organisation"
                    + " department holds at least one demonstration training for grassroots Party"
                    + " secretaries a year; each district's department trains street deputy"
                    + " secretaries, organisation committee members and community Party secretaries"
                    + " at least once a year, and each town or street trains community and estate"
                    + " Party secretaries at least once; each system trains its grassroots"
                    + " secretaries at least once a year; build exchange platforms for urban"
                    + " grassroots Party secretaries.")
            .source(Source.BOX_6, Source.MENTORS)
            .build(),
        task(
                "XM-T3-1-B6-2",
                "实施社会工作专业人才支持计划",
                "Carry out the support programme for professional social-work talent")
            .parent(WORKERS)
            .description(
                "深化全国社区治理和服务创新实验区建设,培育发展社会工作行业组织和服务机构;"
                    + "对入选全国专业社会工作领军人才、厦门市专业社会工作领军人才分别给予10万元、5万元奖励;"
                    + "对民办社会工作服务机构新聘用且就业一年的社会工作者,按照助理社会工作师、中级社会工作师、高级社会工作师给予每人0.5万元、1万元、2万元一次性工作补贴。",
                "Deepen the national experimental zone for community governance and service"
                    + " innovation and foster social-work associations and agencies; award 100,000"
                    + " CNY to each national and 50,000 CNY to each Xiamen leading social-work"
                    + " professional; give social workers newly hired by private social-work"
                    + " agencies and employed for a year a one-off subsidy of 5,000, 10,000 or"
                    + " 20,000 CNY as assistant, intermediate or senior social workers.")
            .source(Source.BOX_6, Source.TALENT_AWARDS)
            .build(),
        task("XM-T3-2", "健全“三社联动”服务机制", "Improve the 'three-society linkage' service mechanism")
            .parent(WORKFORCE)
            .description(
                Source.THREE_SOCIETIES_TEXT + ";发展社区社会组织,探索建立社区社会组织孵化机制,建立社区社会组织综合服务平台。",
                "Link communities, social organisations and social workers: residents state needs,"
                    + " community organisations design, social organisations compete to deliver,"
                    + " social-work teams carry out and all parties supervise and evaluate; develop"
                    + " and incubate community social organisations and give them a service"
                    + " platform.")
            .departments(Source.THREE_SOCIETIES, "(牵头单位:市民政局 责任单位:市财政局、各区)")
            .build(),
        task("XM-T3-3", "壮大社区志愿者服务队伍", "Expand community volunteer teams")
            .parent(WORKFORCE)
            .description(
                Source.VOLUNTEER_SYSTEMS + ";依托社区志愿服务站和“志愿厦门”信息平台开展经常性招募或应急性招募;建立专业化志愿服务队。",
                "Set up systems for registering, training, recording, certifying, evaluating and"
                    + " rewarding community volunteers; recruit regularly and in emergencies through"
                    + " community volunteer stations and the 'Volunteer Xiamen' platform; build"
                    + " specialised volunteer teams.")
            .departments(Source.VOLUNTEERS, "(牵头单位:市民政局 责任单位:市委文明办、团市委、各区)")
            .milestone(
                2020,
                "注册志愿者达到54.82万人,占本地区居民比例达到13%",
                "548,200 registered volunteers, 13% of residents",
                Source.VOLUNTEERS,
                Source.VOLUNTEERS_2020)
            .build());
  }
}
