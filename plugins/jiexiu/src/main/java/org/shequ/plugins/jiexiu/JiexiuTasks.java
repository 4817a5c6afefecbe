package org.shequ.plugins.jiexiu;

import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/**
 * The timeline: the three task groups of 三、主要任务 with their eleven numbered tasks, and the five
 * safeguards of 四、保障措施. The document dates only one task itself (三(三)3, 2020); the 2020 goals of
 * 二(三) are attached to the tasks that deliver them, each for the communities it names (urban,
 * rural, rural by population). It names departments for two items only.
 */
final class JiexiuTasks {
  private JiexiuTasks() {}

  static final String CIVIL_AFFAIRS = "民政部门";
  static final String STREET_OFFICES_AND_TOWNS = "街道办事处(乡镇人民政府)";

  private static final OrgUnitCondition URBAN = new OrgUnitCondition.AreaIs(AreaType.URBAN);
  private static final OrgUnitCondition RURAL = new OrgUnitCondition.AreaIs(AreaType.RURAL);
  private static final OrgUnitCondition RURAL_BELOW_THRESHOLD =
      new OrgUnitCondition.AllOf(
          List.of(
              RURAL,
              new OrgUnitCondition.PopulationBelow(JiexiuIndicators.RURAL_POPULATION_THRESHOLD)));
  private static final OrgUnitCondition RURAL_FROM_THRESHOLD =
      new OrgUnitCondition.AllOf(
          List.of(
              RURAL,
              new OrgUnitCondition.PopulationAtLeast(JiexiuIndicators.RURAL_POPULATION_THRESHOLD)));

  private static final String GOAL_NOTE =
      "a 2020 goal of 二(三) 总体目标 attached to the task that delivers it; the document dates no"
          + " other step";

