package org.shequ.plugins.changzhouxinbei;

import static org.shequ.plugins.changzhouxinbei.TableCells.cell;
import static org.shequ.plugins.changzhouxinbei.TaskSpec.group;
import static org.shequ.plugins.changzhouxinbei.TaskSpec.task;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_1_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_1_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_1_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_2_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_2_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_2_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_3_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_3_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_3_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.TABLE_2;

import java.util.List;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;

/**
 * Tasks of section 三(一)–(三): community size, facilities and platforms, Party building and
 * self-governance.
 */
final class XinbeiBuildingTasks {
  private XinbeiBuildingTasks() {}

  private static final String TOWNS = "各镇(街道)";
  private static final String THREE_OF_FOUR =
      "the row prints three cells for the four years 2017–2020; read as 2017–2019";

  static List<Task> all() {
    return List.of(
        group(
                "XB-3-1",
                "以规模调整为契机,推进城乡社区科学发展",
                "Use the size adjustment to develop communities on a scientific basis",
                Provenance.stated(S3_1, "(一)以规模调整为契机,推进城乡社区科学发展"))
            .build(),
        task(
                "XB-3-1-1",
                "XB-3-1",
                "修订城乡社区规划",
                "Revise the community plan",
                Provenance.stated(S3_1_1, XinbeiWording.PLAN_2017))
            .description(
                "以城镇社区为重点,全面科学规划全区“十三五”期间城乡社区的数量、规模和范围,避免社区规模过大、过小。",
                "Plan the number, size and boundaries of the district's communities for the 13th"
                    + " five-year period, urban communities first, avoiding communities too large"
                    + " or too small.")
            .milestone(
                2017,
                "全面科学规划全区城乡社区的数量、规模和范围",
                "Number, size and boundaries of all communities planned",
                Provenance.stated(S3_1_1, XinbeiWording.PLAN_2017))
            .lead("区人社局")
            .responsible("区规划分局", TOWNS)
            .build(),
        task(
                "XB-3-1-2",
                "XB-3-1",
                "做好社区规模调整",
                "Carry out the community size adjustment",
                Provenance.stated(S3_1_2, "城乡社区数量规划后,结合实际,制订具体的规模调整计划,然后积极稳妥地开展社区规模调整工作。"))
            .description(
                "在"
                    + XinbeiDistrict.REDRAW_YEAR
                    + "年区域优化("
                    + XinbeiDistrict.VILLAGES_BEFORE_REDRAW
                    + "个行政村、"
                    + XinbeiDistrict.COMMUNITIES_BEFORE_REDRAW
                    + "个社区优化成"
                    + XinbeiDistrict.VILLAGES_AFTER_REDRAW
                    + "个行政村、"
                    + XinbeiDistrict.COMMUNITIES_AFTER_REDRAW
                    + "个社区)基础上,制订规模调整计划,做好社区用房配备、社区干部选聘、社区网格划分。",
                "Building on the "
                    + XinbeiDistrict.REDRAW_YEAR
                    + " regional optimisation ("
                    + XinbeiDistrict.VILLAGES_BEFORE_REDRAW
                    + " villages and "
                    + XinbeiDistrict.COMMUNITIES_BEFORE_REDRAW
                    + " communities redrawn into "
                    + XinbeiDistrict.VILLAGES_AFTER_REDRAW
                    + " villages and "
                    + XinbeiDistrict.COMMUNITIES_AFTER_REDRAW
                    + " communities), draw up and carry out the size adjustment: premises, selection"
                    + " of community staff, division of grids.")
            .milestone(
                2017,
                "拟定方案",
                "Adjustment plan drawn up",
                cell(XinbeiStages.ROW_1, "拟定方案", THREE_OF_FOUR))
            .milestone(
                2018,
                "调整到位",
                "Adjustment completed",
                cell(XinbeiStages.ROW_1, "调整到位", THREE_OF_FOUR))
            .milestone(
                2019,
                "动态达标",
                "Community sizes meet the standard, kept up as they change",
                cell(XinbeiStages.ROW_1, "动态达标", THREE_OF_FOUR))
            .build(),
        task(
                "XB-3-1-3",
                "XB-3-1",
                "建立规划长效机制",
                "Establish a lasting planning mechanism",
                Provenance.stated(
                    S3_1_3, "对照社区建设面积、位置、结构等要求,严格开展土地出让、安置房建造、小区规划建设等工作,确保社区用房及时按规定的位置和面积进行交付。"))
            .description(
                "征求区民政部门和所在镇(街道)意见,土地出让、安置房建造、小区规划建设对照社区用房要求,确保社区用房按规定位置和面积及时交付。",
                "After consulting the district civil-affairs department and the town or street,"
                    + " land sales, resettlement housing and estate planning follow the community"
                    + " plan, so community premises are delivered on time at the set place and"
                    + " size.")
            .build(),
        group(
                "XB-3-2",
                "以设施建设为基础,加强居民服务平台建设",
                "Build facilities as the basis of residents' service platforms",
                Provenance.stated(S3_2, "(二)以设施建设为基础,加强居民服务平台建设"))
            .build(),
        task(
                "XB-3-2-1",
                "XB-3-2",
                "推进城乡社区综合服务设施建设",
                "Build comprehensive community service facilities",
                Provenance.stated(
                    S3_2_1, "积极开展高标准城乡和谐社区创建活动,指导各镇(街道)通过新建、改建、扩建和调整、共享、租赁、收购等形式,推进城乡社区公共服务设施建设。"))
            .description(
                "创建高标准城乡和谐社区;城镇社区用房不低于700㎡、农村社区不低于500㎡;科学布局功能片区,支持无障碍设施和实体性社会组织。",
                "Build up high-standard harmonious communities; premises of at least 700 m² for"
                    + " urban and 500 m² for rural communities; lay out functional zones; support"
                    + " barrier-free facilities and community-based social organisations.")
            .milestone(
                2017,
                "高标准城乡和谐社区创建25%;用房达标(城镇700㎡以上、农村500㎡以上)70%",
                "25% high-standard harmonious communities; 70% of communities meet the premises"
                    + " standard",
                schedule("25%", "70%"))
            .milestone(
                2018,
                "高标准城乡和谐社区创建50%;用房达标80%",
                "50% high-standard harmonious communities; 80% meet the premises standard",
                schedule("50%", "80%"))
            .milestone(
                2019,
                "高标准城乡和谐社区创建75%;用房达标90%",
                "75% high-standard harmonious communities; 90% meet the premises standard",
                schedule("75%", "90%"))
            .milestone(
                2020,
                "高标准城乡和谐社区创建率达100%",
                "All communities are high-standard harmonious communities",
                Provenance.stated(S3_2_1, XinbeiWording.HARMONIOUS_2020))
            .responsible(TOWNS)
            .build(),
        task(
                "XB-3-2-2",
                "XB-3-2",
                "完善城乡社区信息化平台",
                "Improve the community information platform",
                Provenance.stated(S3_2_2, XinbeiWording.PLATFORM_2017))
            .description(
                "研发手机APP、开通微信公众号、建设社区微网站,发挥“四级联动”平台作用,扩展平台功能。",
                "Develop a mobile app, a WeChat account and community micro-sites, use the"
                    + " four-level linked platform and extend its functions.")
            .milestone(
                2017,
                "城乡社区信息化平台全面运行",
                "Community information platform running everywhere",
                Provenance.stated(S3_2_2, XinbeiWording.PLATFORM_2017))
            .milestone(
                2018,
                "2个镇(街道)完成平台功能扩展试点",
                "Extended functions piloted in 2 towns (streets)",
                Provenance.stated(S3_2_2, XinbeiWording.PLATFORM_2018_2020))
            .milestone(
                2019,
                "全面进行新功能推广",
                "New functions rolled out everywhere",
                cell(XinbeiStages.ROW_7, "全面进行新功能推广"))
            .milestone(
                2020,
                "平台功能扩展全覆盖",
                "Extended functions cover every community",
                Provenance.stated(S3_2_2, XinbeiWording.PLATFORM_2018_2020))
            .build(),
        centreTask(),
        group(
                "XB-3-3",
                "以基层党建为核心,促进村民(居民)自治",
                "Put grassroots Party building at the core of villagers' and residents'"
                    + " self-governance",
                Provenance.stated(S3_3, "(三)以基层党建为核心,促进村民(居民)自治"))
            .build(),
        task(
                "XB-3-3-1",
                "XB-3-3",
                "发挥基层党组织核心作用",
                "Let grassroots Party organisations play their core role",
                Provenance.stated(S3_3_1, "加强镇(街道)党(工)委和城乡社区党组织对社区社会组织的兜底管理,加强党组织组建和联系服务"))
            .description(
                "推进“582”基层服务型党组织建设,探索建立城乡社区社会组织党建体系,党的工作动态保持100%全覆盖。",
                "Build service-oriented grassroots Party organisations (the “582” programme),"
                    + " set up Party building in community social organisations and keep the"
                    + " Party's work covering all of them.")
            .responsible("镇(街道)党(工)委", "城乡社区党组织")
            .build(),
        task(
                "XB-3-3-2",
                "XB-3-3",
                "深化村民(居民)自治",
                "Deepen villagers' and residents' self-governance",
                Provenance.stated(
                    S3_3_2, "按照自我管理、自我教育、自我服务的要求,指导、督促村民委员会和居民委员会认真做好民主选举、民主决策、民主管理、民主监督工作。"))
            .description(
                "做好民主选举、民主决策、民主管理、民主监督,鼓励直接选举和海选,村务(居务)公开透明。",
                "Democratic elections, decisions, management and supervision; encourage direct"
                    + " and open-nomination elections; open village and community affairs.")
            .responsible("村民委员会", "居民委员会")
            .build(),
        consultationTask());
  }

