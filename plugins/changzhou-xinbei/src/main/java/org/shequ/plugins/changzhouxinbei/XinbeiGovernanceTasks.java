package org.shequ.plugins.changzhouxinbei;

import static org.shequ.plugins.changzhouxinbei.TableCells.cell;
import static org.shequ.plugins.changzhouxinbei.TaskSpec.group;
import static org.shequ.plugins.changzhouxinbei.TaskSpec.task;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_4;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_4_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_4_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_4_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_5;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_5_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_5_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_5_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_6;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_6_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_6_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_6_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S4_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S4_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S4_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.SAFEGUARDS;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;

/**
 * Tasks of section 三(四)–(六) (service capacity, effective governance, co-governance) and the
 * safeguards of section 四.
 */
final class XinbeiGovernanceTasks {
  private XinbeiGovernanceTasks() {}

  static List<Task> all() {
    return List.of(
        group(
                "XB-3-4",
                "以“减负增效”为目标,提高社区服务水平",
                "Lighten communities' load to raise their service level",
                Provenance.stated(S3_4, "(四)以“减负增效”为目标,提高社区服务水平"))
            .build(),
        task(
                "XB-3-4-1",
                "XB-3-4",
                "建立政府部门协助机制",
                "Set up a mechanism for government departments to assist communities",
                Provenance.stated(
                    S3_4_1, "全面实行“政社互动”和城乡社区工作准入制,积极采取检查督办、批评通报、绩效考核等措施,切实巩固近年来城乡社区“减负增效”成果。"))
            .description(
                "全面实行“政社互动”和社区工作准入制,采取领导挂钩基层、部门联系社区、群众评议政府部门等办法建立各级各部门协助机制。",
                "Apply government-society interaction and the community work-entry system"
                    + " everywhere; leaders paired with the grassroots, departments linked to"
                    + " communities and residents' reviews of departments.")
            .build(),
        task(
                "XB-3-4-2",
                "XB-3-4",
                "完善社区自我管理机制",
                "Improve communities' self-management",
                Provenance.stated(S3_4_2, "组织城乡社区党员干部成立联系服务群众团体,为群众提供便利、快捷、有效服务。"))
            .description(
                "发挥社区自治组织作用组织社区协商活动,鼓励居民参与服务项目运行和监督,探索建立城乡社区基金。",
                "Community self-governing bodies organise consultation; residents take part in"
                    + " running and overseeing service projects; explore community funds.")
            .build(),
        socialOrgsTask(),
        group(
                "XB-3-5",
                "以群众需求为导向,实现城乡社区有效治理",
                "Govern communities effectively, guided by residents' needs",
                Provenance.stated(S3_5, "(五)以群众需求为导向,实现城乡社区有效治理"))
            .build(),
        task(
                "XB-3-5-1",
                "XB-3-5",
                "开通居民需求调查通道",
                "Open channels for surveying residents' needs",
                Provenance.stated(S3_5_1, "通过问卷调查、居民座谈、工作分析等方式,及时了解广大居民利益需求。"))
            .description(
                "将群众的基本公共服务需求纳入各级各部门年度工作目标考核。",
                "Residents' needs for basic public services enter the annual performance targets"
                    + " of every level and department.")
            .build(),
        gridTask(),
        workersTask(),
        group(
                "XB-3-6",
                "以社区共治为突破,提升城乡社区治理成效",
                "Make co-governance the breakthrough for better community governance",
                Provenance.stated(S3_6, "(六)以社区共治为突破,提升城乡社区治理成效"))
            .build(),
        task(
                "XB-3-6-1",
                "XB-3-6",
                "建立多元共治机制",
                "Set up multi-party co-governance",
                Provenance.stated(S3_6_1, "由社区党组织负责组织召开社区“多位一体”联席会议,组织协调、研究解决社区各类问题"))
            .description(
                "以居委会、业委会(物管会)、物业服务企业、社会组织和驻区单位为依托,以联席会议制度为纽带,发挥居委会对业委会的指导、监督作用。",
                "Residents' committees, owners' committees, property managers, social"
                    + " organisations and local units meet in joint meetings; residents'"
                    + " committees guide and oversee owners' committees.")
            .lead("社区党组织")
            .build(),
        task(
                "XB-3-6-2",
                "XB-3-6",
                "健全考核引导机制",
                "Improve assessment and guidance",
                Provenance.stated(S3_6_2, "镇(街道)负责建立物业管理与社区管理、社区服务协调机制,指导、协调解决当前社区工作难题,全面提升居民满意度。"))
            .description(
                "社区居委会协助业委会监管物业服务;物业未覆盖的安置小区实行社区化准物业管理;区房管局负责监督管理。",
                "Residents' committees help owners' committees oversee property services;"
                    + " resettlement estates without a property company get community-run"
                    + " quasi-property management; the district housing bureau supervises.")
            .lead("镇(街道)")
            .responsible("社区居委会", "区房管局")
            .build(),
        task(
                "XB-3-6-3",
                "XB-3-6",
                "解决社区工作难题",
                "Solve communities' practical problems",
                Provenance.stated(S3_6_3, "区房管部门指导镇(街道)解决当前社区物业工作难题,全面提升居民满意度。"))
            .description(
                "业委会(物管会)监管物业服务;物业未覆盖的安置小区由镇、街道成立物业服务部门直接管理;物业公司退出后成立物管组织维持长效管理。",
                "Owners' committees oversee property services; towns and streets manage"
                    + " resettlement estates without a property company directly; a property"
                    + " management body takes over when a company leaves.")
            .lead("区房管部门")
            .responsible("镇(街道)", "业委会(物管会)")
            .build(),
        group("XB-4", "保障措施", "Safeguards", Provenance.stated(SAFEGUARDS, "四、保障措施")).build(),
        task(
                "XB-4-1",
                "XB-4",
                "健全领导机制",
                "Strengthen leadership",
                Provenance.stated(S4_1, "由区分管领导牵头,成立由区各相关职能部门组成的区城乡社区工作委员会,定期会商研究涉及社区建设发展的重大问题"))
            .description(
                "成立区城乡社区工作委员会,分解落实目标任务,将城乡社区建设成效纳入对镇(街道)、区各职能部门的工作目标考核。",
                "Set up a district community work committee, assign targets, and include"
                    + " community-building results in the performance assessment of towns,"
                    + " streets and district departments.")
            .lead("区分管领导")
            .responsible("区各相关职能部门")
            .build(),
        task(
                "XB-4-2",
                "XB-4",
                "加大扶持力度",
                "Increase support",
                Provenance.stated(S4_2, "加强财政预算与规划实施的衔接协调,建立健全与城乡社区发展相匹配的预算安排机制。"))
            .description(
                "多渠道筹集建设资金,采取公建民营、民办公助、政府购买服务、PPP模式等方式引导社会力量参与,落实税收、收费等优惠政策。",
                "Raise funds from many sources; bring in social capital through publicly built,"
                    + " privately run facilities, purchase of services and PPP; apply tax and fee"
                    + " concessions.")
            .build(),
        task(
                "XB-4-3",
                "XB-4",
                "强化责任落实",
                "Enforce responsibilities",
                Provenance.stated(S4_3, "本规划由区人民政府组织实施。本规划确定的指标要定期检查、落实到位。"))
            .description(
                "建立规划实施的部门协调机制,开展规划实施情况动态监测和评估,适时督促检查。",
                "Coordinate departments, monitor and evaluate implementation continuously, and"
                    + " inspect in good time.")
            .lead("区人民政府")
            .build());
  }

