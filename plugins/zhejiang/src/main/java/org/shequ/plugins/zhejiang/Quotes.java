package org.shequ.plugins.zhejiang;

/**
 * The document's own wording, verbatim (including its half-width punctuation), that indicators,
 * tasks and forms cite as their provenance. Kept in one place so every quotation can be checked
 * against the source text at once.
 */
final class Quotes {
  private Quotes() {}

  // 附件 指标汇总表: its title, then one constant per table cell.
  static final String TABLE_TITLE = "浙江省城乡社区治理“十三五”规划指标汇总表";
  static final String T1_NAME = "社区公共服务相关标准目录";
  static final String T1_BASE = "未制订";
  static final String T1_TARGET = "制订参考目录";
  static final String T2_NAME = "农村社区服务中心";
  static final String T2_BASE = "覆盖率93%";
  static final String T2_TARGET = "覆盖率95%以上";
  static final String T3_NAME = "农村社区建设示范点";
  static final String T3_BASE = "未开展";
  static final String T3_TARGET_MODEL = "30%以上农村社区达到示范型社区标准";
  static final String T3_TARGET_IMPROVED = "50%以上达到完善型农村社区标准";
  static final String T4_NAME = "社区公共服务综合信息平台覆盖率";
  static final String T4_URBAN = "城市60%以上";
  static final String T4_RURAL = "农村30%以上";
  static final String T5_NAME = "社区社会组织";
  static final String T5_BASE = "10万余个";
  static final String T5_TOTAL = "全省登记或者备案的社区社会组织达到15万个以上";
  static final String T5_AVERAGE = "平均每个城市社区有15个以上、农村社区有5个以上";
  static final String T5_HUB = "依法登记的枢纽型、支持型社会组织基本覆盖每个街道(乡镇)和城乡社区";
  static final String T6_NAME = "社区社会工作室/民办社会工作机构";
  static final String T6_BASE = "城乡社区社会工作室共4245个";
  static final String T6_COVERAGE = "社区社会工作室基本覆盖城市社区和三分之一以上的农村社区";
  static final String T6_AGENCIES = "社区社会工作机构数量和质量提升";
  static final String T6_GUIDANCE = "建立社区社会工作室规范运行指导意见";
  static final String T7_NAME = "社区社会工作者";
  static final String T7_BASE = "10550人";
  static final String T7_TARGET = "城市社区中持社会工作者职业水平证书人数提高40%以上,每个农村社区配备1名";
  static final String T8_NAME = "社区工作领军人才";
  static final String T8_BASE = "未开展";
  static final String T8_TARGET = "每个县(市、区)培育3名左右,欠发达地区培育1-2名";

  // 一 规划背景: end-of-2015 figures used as baselines.
  static final String CENTRES_2015 =
      "截至2015年底,全省共建成478个街道社区服务中心、915个乡镇社区服务中心、19549个村级社区服务中心,覆盖93%的村";
  static final String FUNDING_2015 = "2015年全省社区工作保障经费总计44.08亿元,其中财政保障经费达31.22亿元,占比超过70%";
  static final String VILLAGE_FUNDS = "从2015年开始,全省进一步提高村级组织运转经费标准,人口在1500人以上的村不少于10万元、其他村不少于5万元";
  static final String WORKERS_2015 =
      "全省城乡社区工作者总人数128833人,取得社会工作职业资格人数16133人,其中,社区工作者10550人"
          + "(社会工作师3285人,助理社会工作师7265人),占全省社会工作职业资格人数的65.4%";
  static final String SERVICE_INDUSTRY_2015 = "2015年,全省城乡社区服务业增加值2760亿元,占全省生产总值(GDP)的6.44%";
  static final String STUDIOS_2015 = "截止2015年底,全省已建成社区社会工作室4245个";
  static final String HALLS_AND_STATIONS =
      "全省累计建成农村文化礼堂5993个,城乡电商服务站突破21000个,其中,社区电商服务站12262个、农村电商服务站(点)8800多个";
  static final String AGENCIES_2015 =
      "目前,全省2.5万名专职社会工作人员、420多家民办社工机构、累计建立2472个城市社区社会工作室,1773个农村社区社会工作室";

