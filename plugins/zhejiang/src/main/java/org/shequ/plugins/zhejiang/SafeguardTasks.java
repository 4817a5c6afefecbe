package org.shequ.plugins.zhejiang;

import static org.shequ.plugins.zhejiang.TaskBuilder.child;
import static org.shequ.plugins.zhejiang.TaskBuilder.task;

import java.util.List;
import org.shequ.plan.api.Task;

/**
 * The safeguards of section 五 (organisation, funding, talent, technology) as parent tasks, with the
 * work each of them sets out as children.
 */
final class SafeguardTasks {
  private SafeguardTasks() {}

  static List<Task> all() {
    return List.of(
        task("ZJ-S1")
            .title("组织保障", "Organisational safeguards")
            .description(
                "健全社区治理体制,推进减负增效和工作准入,开展社区治理和服务创新实验",
                "Governance structures, lighter burdens and an admission list for community"
                    + " duties, innovation experiments")
            .source(Sources.stated(Sections.ORGANISATION, Quotes.S1))
            .build(),
        child(
            "ZJ-S1-1",
            "ZJ-S1",
            "健全社区治理体制和推进机制",
            "Governance structures and delivery mechanisms",
            "党委领导、政府主导、社会力量广泛参与,建立规划引领、科研探索、项目实施的推进机制",
            "Party committees lead, government directs, society takes part; plans, research and"
                + " projects drive delivery",
            Sources.stated(Sections.ORGANISATION, Quotes.S1_1)),
        child(
            "ZJ-S1-2",
            "ZJ-S1",
            "社区减负增效和事权事务准入",
            "Lighter burdens and an admission list for community duties",
            "贯彻社区减负工作要求,全方位推进社区事权事务工作准入和目录制度",
            "Apply the national rules on reducing community burdens; admission and catalogue"
                + " system for the duties placed on communities",
            Sources.stated(Sections.ORGANISATION, Quotes.S1_2)),
        child(
            "ZJ-S1-3",
            "ZJ-S1",
            "社区治理和服务创新实验",
            "Community governance and service innovation experiments",
            "开展国家级、省级社区治理和服务创新实验,确保改革任务按规划推进",
            "National and provincial innovation experiments keep the reforms on plan",
            Sources.stated(Sections.ORGANISATION, Quotes.S1_3)),
        child(
            "ZJ-S1-4",
            "ZJ-S1",
            "落实居委会法定职责,完善内部治理结构",
            "Residents' committees' statutory role and internal governance",
            "落实居委会组织法赋予的法定职责,探索把业主委员会、物业公司等组织到居民自治体系",
            "Hold residents' committees to their statutory duties; bring owners' committees and"
                + " property managers into self-governance",
            Sources.stated(Sections.ORGANISATION, Quotes.S1_4)),
        task("ZJ-S2")
            .title("资金保障", "Funding safeguards")
            .description(
                "示范县补助、社区基础设施经费保障、公共空间治理、社会资本参与",
                "Subsidies for demonstration counties, funds for community facilities, public"
                    + " space, private capital")
            .source(Sources.stated(Sections.FUNDING, Quotes.S2))
            .build(),
        task("ZJ-S2-1")
            .parent("ZJ-S2")
            .title("以示范县作为补助资金分配因素", "Demonstration counties as a factor in allocating subsidies")
            .description(
                "省厅将农村社区建设示范县等作为补助资金分配因素之一",
                "The provincial department weighs demonstration counties when allocating"
                    + " subsidies")
            .lead("省民政厅")
            .source(Sources.stated(Sections.FUNDING, Quotes.S2_1))
            .build(),
        task("ZJ-S2-2")
            .parent("ZJ-S2")
            .title("社区基础设施建设经费保障", "Funds for community facilities")
            .description(
                "推进社区办公场地、社区服务中心、居家养老照料中心、文化礼堂等基础设施建设",
                "Build community offices, service centres, home-care centres and cultural halls")
            .responsible("各级政府")
            .source(Sources.stated(Sections.FUNDING, Quotes.S2_2))
            .build(),
        child(
            "ZJ-S2-3",
            "ZJ-S2",
            "社区公共空间治理",
            "Governing community public space",
            "加强社区公共空间规划、管理,协调公共空间使用者与相邻居民的矛盾",
            "Plan and manage public space; settle conflicts between its users and neighbours",
            Sources.stated(Sections.FUNDING, Quotes.S2_3)),
        child(
            "ZJ-S2-4",
            "ZJ-S2",
            "社会资本和公益力量参与社区基础设施建设",
            "Private capital and charities in community facilities",
            "探索政府与社会资本合作(PPP),发挥慈善组织、基金会等公益机构作用",
            "Public-private partnerships (PPP); charities and foundations",
            Sources.stated(Sections.FUNDING, Quotes.S2_4)),
        task("ZJ-S3")
            .title("人才保障", "Talent safeguards")
            .description(
                "优化社区工作人才队伍结构,培养领军人才和督导,开展实务培训和案例评选,发展志愿服务",
                "A better community workforce: leading talents, supervisors, practice training,"
                    + " case awards, volunteering")
            .source(Sources.stated(Sections.TALENT, Quotes.S3))
            .build(),
        child(
            "ZJ-S3-1",
            "ZJ-S3",
            "优化社区工作人才队伍结构",
            "A better-structured community workforce",
            "体制内建设和体制外嵌入相结合,通过政府购买和考核激励打造专业人才队伍",
            "Combine staff inside the system with professionals embedded from outside, through"
                + " purchase of services and incentives",
            Sources.stated(Sections.TALENT, Quotes.S3_1)),
        child(
            "ZJ-S3-2",
            "ZJ-S3",
            "省级社区工作领军人才培养",
            "Provincial programme for community-work leading talents",
            "有条件的地区每个县(市、区)培育3名左右,欠发达地区培养1-2名",
            "About three per county where conditions allow, one or two in less-developed areas",
            Sources.stated(Sections.TALENT, Quotes.LEADERS)),
        child(
            "ZJ-S3-3",
            "ZJ-S3",
            "社区工作者社会工作实务培训",
            "Social-work practice training of community workers",
            "每年不少于40小时",
            "At least 40 hours a year",
            Sources.stated(Sections.TALENT, Quotes.TRAINING)),
        child(
            "ZJ-S3-4",
            "ZJ-S3",
            "社区社会工作督导培养",
            "Training community social-work supervisors",
            "鼓励建立若干个省级民办社工机构,每年培养200人左右的社区社会工作督导,再培训辖区社区工作者",
            "Provincial private agencies train about 200 supervisors a year, who then train local"
                + " community workers",
            Sources.stated(Sections.TALENT, Quotes.SUPERVISORS)),
        child(
            "ZJ-S3-5",
            "ZJ-S3",
            "社区社会工作优秀案例评选",
            "Awards for outstanding community social-work cases",
            "在街道、县(市、区)、设区市、省多个层面开展评选",
            "Held at street, county, city and provincial level",
            Sources.stated(Sections.TALENT, Quotes.S3_5)),
        child(
            "ZJ-S3-6",
            "ZJ-S3",
            "社区志愿服务队伍建设",
            "Community volunteer teams",
            "志愿服务从政府主导型向社会主导型转变,项目化运作,开发常设志愿服务岗,稳定社区内生型志愿者队伍",
            "From government-led to society-led volunteering: projects, standing volunteer posts,"
                + " stable teams of residents",
            Sources.stated(Sections.TALENT, Quotes.S3_6)),
        task("ZJ-S4")
            .title("技术保障", "Technology safeguards")
            .description(
                "整合社区信息化平台,推进智慧社区建设,发挥大数据作用",
                "Integrated community information platforms, smart communities, big data")
            .source(Sources.stated(Sections.TECHNOLOGY, Quotes.S4))
            .build(),
        child(
            "ZJ-S4-1",
            "ZJ-S4",
            "整合社区信息化服务平台",
            "Integrating community information platforms",
            "横向联动、纵向联网,深化社区公共服务综合信息平台功能建设,加强部门信息共享",
            "Link platforms across departments and levels; deepen the community public-service"
                + " information platform; share data",
            Sources.stated(Sections.TECHNOLOGY, Quotes.S4_1)),
        child(
            "ZJ-S4-2",
            "ZJ-S4",
            "智慧社区与“十五分钟社区服务圈”",
            "Smart communities and the 15-minute community service circle",
            "围绕96345社区服务中心拓展服务功能,推动线上线下服务,实现“十五分钟社区服务圈”",
            "Extend the 96345 service centre; online and offline services; a service circle within"
                + " fifteen minutes",
            Sources.stated(Sections.TECHNOLOGY, Quotes.S4_2)),
        child(
            "ZJ-S4-3",
            "ZJ-S4",
            "社区大数据服务公共决策",
            "Community big data for public decisions",
            "利用社区大数据掌握居民需求变化,为政府公共决策提供参考和分析",
            "Use community data to follow residents' needs and inform government decisions",
            Sources.stated(Sections.TECHNOLOGY, Quotes.S4_3)));
  }
}
