package org.shequ.plugins.xiamen;

/**
 * Section headings and verbatim wording of 厦门市城乡社区服务体系建设规划(2016-2020年) that the plan's figures,
 * forms and tasks point back to. The text keeps the document's own mix of full-width and ASCII
 * punctuation so that every wording is found in the document as it is.
 */
final class Source {
  private Source() {}

  // Sections, named by the document's numbering and heading.
  static final String GOALS = "三、发展目标";
  static final String FACILITIES = "四(一)1 合理规划建设社区服务设施";
  static final String FUNCTIONS = "四(一)2 完善社区服务设施功能";
  static final String PLATFORM = "四(一)3 加快城乡社区公共服务信息平台建设";
  static final String PUBLIC_SERVICES = "四(二)1 推动基本公共服务均等化";
  static final String COMMERCE = "四(二)2 推动社区商业服务便民化";
  static final String PURCHASING = "四(二)3 推动购买专业服务常态化";
  static final String RURAL_SERVICES = "四(二)4 推动农村社区服务规范化";
  static final String BOX_5 = "四(二)4 专栏5:深入开展农村社区法律宣传";
  static final String WORKERS = "四(三)1 提高社区工作者专业水平";
  static final String BOX_6 = "四(三)1 专栏6:提高社区工作者专业水平";
  static final String THREE_SOCIETIES = "四(三)2 健全“三社联动”服务机制";
  static final String VOLUNTEERS = "四(三)3 壮大社区志愿者服务队伍";
  static final String STANDARDS = "五(一) 推动标准化建设";
  static final String LEADERSHIP = "五(二) 健全领导体制";
  static final String FUNDING = "五(三) 加强资金保障";
  static final String POLICIES = "五(四) 完善扶持政策";
  static final String IMPLEMENTATION = "五(五) 强化规划实施";

  // 三、发展目标: the paragraph's sentences, each a goal.
  static final String GOAL_MECHANISM = "到2020年,形成基本公共服务、商业便民服务和居民志愿服务三者有机衔接的城乡社区服务机制";
  static final String GOAL_FACILITIES = "完善城乡社区综合服务设施,提升社区网格化信息平台效能";
  static final String GOAL_RESOURCES = "合理配置社区服务资源,丰富社区服务内容,实现城乡社区普惠型与个性化相结合以及基本公共服务全覆盖";
  static final String GOAL_RURAL_PILOTS = "有序推进农村社区服务试点工作,逐步加大政府购买服务力度";
  static final String GOAL_WORKFORCE =
      "推动实施“三社联动”机制,引导在职党员和居民参与社区志愿服务,壮大社区服务队伍,提高社区服务专业化水平,不断满足城乡居民个性化、全方位的服务需求";

  // The 专栏 boxes whose contents the captured text lost: only their title lines survive.
  static final String BOX_1 = "专栏1:城乡社区服务设施建设";
  static final String BOX_2 = "专栏2:城乡社区综合服务设施功能";
  static final String BOX_3 = "专栏3:“十三五”期间城乡社区公共服务发展任务";
  static final String BOX_4 = "专栏4:“十三五”期间我市社区商业网点布局内容";

  // 四(一)
  static final String CHECKLIST =
      "到2020年,全面完成农村社区“六有”[有牌子、有国旗和党旗、有村务 (党务)公开栏、有科普 (政策)宣传栏、有文化娱乐设施、有便民超市]、"
          + "“五室”[村级各组织办公室、党员活动室(现代远程教育播放室)、村卫生室(所)、文化室、警务室]、"
          + "“四中心”(议事决策中心、教育培训中心、文体娱乐中心、便民服务中心)建设的目标";
  static final String WORKSTATIONS = "大力加强城乡社区工作站(党群服务站)建设,带动社区配套设施的全面改造和整体提升";
  static final String FUNCTIONS_TEXT =
      "按照“一室多用、便民利民”原则,在社区综合服务场所设置党员之家、群团活动室、居民议事所、残疾人康复活动站等,加强社区书院建设";
  static final String PLATFORM_LINKS =
      "推进与市长热线、市公共安全平台、“i厦门”、数字城管等平台对接,实现市-区-街-社四级联动,有效处理应急事件,快速解决群众诉求";
  static final String PLATFORM_TEXT = "提升城市社区创新应用,加强智慧社区建设。完善农村社区信息化平台建设,实现信息惠民。";
  static final String FACILITIES_TEXT =
      "根据我市经济发展水平、未来人口规模和人口结构变化等因素,按照“多规合一”要求和“建、管、用”相统一的原则,将社区服务设施建设纳入国民经济和社会发展规划。";