  static final String ONE_STOP_ITEMS =
      "与群众生产生活息息相关的社会事务、劳动保障、卫生计生、社区警务等100多项服务事项已经统一纳入到农村社区“一站式”服务大厅";
  static final String URBANISATION_2015 = "截至2015年底,我省城镇化率达到66%";

  // 三(一) 指导思想 and 三(三) 发展目标.
  static final String GUIDING_GOAL =
      "加快实现城乡社区治理创新融合、城乡统筹、服务均等、部门协同、全民共享的目标,积极打造城乡社区“共建、共治、共享”的浙江品牌";
  static final String GOAL_BRAND = "打造治理主体多元化、结构协同化、服务精细化、方法专业化、保障法制化、城乡一体化的共建、共治、共享社区治理品牌";
  static final String GOAL_COMMUNITY = "形成权责清晰、协商合作、管理民主、服务完善、充满活力、和谐幸福的社区生活共同体";
  static final String FIVE_PROJECTS =
      "通过城乡社区治理“五大工程”,即标准化引领工程、居民自治强化工程、社区协商制度化工程、“三社联动”创新工程、农村社区建设深化工程";

  // 四 主要任务.
  static final String P1 = "(一)标准化引领工程";
  static final String P1_1 = "社区公共服务标准化建设。明确社区公共服务标准体系,理清社区公共服务标准化建设的范围、内容、构成等。";
  static final String STANDARDS_CATALOGUE_2017 =
      "2017年初出台社区公共服务相关标准目录,包括城市社区公共服务标准目录,明确公共服务设施、项目、保障、监管等具体内容;"
          + "农村社区公共服务标准目录,重点强调农村社区公共服务设施的标准化建设、服务项目及其保障措施等";
  static final String P1_2 = "农村社区标准化建设。积极推动农村社区建设标准化的制度设计,对农村社区治理的要素进行系统分析";
  static final String P2 = "(二)居民自治强化工程";
  static final String P2_1 = "完善居民自治的制度体系。完善民主选举制度";
  static final String DIRECT_ELECTION = "完善民主选举制度,进一步保障居民民主选举的制度化、规范化、程序化,不断扩大社区居委会直接选举的覆盖面";
  static final String P2_2 = "健全居民自治的组织体系。积极探索把业主委员会纳入居民自治的范畴和体系";
  static final String P2_3 = "创新居民参与的协同机制。充分利用智慧社区建设平台和新技术,拓展城乡居民参与社区公共事务的渠道和方式";
  static final String P2_4 = "充分发挥村规民约、社区公约的积极作用。";
  static final String VILLAGE_RULES = "指导城乡社区结合实际,健全完善居民可感、可知、可行的社区居民自治章程,指导深化村规民约、社区公约标准化建设";
  static final String P3 = "(三)社区协商制度化工程";
  static final String P3_1 = "丰富社区协商的内涵。建立健全基层党组织领导、居(村)民委员会负责、各类协商主体共同参与的工作机制";
  static final String P3_2 = "推进社区协商的规范化。";
  static final String CONSULTATION_BODIES =
      "完善社区居民会议和居民协商议事会议制度,健全社区成员代表大会、社区议事会、民情恳谈、民主听证、社区评议等各种机制";
  static final String P3_3 = "创新社区协商治理的载体。进一步挖掘社区协商治理的资源,积极推动社区共建理事会、乡贤参事会等多元主体参与社区协商";
  static final String P4 = "(四)“三社联动”创新工程";
  static final String P4_1 = "逐步完善政府购买社区公共服务的新体系。重点对居民需求旺盛、专业性要求高的社区服务进行项目化运作";
  static final String P4_2 = "不断创新培育社区社会组织的新机制。";
  static final String SOCIAL_ORGS_2020 =
      "到2020年末,全省登记和备案的社区社会组织达到15万个以上,枢纽型、支持型社会组织基本覆盖每个街道(乡镇)和城乡社区";
  static final String P4_3 = "大力推动社会工作的新发展。重点发挥专业社会工作对社区治理的积极作用";
  static final String SOCIAL_WORKERS_2020 =
      "争取到2020年末,全省城市社区工作者中持社会工作者职业水平证书人数提高40%以上,每个农村社区配备1名社区社会工作者";
  static final String AGENCIES_2020 = "到2020年末,民办社会工作机构基本覆盖城市社区和三分之一以上的农村社区";
  static final String P5 = "(五)农村社区建设深化工程";
  static final String P5_1 = "打造多元共治农村治理新品牌。加强农村基层党组织对农村社区建设的领导地位,鼓励驻村机关、团体、部队、企事业单位支持、参与农村社区建设";
  static final String P5_2 = "探索农村公共服务提质增效新路径。创新农村社区服务理念、服务方法、服务技术和公共服务供给模式";
  static final String INFO_PLATFORM_RURAL = "加快96345社区公共服务综合信息平台向农村延伸";
  static final String P5_3 = "分类分层推进农村社区示范单位创建。根据中央关于农村社区建设的要求和民政部制定的农村社区评价标准,研究制定我省农村社区建设标准和评价体系";
  static final String DEMO_COUNTIES = "省重点抓好县级示范创建活动,每年建设10个左右的示范县(市、区)";
  static final String DEMO_TOWNS_VILLAGES = "市、县两级分别抓好示范乡镇和示范村创建活动,研究制定各自的创建标准、考评办法和推进措施";