  private static Task centreTask() {
    Provenance rates = Provenance.stated(S3_2_3, XinbeiWording.CENTRE_2017_2020);
    TaskSpec spec =
        task(
                "XB-3-2-3",
                "XB-3-2",
                "建立镇(街道)社区服务中心",
                "Set up town and street community service centres",
                Provenance.stated(
                    S3_2_3, "建立健全镇(街道)社区服务中心,拓展公共事务功能,提升便民服务质量,为城乡社区培育社会组织、建设服务平台提供借鉴样板。"))
            .description(
                "建立健全镇(街道)社区服务中心,拓展公共事务功能,为社区培育社会组织、建设服务平台提供样板。",
                "Set up town and street community service centres that widen public services and"
                    + " model how communities foster social organisations and service platforms.");
    int[] rate = {50, 70, 90, 100};
    for (int i = 0; i < rate.length; i++) {
      spec.milestone(
          2017 + i,
          "镇(街道)社区服务中心建成率达" + rate[i] + "%",
          rate[i] + "% of towns and streets have a community service centre",
          rates);
    }
    return spec.build();
  }

  private static Task consultationTask() {
    String row = XinbeiWording.T2_CONSULTATION;
    return task(
            "XB-3-3-3",
            "XB-3-3",
            "推动基层民主协商",
            "Promote grassroots democratic consultation",
            Provenance.stated(S3_3_3, "贯彻落实中办、国办《关于加强城乡社区协商的意见》,倡导协商精神、培育协商文化,引导群众依法表达意见。"))
        .description(
            "分类探索社区居民责任共担平台,发挥党代表、人大代表、政协委员作用,探索民主协商的内容、主体、形式、程序。",
            "Explore shared-responsibility platforms by type of community, involve Party"
                + " congress and people's congress deputies and CPPCC members, and work out the"
                + " content, participants, forms and procedure of consultation.")
        .milestone(
            2017,
            "选择1个村、1个社区进行民主协商试点",
            "Consultation piloted in 1 village and 1 community",
            Provenance.stated(S3_3_3, XinbeiWording.CONSULTATION_2017))
        .milestone(
            2018,
            "30%的村(社区)推行",
            "Practised in 30% of villages and communities",
            cell(row, "30%的村(社区)推行"))
        .milestone(
            2019,
            "60%的村(社区)推行",
            "Practised in 60% of villages and communities",
            cell(row, "60%的村(社区)推行"))
        .milestone(
            2020,
            "基层民主协商实现全覆盖",
            "Consultation covers every village and community",
            Provenance.stated(S3_3_3, XinbeiWording.CONSULTATION_2020))
        .build();
  }

  /** The cells of 专栏二 rows 2 and 3 for one year. */
  private static Provenance schedule(String harmonious, String premises) {
    return new Provenance(
        TABLE_2,
        XinbeiWording.T2_HARMONIOUS
            + " "
            + harmonious
            + " "
            + XinbeiWording.T2_PREMISES
            + " "
            + premises,
        Derivation.STATED,
        "rows 2 and 3 print three cells each for the four years 2017–2020; read as 2017–2019");
  }
}