  // 四(二)
  static final String PUBLIC_SERVICES_2020 = "到2020年,实现城乡社区基本公共服务的项目全覆盖";
  static final String PUBLIC_SERVICES_TEXT =
      "依托城乡社区综合服务设施和各类服务机构,提供面向全体城乡居民、贯穿生存发展各阶段和生产生活各领域的基本公共服务项目";
  static final String COMMERCE_TEXT = "积极促进电子商务进社区,重点通过市-区-街道-社区各级联动,鼓励线上线下互动";
  static final String PURCHASING_URBAN_2020 = "到2020年,城市社区“三无”等弱势群体的养老、助残、康复、心理抚慰等服务项目全部实现政府购买服务";
  static final String PURCHASING_2020 =
      "到2020年,城市社区“三无”等弱势群体的养老、助残、康复、心理抚慰等服务项目全部实现政府购买服务,农村社区逐步推行政府购买服务";
  static final String RURAL_STANDARDS_2020 =
      "到2020年,农村社区“三农”服务、就业劳动保障服务、医疗卫生服务、服务儿童项目、全民健身点、民主法制示范村建设达到上级部门规范标准";
  static final String BRANDS = "各区力争创出1—2个农村社区建设全国性或全省性示范品牌";
  static final String MEDIATION = "依法在每个村(居)设立人民调解委员会";
  static final String LEGAL_PUBLICITY = "深入开展农村社区法律宣传。依法在每个村(居)设立人民调解委员会";

  // 四(三)
  static final String NEW_MEMBERS_2018 = "到2018年,全市新一轮村居组织完成换届后,新进班子成员比例提高0.1个百分点,达到24.2%";
  static final String COLLEGE_2018 = "班子文化程度高,大专以上文化程度比上届提高5个百分点,达到59.6%";
  static final String UNDER_35_2018 = "班子成员平均年龄降低,35岁以下占比比上届提高2.2个百分点,达到32.3%";
  static final String CERTIFIED_SOCIAL_WORKERS_2020 = "到2020年,全市持证社工规模达到7000人左右";
  static final String SOCIAL_WORKERS_PER_10K_2020 = "到2020年,全市持证社工规模达到7000人左右,每万人拥有专业社工人数达到2人";
  static final String SOCIAL_WORKER_EACH_COMMUNITY = "每个城乡社区至少配备1名社区社会工作者";
  static final String EXAM = "鼓励社区工作者参加全国社会工作者职业水平考试";
  static final String SOCIAL_ORGS = "降低准入门槛,发展社区社会组织,探索建立社区社会组织孵化机制";
  static final String VOLUNTEERS_2020 = "到2020年,注册志愿者达到54.82万人,注册志愿者人数占本地区居民比例达到13%";
  static final String CITY_TRAINING = "市委组织部每年至少举办基层党组织书记示范培训1次";
  static final String DISTRICT_TRAINING = "各区委组织部每年对街道分管副书记、组织委员、社区党组织书记至少集中轮训1次";
  static final String STREET_TRAINING = "镇(街)对社区党组织及小区党支部(党小组)书记至少集中轮训1次";
  static final String SYSTEM_TRAINING = "各系统每年至少对所属基层党组织书记集中轮训1次";
  static final String MENTORS = "制定完善优秀基层党组织书记导师库导师选聘标准";
  static final String TALENT_AWARDS =
      "开展优秀社会工作人才培养工程,对入选全国专业社会工作领军人才、厦门市专业社会工作领军人才分别给予10万元、5万元奖励。"
          + "对民办社会工作服务机构新聘用且就业一年的社会工作者,按照助理社会工作师、中级社会工作师、高级社会工作师给予每人0.5万元、1万元、2万元一次性工作补贴。";
  static final String THREE_SOCIETIES_TEXT = "建立居民群众提出需求、社区组织开发设计、社会组织竞争承接、社工团队执行实施、相关各方监督评估的联动机制";
  static final String STREET_CENTRES = "鼓励依托街镇综合服务中心和城乡社区工作站等设施,建立社区社会组织综合服务平台";
  static final String VOLUNTEER_SYSTEMS = "建立健全城乡社区志愿者招募注册、志愿者培训管理、志愿服务记录与证明出具、志愿服务评价激励等制度";

  // 五
  static final String STANDARDS_2020 = "力争到2020年,形成并落实城乡社区服务法律法规和标准体系";
  static final String STANDARDS_IMPROVING = "逐步完善各级城乡社区服务相关法规体系";
  static final String LEADERSHIP_TEXT = "健全落实社区服务体系建设联席会议制度,纳入全市党群服务工作体系";
  static final String FUNDING_TEXT = "拓宽社区服务体系建设资金来源渠道";
  static final String POLICIES_TEXT = "将城乡社区服务体系建设纳入全市国民经济和社会发展规划、城乡规划和土地利用总体规划";
  static final String IMPLEMENTATION_TEXT = "各区要加强对本规划实施的组织、协调和督导,研究制定各区“十三五”城乡社区服务体系建设规划";
}
