package org.shequ.plugins.zhejiang;

import static org.shequ.plugins.zhejiang.TaskBuilder.child;
import static org.shequ.plugins.zhejiang.TaskBuilder.task;

import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/**
 * The five projects (五大工程) of section 四 as parent tasks, each with its numbered work items as
 * children. The document names no lead departments for them; only the demonstration work of 四(五)3
 * says which level of government does what.
 */
final class ProjectTasks {
  private ProjectTasks() {}

  static List<Task> all() {
    List<Task> tasks = new ArrayList<>();
    tasks.addAll(standards());
    tasks.addAll(selfGovernance());
    tasks.addAll(consultation());
    tasks.addAll(threeSocieties());
    tasks.addAll(rural());
    return tasks;
  }

  private static List<Task> standards() {
    return List.of(
        task("ZJ-P1")
            .title("标准化引领工程", "Standardisation-led project")
            .description(
                "建立社区公共服务标准体系,推进农村社区建设标准化",
                "Set up a system of community public-service standards and standardise rural"
                    + " community building")
            .source(Sources.stated(Sections.STANDARDS, Quotes.P1))
            .build(),
        task("ZJ-P1-1")
            .parent("ZJ-P1")
            .title("社区公共服务标准化建设", "Standardising community public services")
            .description(
                "明确社区公共服务设施、保障、监管等标准体系,出台城市和农村社区公共服务标准目录",
                "Define standards for community public-service facilities, support and oversight;"
                    + " issue urban and rural catalogues of public-service standards")
            .milestone(
                new TaskMilestone(
                    2017,
                    1,
                    OrgUnitCondition.any(),
                    LocalizedText.of(
                        "出台社区公共服务相关标准目录(城市社区、农村社区)",
                        "Catalogues of community public-service standards issued (urban and rural)"),
                    Sources.derived(
                        Sections.STANDARDS_1,
                        Quotes.STANDARDS_CATALOGUE_2017,
                        "2017年初 (early 2017) read as by the end of January 2017, the first month"
                            + " of the year; the document names no month")))
            .source(Sources.stated(Sections.STANDARDS_1, Quotes.P1_1))
            .build(),
        task("ZJ-P1-2")
            .parent("ZJ-P1")
            .title("农村社区标准化建设", "Standardising rural community building")
            .description(
                "对文体设施、污水处理、社区环境、人口管理与社保、就业、综治等加强标准化设计,探索农村社区协商会议规范",
                "Standard designs for sports and culture facilities, sewage treatment, environment,"
                    + " population and social security, employment and public order; rules for"
                    + " rural consultation meetings")
            .source(Sources.stated(Sections.STANDARDS_2, Quotes.P1_2))
            .build());
  }

  private static List<Task> selfGovernance() {
    return List.of(
        task("ZJ-P2")
            .title("居民自治强化工程", "Strengthening residents' self-governance")
            .description(
                "完善居民自治的制度、组织和参与机制,发挥村规民约、社区公约作用",
                "Improve the institutions, organisations and participation of residents'"
                    + " self-governance; use village rules and community compacts")
            .source(Sources.stated(Sections.SELF_GOVERNANCE, Quotes.P2))
            .build(),
        child(
            "ZJ-P2-1",
            "ZJ-P2",
            "完善居民自治的制度体系",
            "Improving the institutions of residents' self-governance",
            "完善民主选举、民主决策、民主监督制度,扩大社区居委会直接选举覆盖面",
            "Improve democratic elections, decision-making and oversight; widen the direct"
                + " election of residents' committees",
            Sources.stated(Sections.SELF_GOVERNANCE_1, Quotes.P2_1)),
        child(
            "ZJ-P2-2",
            "ZJ-P2",
            "健全居民自治的组织体系",
            "Completing the organisations of residents' self-governance",
            "探索把业主委员会纳入居民自治,完善居(村)委会、居(村)民小组、楼道长、家庭户自治组织网络",
            "Bring owners' committees into self-governance; complete the network of committees,"
                + " residents' groups, stairwell heads and households",
            Sources.stated(Sections.SELF_GOVERNANCE_2, Quotes.P2_2)),
        child(
            "ZJ-P2-3",
            "ZJ-P2",
            "创新居民参与的协同机制",
            "New mechanisms for residents' participation",
            "利用智慧社区平台拓展居民参与渠道,创新社区与社会组织联动和邻里互助机制",
            "Widen participation through smart-community platforms; link communities with social"
                + " organisations; neighbourly mutual help",
            Sources.stated(Sections.SELF_GOVERNANCE_3, Quotes.P2_3)),
        child(
            "ZJ-P2-4",
            "ZJ-P2",
            "充分发挥村规民约、社区公约的积极作用",
            "Making full use of village rules and community compacts",
            "健全社区居民自治章程,深化村规民约、社区公约标准化建设,组建执行监督小组",
            "Complete self-governance charters, standardise village rules and community"
                + " compacts, form groups that oversee their observance",
            Sources.stated(Sections.SELF_GOVERNANCE_4, Quotes.P2_4)));
  }