  // 五 保障措施.
  static final String S1 = "(一)组织保障";
  static final String S1_1 = "进一步健全党委领导、政府主导、社会力量广泛参与的社区治理体制,重点发挥基层党组织在城乡社区治理发展中的战斗堡垒和基础自治主体作用";
  static final String S1_2 = "全方位推进社区事权事务工作准入和目录制度,进一步优化社区治理组织体系";
  static final String S1_3 = "积极开展国家级、省级社区治理和服务创新实验,确保各项改革任务按规划推进,取得工作实效";
  static final String S1_4 = "严格落实《中华人民共和国城市居民委员会组织法》赋予居委会的法定职责,回归居委会法定的基层群众性自治组织地位";
  static final String S2 = "(二)资金保障";
  static final String S2_1 = "省厅将农村社区建设示范县等作为补助资金分配因素之一";
  static final String S2_2 = "各级政府要高度重视社区基础设施建设的经费保障";
  static final String SERVICE_CENTRE_BUILDING = "扎实推进社区办公场地、社区服务中心、居家养老照料中心、文化礼堂等基础设施的建设";
  static final String S2_3 = "加强对社区公共空间的规划、管理,引入各种力量来协调公共空间使用者与相邻居民的矛盾冲突,积极提升社区公共空间治理的能力";

  /** The captured 五(二) repeats a fragment of 五(一) and runs on into its next sentence. */
  static final String FUNDING_FRAGMENT =
      "内部治理结构,探索把业主委员会、物业公司等组织到居民自治体系中切实发挥好政府在社区基础设施建设中的规划引导和资源供给作用";

  static final String S2_4 = "积极探索市场机制在社区基础设施建设中的作用,积极开展政府与社会资本合作(PPP)的新模式";
  static final String S3 = "(三)人才保障";
  static final String S3_1 = "优化社区工作人才队伍的结构,实现社区工作者队伍向服务型、专业型相结合的综合型人才队伍转型";
  static final String LEADERS =
      "开展省级社区工作领军人才培养,带动和引领各地社区工作者队伍整体水平的提升,有条件的地区每个县(市、区)培育3名左右,欠发达地区培养1-2名";
  static final String TRAINING = "加强社区工作者的社会工作实务培训,每年不少于40小时";
  static final String SUPERVISORS = "鼓励建立若干个省级民办社工机构,每年培养200人左右的社区社会工作督导";
  static final String S3_5 = "继续开展街道、县(市、区)、设区市、省多个层面的社区社会工作优秀案例评选";
  static final String S3_6 = "引导社区志愿服务队伍从政府主导型向社会主导型转变";
  static final String VOLUNTEERS = "稳定一批以社区居民为主的、社区内生型的志愿者服务队伍";
  static final String S4 = "(四)技术保障";
  static final String S4_1 = "整合社区信息化服务平台资源,形成“横向上联动,纵向上联网”,深化社区公共服务综合信息平台功能建设";
  static final String S4_2 = "充分利用互联网技术,推动社区服务业线上线下齐头发展,真正实现“十五分钟社区服务圈”";
  static final String S4_3 = "通过智慧社区平台的建设,充分利用和积极发挥社区智慧化的信息和大数据功能,为政府公共决策的制定和完善提供科学的参考和分析";
}
