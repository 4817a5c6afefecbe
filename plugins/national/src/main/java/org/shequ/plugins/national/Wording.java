package org.shequ.plugins.national;

/**
 * The review's own sentences behind each figure and task, verbatim (with its half-width commas and
 * the stray no-break space, U+00A0, in the date of the fourth plenum), shared by the plan and the
 * catalogue.
 */
final class Wording {
  private Wording() {}

  // 顶层设计空前加强
  static final String FYP_OUTLINE = "《中华人民共和国国民经济和社会发展第十三个五年(2016-2020年)规划纲要》专门部署推进完善城乡社区治理体制";
  static final String FYP_POWERS = "依法厘清基层政府和社区组织权责边界";
  static final String FYP_THREE_SOCIETIES = "建立社区、社会组织、社会工作者联动机制";
  static final String FYP_ONE_STOP = "健全城乡社区综合服务管理平台,促进公共服务、便民利民服务、志愿服务有机衔接,实现一站式服务";
  static final String FYP_URBAN_FACILITIES = "实现城市社区综合服务设施全覆盖";
  static final String FYP_RURAL_FACILITIES = "推进农村社区综合服务设施建设";
  static final String FYP_WORKERS = "提升社区工作者队伍职业素质";
  static final String OPINIONS_2017 = "2017年6月,中共中央、国务院出台《关于加强和完善城乡社区治理的意见》";
  static final String CONGRESS_19 = "党的十九大报告明确提出加强社区治理体系建设,推动社会治理重心向基层下移";
  static final String SERVICE_PLAN_2016 = "2016年10月,民政部会同中央组织部等联合印发《城乡社区服务体系建设规划(2016—2020年)》";
  static final String SERVICE_PLAN_TARGETS = "提出力争到2020年实现城市社区综合服务设施全覆盖,农村社区综合服务设施覆盖率达到50%";

  static final String SERVICE_PLAN_AIMS =
      "强调推进城乡社区服务均等化、智能化、多元化,提升城乡社区服务体系建设水平,让社区居民对社区服务水平的提升有切身感受";
  static final String PLENUM_4_SYSTEM =
      "党的十九届四中全会进一步强调,要坚持和完善共建共治共享的社会治理制度,健全社区管理和服务机制,构建基层社会治理新格局";

  // 党建引领持续强化
  static final String PARTY_LEADERSHIP = "加强和创新社区治理,必须坚持党建引领,把党的建设贯穿社区治理全过程、各方面";
  static final String CHANGCHUN_2020 = "2020年7月,习近平总书记在吉林省长春市调研时指出,提高社区治理效能,关键是加强党的领导";

  // 政府依法担当作为
  static final String TOWNSHIP_OPINIONS = "中办、国办印发《关于加强乡镇政府服务能力建设的意见》";
  static final String STREET_EXPERIMENT = "民政部组织开展街道服务管理创新实验";
  static final String DELEGATION = "各地持续深化“放管服”改革,推动资源、服务、管理向乡镇(街道)下沉,为乡镇(街道)赋权增能减负";
  static final String TOWNSHIP_SURVEY =
      "根据抽样调查,有95.5%的乡镇建有一站式服务中心、91.5%制定了政府权力清单和责任清单、98.5%建立了议事规则和决策程序、97.5%建立了行政权力运行制约和监督体系";
  static final String CERTIFICATES = "民政部会同五部门联合印发《关于改进和规范基层群众性自治组织出具证明工作的指导意见》";
  static final String FACILITIES_TOTAL = "截至2020年9月,全国城乡社区服务机构和设施总数44.2万个";
  static final String FACILITIES_BREAKDOWN =
      "其中,社区服务指导中心513个,社区服务中心2.7万个,社区服务站31.8万个,其他社区服务机构和设施9.6万个";
  static final String COVERAGE_2020 = "城市社区综合服务设施覆盖率为96.4%,农村社区综合服务设施覆盖率为83.7%";
  static final String WORKERS = "研究制定社区工作者管理办法,通过建立健全职业资格与薪酬待遇挂钩机制、社区工作者培训制度,提升社区工作者专业化水平";
  static final String VOLUNTEERS = "普遍推行社区志愿者注册登记制度,注册社区志愿者3741万人";

  // 协商参与渐成常态
  static final String PLENUM_2019 = "2019年10\u00a0月,党的十九届四中全会明确提出,建设人人有责、人人尽责、人人享有的社会治理共同体";
  static final String VILLAGE_ASSEMBLY = "85%的村建立村民会议或者村民代表会议制度";
  static final String CONSULTATION_COMMITTEE = "64%的社区建立协商议事委员会";
  static final String ANNUAL_ASSEMBLY = "35%的村每年召开村民会议";
  static final String REPRESENTATIVE_MEETINGS = "57%的村每年召开一次以上村民代表会议";
  static final String CONSULTATION_AGENDA = "各级党委政府把城乡社区协商纳入重要议事日程,结合实际制定了具体办法";

  // 法治建设全面加强
  static final String RULE_OF_LAW_OUTLINE = "近日,中共中央又专门印发《法治社会建设实施纲要(2020—2025年)》";
  static final String ORGANIC_LAW = "各地认真落实《中华人民共和国村民委员会组织法》";
  static final String PROVINCIAL_MEASURES =
      "截至2019年底,全国有30个省(自治区、直辖市)制定或者修订村民委员会组织法实施办法,29个省份制定或者修订村民委员会选举办法";
  static final String CIVIL_CODE =
      "第十二届全国人民代表大会第五次会议审议通过《中华人民共和国民法总则》,明确了村民委员会、居民委员会具有基层群众性自治组织特别法人资格";
  static final String TERM_OF_OFFICE = "第十三届全国人大常委会第七次会议,将村委会任期由3年修改为5年后,22个省(区、市)完成了相应的配套法规修改工作";
  static final String UNIFIED_ELECTIONS = "全国28个省(自治区、直辖市)实现了村民委员会和居民委员会换届选举统一届期,参选率达到90%以上";
  static final String VILLAGE_RULES = "全国98%的村制订了村规民约或村民自治章程";
  static final String OPEN_AFFAIRS = "普遍实行村(居)务公开。述职、问责等机制逐步健全,农村基层组织建设不断加强。整治“村霸”和宗族恶势力";

  static final String CONGRESS_19_LAW = "党的十九大报告明确提出,要提高社会治理法治化水平";

  // 数字技术广泛应用
  static final String CONGRESS_19_SMART = "党的十九大明确提出,要提高社会治理智能化水平";
  static final String INFO_BENEFIT_PILOTS = "民政部配合国家发展改革委在全国80个城市开展国家信息惠民试点";
  static final String COMMUNITY_PILOTS = "指导96个社区公共服务综合信息平台建设试点单位、44个智慧社区建设试点单位完成试点工作";
  static final String JINMIN = "推进“金民工程一期专项社会事务管理业务系统”建设任务";
  static final String INFO_SYSTEM = "开发全国基层政权建设和社区治理信息系统";
  static final String STANDARDS = "委托编制《城乡社区信息化建设规范》《“互联网+社区”技术规范》";
  static final String CODING_SYSTEM = "持续加强“村(居)委会统一赋码管理系统”运行维护,将管理系统纳入全国基层政权建设和社区治理信息系统集成";
  static final String EXPERIMENT_ZONES = "依托全国社区治理和服务创新实验区、全国农村社区治理实验区探索城乡社区信息化、智能化建设路径";
}