  private static Task socialOrgsTask() {
    String row = XinbeiWording.T2_SOCIAL_ORGS;
    TaskSpec spec =
        task(
                "XB-3-4-3",
                "XB-3-4",
                "健全社会组织培育机制",
                "Improve the fostering of social organisations",
                Provenance.stated(
                    S3_4_3,
                    "重点培育与居民生活息息相关的10类社会组织:婴幼儿活动益智类、青少年教育培训类、老年人居家养老类、残疾人关爱帮扶类、辖区治安调解类、文体活动类、劳动就业类、法律咨询类、家政维修类和才艺展示宣传类。"))
            .description(
                "通过政策引导、资金扶持、业务培训重点培育10类社会组织,在村(社区)社会组织站建立社区社会组织发展中心。",
                "Foster ten kinds of social organisations through policy, funding and training;"
                    + " set up social organisation development centres at village and community"
                    + " stations.");
    // Each cell of 专栏二 row 8 gives urban and rural communities their own figure (分别达): one
    // step for each kind of community.
    String[] cells = {"城乡社区分别达6个、3个", "城乡社区分别达8个、3个", "城乡社区分别达9个、4个"};
    int[][] figures = {{6, 3}, {8, 3}, {9, 4}};
    for (int i = 0; i < cells.length; i++) {
      Provenance cell = cell(row, cells[i]);
      spec.milestone(
              2017 + i,
              URBAN,
              "城镇社区平均社会组织达" + figures[i][0] + "个",
              figures[i][0] + " organisations per urban community on average",
              cell)
          .milestone(
              2017 + i,
              RURAL,
              "农村社区平均社会组织达" + figures[i][1] + "个",
              figures[i][1] + " organisations per rural community on average",
              cell);
    }
    Provenance text = Provenance.stated(S3_4_3, XinbeiWording.SOCIAL_ORGS_2020);
    return spec.milestone(
            2020,
            URBAN,
            "城市社区平均拥有社区社会组织不少于10个",
            "At least 10 organisations per urban community on average",
            text)
        .milestone(
            2020,
            RURAL,
            "农村社区平均拥有社区社会组织不少于5个",
            "At least 5 organisations per rural community on average",
            text)
        .build();
  }