  static List<Task> all() {
    return List.of(
        group(
            "JX-T1",
            "夯实城乡社区联动平台",
            "Consolidate the urban and rural community linkage platform",
            "三(一)"),
        task(
            "JX-T1-1",
            "JX-T1",
            "健全社区组织",
            "Strengthen community organisations",
            "建立以社区党组织为核心的社区组织体系和工作运行机制,配套建立居(村)民小组、居(村)民代表会议等组织",
            "Build a community organisation system and working mechanism with the community Party"
                + " organisation at its core, with residents' (villagers') groups and"
                + " representative assemblies, so residents take part in governance in an orderly"
                + " way",
            "三(一)1 健全社区组织",
            "建立健全以社区党组织为核心、社区自治组织为主导、群团组织为纽带、监督组织为制约、社会组织和经济组织为补充的社区组织体系和工作运行机制"),
        item(
                "JX-T1-2",
                "JX-T1",
                "改善服务设施",
                "Improve service facilities",
                "将社区综合服务设施建设纳入相关规划,多渠道加大建设力度,实现综合服务设施全覆盖,有条件的社区建立社区社会组织联合会、社会工作室",
                "Write community service facilities into the development, urban-rural and land-use"
                    + " plans, build them through several channels until every community has one,"
                    + " and where possible house a federation of community social organisations"
                    + " and a social-work office in them",
                Source.FACILITIES,
                "通过筹资新建、开发配建、政府购买、驻区单位援助、调剂置换等方式,加大社区综合服务设施建设力度,努力实现社区综合服务设施全覆盖")
            .milestone(
                2020,
                URBAN,
                Source.GOAL_FACILITIES,
                "Urban community venues and public-service facilities all upgraded; community"
                    + " service facilities of 500 m² or more",
                Source.GOAL_FACILITIES,
                "the 500 m² clause follows the upgrade of urban community venues in the same"
                    + " sentence, so the step is read as one for urban communities")
            .build(),
        task(
            "JX-T1-3",
            "JX-T1",
            "打造信息平台",
            "Build the information platform",
            "建设社区公共服务综合信息平台,在市级层面建设和部署、在街道或整合后的社区层级应用,建立“一站式”社区公共服务机构",
            "Build the integrated community public-service information platform, deployed by the"
                + " city and used by streets or merged communities, which set up one-stop community"
                + " public-service bodies on it",
            Source.INFORMATION,
            "依托“互联网+政务服务”相关重点工程,加快社区公共服务综合信息平台建设"),
        task(
            "JX-T1-4",
            "JX-T1",
            "减轻社区负担",
            "Reduce the burden on communities",
            "建立社区工作准入制度,清理规范工作机构和牌子,精简会议和台账,清理各类证明,取消“一票否决”事项",
            "Introduce an admission system for work assigned to communities, clear out offices and"
                + " plaques placed there, cut meetings and paperwork, clear the certificates"
                + " committees issue, and abolish one-vote veto items",
            "三(一)4 减轻社区负担",
            "依据社区工作事项清单建立社区工作准入制度"),
        group("JX-T2", "增强社会组织承载功能", "Strengthen the capacity of social organisations", "三(二)"),
        task(
            "JX-T2-1",
            "JX-T2",
            "建立社会组织参与机制",
            "Set up the mechanism for social organisations to take part",
            "通过政府购买服务、公益创投等措施促进社会组织参与社区服务,建立购买社区公共服务项目清单,吸收社会组织参与基层民主协商",
            "Bring social organisations into community services through government purchase,"
                + " venture philanthropy and similar measures; list the community public services"
                + " to be purchased; involve social organisations in grassroots consultation",
            "三(二)1 建立社会组织参与机制",
            "建立购买社区公共服务项目清单,能够由社会组织承担的基本公共服务事项、社会管理事项优先来考虑符合条件的社会组织"),
        item(
                "JX-T2-2",
                "JX-T2",
                "积极培育社区社会组织",
                "Actively foster community-based social organisations",
                "建立社区社会组织服务平台,重点培育社区服务类、公益慈善类、文体活动类社区社会组织,降低准入门槛,简化登记程序;暂不具备登记条件的由街道办事处(乡镇人民政府)实施管理",
                "Set up service platforms for community social organisations; foster service,"
                    + " charity, culture and sports organisations first, with lower thresholds and"
                    + " simpler registration; street offices and town governments manage those not"
                    + " yet able to register",
                "三(二)2 积极培育社区社会组织",
                "对暂不具备登记条件但能正常开展活动的社区服务性、公益性、互助性社会组织,按照不同规模、业务范围、成员构成和服务对象,由街道办事处(乡镇人民政府)实施管理")
            .responsible(STREET_OFFICES_AND_TOWNS)
            .milestone(
                2020,
                URBAN,
                "城市社区至少有10个以上",
                "At least 10 community social organisations in each urban community",
                Source.GOAL_SOCIAL_ORGS,
                null)
            .milestone(
                2020,
                RURAL_BELOW_THRESHOLD,
                "3000人以下的农村社区至少2个以上",
                "At least 2 in each rural community of fewer than 3,000 residents",
                Source.GOAL_SOCIAL_ORGS,
                null)
            .milestone(
                2020,
                RURAL_FROM_THRESHOLD,
                "3000人以上的农村社区至少5个以上社区社会组织",
                "At least 5 in each rural community of 3,000 residents or more",
                Source.GOAL_SOCIAL_ORGS,
                "a rural community of exactly 3,000 residents falls under “3000人以上”")
            .build(),
        task(
            "JX-T2-3",
            "JX-T2",
            "促进社区社会组织作用发挥",
            "Let community-based social organisations play their part",
            "鼓励社区社会组织开展邻里互助、纠纷调解等活动,承接社区公共服务和基层政府委托事项,开展志愿服务,参与精准扶贫",
            "Encourage community social organisations to run neighbourly help, mediation and"
                + " similar activities, take on community public services and tasks entrusted by"
                + " local government, volunteer, and join targeted poverty alleviation",
            "三(二)3 促进社区社会组织作用发挥",
            "鼓励社区社会组织开展邻里互助、居民融入、纠纷调解、平安创建等社区活动"),
        group(
            "JX-T3",
            "强化社会工作专业人才支撑力量",
            "Strengthen the support of professional social workers",
            "三(三)"),
        item(
                "JX-T3-1",
                "JX-T3",
                "培养社区社会工作专业人才",
                "Train professional community social workers",
                "加大社会工作知识普及培训,推进社区工作者向专业社会工作者转型,在街道(乡镇)社区服务中心(站)设置社会工作专业岗位,招录社会工作专业毕业生",
                "Train community cadres and staff in social work, help community workers become"
                    + " professional social workers, create social-work posts at street and town"
                    + " community service centres, and recruit social-work graduates",
                Source.SOCIAL_WORK_TALENT,
                "推进现有社区工作者提升转换,逐步由社区工作者向专业社会工作者转型")
            .milestone(
                2020,
                OrgUnitCondition.any(),
                Source.GOAL_SOCIAL_WORK_TOTAL,
                "2,000 professional social workers and practitioners in the city",
                Source.GOAL_SOCIAL_WORK,
                null)
            .milestone(
                2020,
                URBAN,
                "每个城市社区配备2-5名",
                "2–5 professional social workers in each urban community",
                Source.GOAL_SOCIAL_WORK,
                null)
            .milestone(
                2020,
                RURAL,
                "每个农村社区至少配备1名社会工作专业人才",
                "At least 1 professional social worker in each rural community",
                Source.GOAL_SOCIAL_WORK,
                null)
            .build(),
        task(
            "JX-T3-2",
            "JX-T3",
            "积极推进社会工作专业服务",
            "Advance professional social-work services",
            "运用社会工作专业方法参与社区服务,定期开展社区居民需求调查,培养居民骨干,引导居民开展自治活动",
            "Bring professional social-work methods into community services: survey residents'"
                + " needs regularly, develop resident leaders and guide residents' self-governance",
            "三(三)2 积极推进社会工作专业服务",
            "配合、支持城乡社区党组织和居(村)民自治组织,定期开展社区居民需求调查"),
        item(
                "JX-T3-3",
                "JX-T3",
                "培育发展民办社会工作服务机构",
                "Foster privately run social-work service agencies",
                "鼓励有条件的街道(乡镇)、社区创建社区社会工作服务机构,落实税收优惠,支持社会力量兴办社区社会工作服务机构",
                "Encourage streets, towns and communities to create community social-work agencies;"
                    + " apply the tax incentives and support private founders of such agencies",
                Source.AGENCIES,
                "支持社会力量兴办社区社会工作服务机构,引导民办社会工作服务机构面向社区开展专业服务")
            .stated(
                2020,
                "每个城区培育发展3-5家民办社会工作服务机构",
                "3–5 privately run social-work service agencies fostered in each urban area",
                Source.AGENCIES_2020)
            .build(),
        task(
            "JX-T3-4",
            "JX-T3",
            "加大政府购买社区社会工作服务力度",
            "Increase government purchase of community social-work services",
            "确立财政资金支持社区社会工作发展的主渠道地位,加大对流动人口、留守人员、困难群体和特殊人群社会工作服务的购买力度",
            "Make public funds the main channel for community social work and buy more social-work"
                + " services for migrants, people left behind in villages, needy groups and special"
                + " groups",
            Source.PURCHASE,
            Source.PURCHASE_WORDING),
        group("JX-T4", "保障措施", "Safeguards", "四"),
        item(
                "JX-T4-1",
                "JX-T4",
                "强化组织领导",
                "Strengthen organisation and leadership",
                "民政部门积极建言献策,不断完善“三社联动”工作机制,形成联动工作合力",
                "Civil-affairs departments advise and keep improving the three-society linkage"
                    + " mechanism so that all parties work together",
                "四(一) 强化组织领导",
                "民政部门要积极建言献策,把推进“三社联动”社区治理和服务创新作为加强和完善城乡社区治理的重要手段")
            .responsible(CIVIL_AFFAIRS)
            .build(),
        task(
            "JX-T4-2",
            "JX-T4",
            "完善制度保障",
            "Improve institutional safeguards",
            "建立完善以使用、评价、激励为主要内容的政策措施和制度保障,及时调整和完善政策",
            "Set up policies and rules on the use, evaluation and incentives of the linkage and"
                + " adjust them as the work develops",
            "四(二) 完善制度保障",
            "要注重建立完善以使用、评价、激励为主要内容的政策措施和制度保障"),
        task(
            "JX-T4-3",
            "JX-T4",
            "加大经费保障",
            "Increase funding",
            "加大本级财政投入,探索市场机制,引导慈善基金、公益基金定向投入,吸引驻地单位支持和社会捐赠",
            "Raise the city's own budget, explore market mechanisms, and draw in charitable and"
                + " public-welfare funds, local units and private donors",
            "四(三) 加大经费保障",
            "在加大本级财政投入的基础上,积极探索市场机制介入运行模式"),
        task(
            "JX-T4-4",
            "JX-T4",
            "营造良好氛围",
            "Create a supportive climate",
            "广泛宣传“三社联动”的重要性、目标任务和经验做法,提高社会知晓度",
            "Publicise the importance, goals and experience of the three-society linkage so the"
                + " public knows and supports it",
            "四(四) 营造良好氛围",
            "要广泛宣传推行“三社联动”的重要性、目标任务和经验做法,提高联动工作的社会知晓度"),
        task(
            "JX-T4-5",
            "JX-T4",
            "深入推进落实",
            "Carry the work through",
            "边实践、边研究、边完善,总结经验,健全“三社联动”的制度和办法",
            "Practise, study and improve at once, sum up experience, and complete the rules of the"
                + " three-society linkage",
            "四(五) 深入推进落实",
            "通过边实践、边研究、边完善的方式,不断健全“三社联动”的制度和办法"));
  }

