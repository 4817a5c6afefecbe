package org.shequ.plugins.xiamen;

import static org.shequ.plugins.xiamen.XiamenTasks.task;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Task;

/** Tasks of 四(一) (service facilities) and 四(二) (service supply), with 专栏5. */
final class FacilityAndSupplyTasks {
  static final String FACILITIES = "XM-T1";
  static final String SUPPLY = "XM-T2";
  static final String RURAL_SERVICES = "XM-T2-4";

  private FacilityAndSupplyTasks() {}

  static List<Task> all() {
    return List.of(
        task(FACILITIES, "加强城乡社区服务设施建设", "Strengthen urban and rural community service facilities")
            .description(
                "合理规划建设社区服务设施,完善社区服务设施功能,加快城乡社区公共服务信息平台建设。",
                "Plan and build community service facilities, improve their functions, and speed up"
                    + " the public-service information platform of urban and rural communities.")
            .source("四、主要任务 (一)", "加强城乡社区服务设施建设")
            .build(),
        task("XM-T1-1", "合理规划建设社区服务设施", "Plan and build community service facilities")
            .parent(FACILITIES)
            .description(
                "将社区服务设施建设纳入国民经济和社会发展规划;大力加强城乡社区工作站(党群服务站)建设;新建住宅小区严格按照配套设施建设规划标准进行建设;"
                    + "持续更新城市老旧小区综合服务设施;错时开放社区活动场所;推进社区全民健身站点建设;"
                    + "有条件的镇(街)、村(居)推广嘉莲街道党群服务综合体模式;合理布局社区商业网点;"
                    + "加快农村社区服务基础设施配套建设,到2020年全面完成农村社区“六有”“五室”“四中心”建设。",
                "Include community service facilities in the economic and social development plan;"
                    + " build up urban and rural community workstations (Party-and-public service"
                    + " stations); build new residential estates to the planning standards for"
                    + " ancillary facilities; keep renewing the facilities of old urban estates;"
                    + " open community venues at staggered hours; build community fitness points;"
                    + " spread the Jialian street Party-and-public service complex model where"
                    + " conditions allow; lay out community shops sensibly; speed up rural service"
                    + " infrastructure and complete the six haves, five rooms and four centres of"
                    + " rural communities by 2020.")
            .departments(
                Source.FACILITIES,
                "(牵头单位:市规划委、各区 责任单位:市委组织部、市发改委、市建设局、市商务局、市文广新局、市体育局、市教育局、市民政局、市残联、市国土房产局、市农业局)")
            .milestone(
                2020,
                AreaType.RURAL,
                "全面完成农村社区“六有”“五室”“四中心”建设",
                "Rural communities' six haves, five rooms and four centres completed in full",
                Source.FACILITIES,
                Source.CHECKLIST)
            .build(),
        task("XM-T1-2", "完善社区服务设施功能", "Improve the functions of community service facilities")
            .parent(FACILITIES)
            .description(
                Source.FUNCTIONS_TEXT + ";统筹整合社区志愿服务资源,实现社区群众需求和志愿服务供给有效对接。",
                "On the principle of one room for many uses, set up Party members' homes, rooms for"
                    + " mass organisations, residents' deliberation rooms and rehabilitation"
                    + " stations for disabled people in community service premises and build"
                    + " community academies; pool community volunteer resources so that residents'"
                    + " needs meet volunteer supply.")
            .departments(
                Source.FUNCTIONS, "(牵头单位:市委文明办 责任单位:市委组织部、市文广新局、市体育局、市公安局、市教育局、市民政局、市残联、各区)")
            .build(),
        task(
                "XM-T1-3",
                "加快城乡社区公共服务信息平台建设",
                "Speed up the public-service information platform of urban and rural communities")
            .parent(FACILITIES)
            .description(
                "加强智慧社区建设,完善农村社区信息化平台建设;将食品和药品安全、生态文明建设、环保、消防和安全生产监督等纳入社区网格协助管理;"
                    + "推进与市长热线、市公共安全平台、“i厦门”、数字城管等平台对接,实现市-区-街-社四级联动;推动政府行政审批事项代理代办服务工作下沉。",
                "Build smart communities and the rural community information platform; bring food"
                    + " and drug safety, ecology, environmental protection, fire and work safety"
                    + " supervision into community grid management; link the platform with the"
                    + " mayor's hotline, the public-security platform, 'i Xiamen' and digital city"
                    + " management for four-level (city, district, street, community) linkage; move"
                    + " agency services for administrative approvals down to communities.")
            .departments(Source.PLATFORM, "(牵头单位:市民政局 责任单位:市综治办、市经信局、各区)")
            .build(),
        task(SUPPLY, "扩大城乡社区服务有效供给", "Expand the effective supply of community services")
            .description(
                "推动基本公共服务均等化、社区商业服务便民化、购买专业服务常态化、农村社区服务规范化。",
                "Equalise basic public services, make community commerce convenient, make the"
                    + " purchase of professional services routine and standardise rural community"
                    + " services.")
            .source("四、主要任务 (二)", "扩大城乡社区服务有效供给")
            .build(),
        task("XM-T2-1", "推动基本公共服务均等化", "Equalise basic public services")
            .parent(SUPPLY)
            .description(
                Source.PUBLIC_SERVICES_TEXT
                    + ";打造“15分钟便民服务圈”,积极开展争创充分就业社区活动;通过“三师共管”的家庭医生签约服务夯实基本公共卫生服务基础;"
                    + "加快构建多层次养老服务体系,优先发展居家社区养老服务。",
                "Provide basic public services to all urban and rural residents through community"
                    + " facilities and service bodies; build a '15-minute convenience service"
                    + " circle' and full-employment communities; strengthen basic public health"
                    + " through family-doctor contracts managed by three kinds of doctors; build a"
                    + " multi-level elderly-care system, home and community care first.")
            .departments(
                Source.PUBLIC_SERVICES,
                "(牵头单位:市人社局 市卫计委 责任单位:市民政局、市文广新局、市教育局、市体育局、市司法局、市农业局、市公安局、市财政局、各区)")
            .milestone(
                2020,
                "实现城乡社区基本公共服务的项目全覆盖",
                "Every basic public service item provided in every urban and rural community",
                Source.PUBLIC_SERVICES,
                Source.PUBLIC_SERVICES_2020)
            .build(),
        task("XM-T2-2", "推动社区商业服务便民化", "Make community commercial services convenient")
            .parent(SUPPLY)
            .description(
                Source.COMMERCE_TEXT + ";引导家政企业在社区建设电子商务平台,完善家政服务标准和服务规范。",
                "Bring e-commerce into communities through linkage of city, district, street and"
                    + " community and online-offline interaction; guide housekeeping firms to build"
                    + " e-commerce platforms in communities and improve housekeeping service"
                    + " standards.")
            .departments(Source.COMMERCE, "(牵头单位:市商务局 责任单位:市人社局、市民政局、市质监局、市妇联、各区)")
            .build(),
        task("XM-T2-3", "推动购买专业服务常态化", "Make government purchase of professional services routine")
            .parent(SUPPLY)
            .description(
                "探索建立城乡社区服务项目购买服务机制,将购买服务经费纳入各部门、各区年度财政预算;将养老、社区事务等社区服务项目列入政府购买服务项目目录。",
                "Set up a mechanism for purchasing community service projects, with the funds in"
                    + " the annual budgets of departments and districts; list elderly care,"
                    + " community affairs and other community services in the catalogue of"
                    + " government-purchased services.")
            .departments(Source.PURCHASING, "(牵头单位:市财政局 责任单位:市民政局、各区)")
            // Only urban communities have a date; rural ones «逐步推行», step by step, by no date.
            .milestone(
                2020,
                AreaType.URBAN,
                "城市社区“三无”等弱势群体的养老、助残、康复、心理抚慰等服务项目全部实现政府购买服务",
                "All elderly-care, disability-assistance, rehabilitation and psychological-support"
                    + " services for the 'three-without' and other vulnerable groups in urban"
                    + " communities purchased by the government",
                Source.PURCHASING,
                Source.PURCHASING_URBAN_2020)
            .build(),
        task(RURAL_SERVICES, "推动农村社区服务规范化", "Standardise rural community services")
            .parent(SUPPLY)
            .description(
                "建立农村社区人力资源和社会保障平台;规范设置农村社区工作站,合理划分农村社区网格;实行镇村卫生服务一体化管理;"
                    + "开展农村社区服务儿童少年入学、关爱留守儿童以及残疾儿童康复教育等工作;形成社区全民健身站点;加强农村社区法律宣传。",
                "Set up human-resources and social-security platforms in rural communities;"
                    + " establish rural community workstations and grids; integrate town and"
                    + " village health services; serve children's schooling, left-behind children"
                    + " and rehabilitation education of disabled children; build fitness points;"
                    + " strengthen legal publicity in rural communities.")
            .departments(Source.RURAL_SERVICES, "(牵头单位:市农业局 责任单位:市人社局、市民政局、市卫计委、市教育局、市体育局、市司法局、各区)")
            .milestone(
                2020,
                AreaType.RURAL,
                "农村社区“三农”服务、就业劳动保障服务、医疗卫生服务、服务儿童项目、全民健身点、民主法制示范村建设达到上级部门规范标准",
                "Rural communities' agricultural, employment, health, children's and fitness"
                    + " services and law demonstration villages meet the higher authorities'"
                    + " standards",
                Source.RURAL_SERVICES,
                Source.RURAL_STANDARDS_2020)
            // The brands are each district's, urban and rural alike: no area condition.
            .milestone(
                2020,
                "各区力争创出1—2个农村社区建设全国性或全省性示范品牌",
                "Each district strives for 1-2 national or provincial rural community"
                    + " demonstration brands",
                Source.RURAL_SERVICES,
                Source.RURAL_STANDARDS_2020 + "," + Source.BRANDS)
            .build(),
        task("XM-T2-4-B5", "深入开展农村社区法律宣传", "Deepen legal publicity in rural communities")
            .parent(RURAL_SERVICES)
            .description(
                "依法在每个村(居)设立人民调解委员会;借鉴推广湖里区在居住小区试点设立小区人民调解组织的做法;"
                    + "发挥人民调解组织、社区“法律顾问”作用,推动民主法治村居建设。",
                "Set up a people's mediation committee in every village and community as the law"
                    + " requires; spread Huli district's pilot of mediation organisations in"
                    + " residential estates; use mediators and community legal advisers to build"
                    + " democratic, law-abiding villages and communities.")
            .source(Source.BOX_5, Source.LEGAL_PUBLICITY)
            .build());
  }
}