  private static List<Task> consultation() {
    return List.of(
        task("ZJ-P3")
            .title("社区协商制度化工程", "Institutionalising community consultation")
            .description(
                "丰富社区协商内涵,推进协商规范化,创新协商治理载体",
                "Broaden, standardise and find new vehicles for community consultation")
            .source(Sources.stated(Sections.CONSULTATION, Quotes.P3))
            .build(),
        child(
            "ZJ-P3-1",
            "ZJ-P3",
            "丰富社区协商的内涵",
            "Broadening community consultation",
            "健全党组织领导、居(村)委会负责、多方参与的协商机制,推动社区联席协商",
            "Consultation led by the Party organisation, run by the committees, open to all"
                + " parties; joint consultation between communities",
            Sources.stated(Sections.CONSULTATION_1, Quotes.P3_1)),
        child(
            "ZJ-P3-2",
            "ZJ-P3",
            "推进社区协商的规范化",
            "Standardising community consultation",
            "完善居民会议和协商议事会议制度,先协商再决策",
            "Residents' meetings and consultation councils; consult before deciding",
            Sources.stated(Sections.CONSULTATION_2, Quotes.P3_2)),
        child(
            "ZJ-P3-3",
            "ZJ-P3",
            "创新社区协商治理的载体",
            "New vehicles for consultative governance",
            "推动社区共建理事会、乡贤参事会等参与协商,鼓励社区社会组织开展调解、互助等活动",
            "Co-building councils and village-sage councils in consultation; community"
                + " organisations in mediation and mutual help",
            Sources.stated(Sections.CONSULTATION_3, Quotes.P3_3)));
  }

  private static List<Task> threeSocieties() {
    return List.of(
        task("ZJ-P4")
            .title("“三社联动”创新工程", "“Three-society linkage” innovation project")
            .description(
                "社区、社会组织、社会工作联动:政府购买服务、培育社区社会组织、发展社会工作",
                "Linking communities, social organisations and social work: purchase of services,"
                    + " fostering organisations, developing social work")
            .source(Sources.stated(Sections.THREE_SOCIETIES, Quotes.P4))
            .build(),
        child(
            "ZJ-P4-1",
            "ZJ-P4",
            "逐步完善政府购买社区公共服务的新体系",
            "Building up government purchase of community public services",
            "出台购买服务目录清单和招标规范指引,完善评估制度,优先购买3A以上等级社会组织的服务",
            "Catalogue and tendering guidance for purchased services, evaluation rules,"
                + " preference for organisations rated 3A or above",
            Sources.stated(Sections.THREE_SOCIETIES_1, Quotes.P4_1)),
        task("ZJ-P4-2")
            .parent("ZJ-P4")
            .title(
                "不断创新培育社区社会组织的新机制", "New mechanisms for fostering community social organisations")
            .description(
                "建设枢纽型、支持型社会组织,重点支持服务特定群体的社区社会组织,推进社区社会工作室标准化建设",
                "Hub and support organisations; support for organisations serving particular"
                    + " groups; standard social-work studios")
            .milestone(
                endOf2020(
                    Sections.THREE_SOCIETIES_2,
                    OrgUnitCondition.any(),
                    "登记和备案的社区社会组织达到15万个以上,枢纽型、支持型社会组织基本覆盖每个街道(乡镇)和城乡社区",
                    "150,000 or more registered or filed community social organisations; hub and"
                        + " support organisations in nearly every street, township and community",
                    Quotes.SOCIAL_ORGS_2020,
                    ""))
            .source(Sources.stated(Sections.THREE_SOCIETIES_2, Quotes.P4_2))
            .build(),
        task("ZJ-P4-3")
            .parent("ZJ-P4")
            .title("大力推动社会工作的新发展", "Promoting social work")
            .description(
                "加强社区社会工作专业人才队伍建设,开发专业岗位,出台民办社会工作机构扶持政策",
                "Build the professional community social-work workforce, create posts, issue"
                    + " policies supporting private social-work agencies")
            .milestone(
                endOf2020(
                    Sections.THREE_SOCIETIES_3,
                    URBAN,
                    "城市社区工作者中持社会工作者职业水平证书人数提高40%以上",
                    "Urban community workers holding the social-work certificate up 40% or more",
                    Quotes.SOCIAL_WORKERS_2020,
                    URBAN_PART))
            .milestone(
                endOf2020(
                    Sections.THREE_SOCIETIES_3,
                    RURAL,
                    "每个农村社区配备1名社区社会工作者",
                    "A community social worker in every rural community",
                    Quotes.SOCIAL_WORKERS_2020,
                    RURAL_PART))
            .milestone(
                endOf2020(
                    Sections.THREE_SOCIETIES_3,
                    URBAN,
                    "民办社会工作机构基本覆盖城市社区",
                    "Private social-work agencies in nearly every urban community",
                    Quotes.AGENCIES_2020,
                    URBAN_PART))
            .milestone(
                endOf2020(
                    Sections.THREE_SOCIETIES_3,
                    RURAL,
                    "民办社会工作机构覆盖三分之一以上的农村社区",
                    "Private social-work agencies in over a third of rural communities",
                    Quotes.AGENCIES_2020,
                    RURAL_PART))
            .source(Sources.stated(Sections.THREE_SOCIETIES_3, Quotes.P4_3))
            .build());
  }