  private static Task group(String code, String zh, String en, String section) {
    return new Task(
        code,
        LocalizedText.of(zh, en),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        Provenance.stated(section, zh));
  }

  private static Task task(
      String code,
      String parent,
      String zh,
      String en,
      String descriptionZh,
      String descriptionEn,
      String section,
      String wording) {
    return item(code, parent, zh, en, descriptionZh, descriptionEn, section, wording).build();
  }

  private static TaskBuilder item(
      String code,
      String parent,
      String zh,
      String en,
      String descriptionZh,
      String descriptionEn,
      String section,
      String wording) {
    return new TaskBuilder(
        code,
        parent,
        LocalizedText.of(zh, en),
        LocalizedText.of(descriptionZh, descriptionEn),
        Provenance.stated(section, wording));
  }

  /** One numbered task; milestones and departments are added only where the text gives them. */
  private static final class TaskBuilder {
    private final String code;
    private final String parent;
    private final LocalizedText title;
    private final LocalizedText description;
    private final Provenance provenance;
    private final List<TaskMilestone> milestones = new ArrayList<>();
    private final List<String> responsible = new ArrayList<>();

    private TaskBuilder(
        String code,
        String parent,
        LocalizedText title,
        LocalizedText description,
        Provenance provenance) {
      this.code = code;
      this.parent = parent;
      this.title = title;
      this.description = description;
      this.provenance = provenance;
    }

    TaskBuilder responsible(String department) {
      responsible.add(department);
      return this;
    }

    /**
     * A 2020 goal of 二(三) that this task delivers, for the org units {@code appliesTo} accepts (the
     * goals differ between urban and rural communities, and by population); {@code reading}, when
     * given, says how the clause was read.
     */
    TaskBuilder milestone(
        int year,
        OrgUnitCondition appliesTo,
        String zh,
        String en,
        String goalWording,
        String reading) {
      String note = reading == null ? GOAL_NOTE : GOAL_NOTE + "; " + reading;
      milestones.add(
          new TaskMilestone(
              year,
              null,
              appliesTo,
              LocalizedText.of(zh, en),
              Provenance.derived(Source.GOALS, goalWording, note)));
      return this;
    }

    /** A step the task's own section dates. */
    TaskBuilder stated(int year, String zh, String en, String wording) {
      milestones.add(
          new TaskMilestone(
              year, LocalizedText.of(zh, en), Provenance.stated(provenance.section(), wording)));
      return this;
    }

    Task build() {
      return new Task(
          code, title, parent, description, milestones, List.of(), responsible, provenance);
    }
  }
}