  private static final OrgUnitCondition URBAN = new OrgUnitCondition.AreaIs(AreaType.URBAN);
  private static final OrgUnitCondition RURAL = new OrgUnitCondition.AreaIs(AreaType.RURAL);

  private static Task gridTask() {
    Provenance grid = Provenance.stated(S3_5_2, XinbeiWording.GRID);
    return task(
            "XB-3-5-2",
            "XB-3-5",
            "深入开展网格化精细管理和服务",
            "Deepen fine-grained grid management and services",
            Provenance.stated(
                S3_5_2,
                "深入开展城乡社区网格化管理和服务,出台《全区城乡社区网格化管理服务意见》,健全城乡社区网格化管理服务工作体系,有效整合党建、综治、城管、社区服务等多种网格。"))
        .description(
            "出台《全区城乡社区网格化管理服务意见》,整合多种网格,建立专职和兼职网格员相结合制度。",
            "Issue the district opinion on community grid management, merge the various grids"
                + " and combine full-time and part-time grid workers.")
        .milestone(2017, "选择1个街道进行试点", "Piloted in 1 street", grid)
        .milestone(2018, "在城区3个街道推行", "Implemented in the 3 streets of the urban area", grid)
        .milestone(
            2019, "扩大至50%的镇推行", "Extended to 50% of towns", cell(XinbeiStages.ROW_9, "扩大至50%的镇推行"))
        .milestone(2020, "实现全区覆盖", "Covers the whole district", grid)
        .build();
  }

  private static Task workersTask() {
    String row = XinbeiWording.T2_CERTIFIED;
    String twoOfFour =
        "the row prints two cells for the four years 2017–2020; read as 2017 and 2018";
    return task(
            "XB-3-5-3",
            "XB-3-5",
            "提升社工为民服务水平",
            "Raise social workers' service to residents",
            Provenance.stated(S3_5_3, "采取基层推荐、社会招聘、事业单位下派、人才引进、民主选举等方式方法,推进社工队伍建设。"))
        .description(
            "开展社工职业水平考试培训、实务技能培训、技能大比拼,提升薪酬保障水平,畅通晋升渠道。",
            "Train for the social-work qualification exam and practical skills, hold skills"
                + " contests, raise pay and open promotion paths.")
        .milestone(
            2017,
            "45周岁以下社工持证率达40%",
            "40% of social workers aged 45 or under certified",
            cell(row, "40%", twoOfFour))
        .milestone(
            2018,
            "45周岁以下社工持证率达60%",
            "60% of social workers aged 45 or under certified",
            cell(row, "60%", twoOfFour))
        .milestone(
            2020,
            URBAN,
            "45周岁以下城镇社区社工持证率达到95%",
            "95% of urban community social workers aged 45 or under certified",
            Provenance.stated(S3_5_3, XinbeiWording.CERTIFIED_2017_2020))
        .milestone(
            2020,
            RURAL,
            "45周岁以下农村社区社工持证率达到95%",
            "95% of rural community social workers aged 45 or under certified",
            Provenance.stated(S3_5_3, XinbeiWording.CERTIFIED_2017_2020))
        .milestone(
            2020,
            "社工平均待遇达到上年度城镇职工平均工资水平",
            "Social workers' average pay reaches the previous year's average urban wage",
            Provenance.stated(S3_5_3, XinbeiWording.PAY_2020))
        .build();
  }
}