  private static final OrgUnitCondition URBAN = new OrgUnitCondition.AreaIs(AreaType.URBAN);
  private static final OrgUnitCondition RURAL = new OrgUnitCondition.AreaIs(AreaType.RURAL);
  private static final String URBAN_PART = "; the clause's urban part, for urban communities";
  private static final String RURAL_PART = "; the clause's rural part, for rural communities";

  /** A step due «到2020年末» (by the end of 2020): December 2020, for the units it names. */
  private static TaskMilestone endOf2020(
      String section, OrgUnitCondition appliesTo, String zh, String en, String quote, String part) {
    return new TaskMilestone(
        2020,
        12,
        appliesTo,
        LocalizedText.of(zh, en),
        Sources.derived(
            section, quote, "到2020年末 (by the end of 2020) read as December 2020" + part));
  }

  private static List<Task> rural() {
    List<Task> tasks = new ArrayList<>();
    tasks.add(
        task("ZJ-P5")
            .title("农村社区建设深化工程", "Deepening rural community building")
            .description(
                "多元共治农村治理,提升农村公共服务,分类分层创建农村社区示范单位",
                "Multi-party rural governance, better rural public services, demonstration units"
                    + " by type and tier")
            .source(Sources.stated(Sections.RURAL, Quotes.P5))
            .build());
    tasks.add(
        child(
            "ZJ-P5-1",
            "ZJ-P5",
            "打造多元共治农村治理新品牌",
            "A brand of multi-party rural governance",
            "加强党组织领导,鼓励驻村单位、外出和退休回乡人员参与,形成农村社区“三社联动”品牌",
            "Party leadership; units stationed in villages, emigrants and returning retirees take"
                + " part; a rural three-society linkage brand",
            Sources.stated(Sections.RURAL_1, Quotes.P5_1)));
    tasks.add(
        child(
            "ZJ-P5-2",
            "ZJ-P5",
            "探索农村公共服务提质增效新路径",
            "Better and more efficient rural public services",
            "推进“互联网+”智慧农村社区建设,加快96345社区公共服务综合信息平台向农村延伸",
            "Internet-plus smart rural communities; extend the 96345 public-service information"
                + " platform to the countryside",
            Sources.stated(Sections.RURAL_2, Quotes.P5_2)));
    tasks.add(
        child(
            "ZJ-P5-3",
            "ZJ-P5",
            "分类分层推进农村社区示范单位创建",
            "Demonstration units of rural community building by type and tier",
            "制定农村社区建设标准和评价体系,按“示范型”“完善型”“提升型”分层建设,开展三级示范创建",
            "Rural community standards and evaluation; model, improved and upgrading tiers;"
                + " demonstration at three levels",
            Sources.stated(Sections.RURAL_3, Quotes.P5_3)));
    TaskBuilder counties =
        task("ZJ-P5-3-1")
            .parent("ZJ-P5-3")
            .title("县级示范创建", "Demonstration counties")
            .description(
                "省重点抓好县级示范创建活动,每年建设10个左右的示范县(市、区)",
                "The province builds about ten demonstration counties a year")
            .responsible("省级")
            .source(Sources.stated(Sections.RURAL_3, Quotes.DEMO_COUNTIES));
    Provenance yearly =
        Sources.derived(
            Sections.RURAL_3,
            Quotes.DEMO_COUNTIES,
            "每年 (every year) set for each year from the plan's issue (January 2017) to 2020");
    for (int year = TextIndicators.FIRST_YEARLY_MILESTONE; year <= 2020; year++) {
      counties.milestone(
          year, "建设10个左右的示范县(市、区)", "About ten demonstration counties built", yearly);
    }
    tasks.add(counties.build());
    tasks.add(
        task("ZJ-P5-3-2")
            .parent("ZJ-P5-3")
            .title("示范乡镇创建", "Demonstration townships")
            .description(
                "设区市抓好示范乡镇创建,制定创建标准、考评办法和推进措施",
                "Cities run the demonstration townships, with their own standards and assessment")
            .responsible("市级")
            .source(Sources.stated(Sections.RURAL_3, Quotes.DEMO_TOWNS_VILLAGES))
            .build());
    tasks.add(
        task("ZJ-P5-3-3")
            .parent("ZJ-P5-3")
            .title("示范村创建", "Demonstration villages")
            .description(
                "县(市、区)抓好示范村创建,制定创建标准、考评办法和推进措施",
                "Counties run the demonstration villages, with their own standards and assessment")
            .responsible("县级")
            .source(Sources.stated(Sections.RURAL_3, Quotes.DEMO_TOWNS_VILLAGES))
            .build());
    return tasks;
  }
}
