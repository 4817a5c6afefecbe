package org.shequ.plugins.changzhouxinbei;

/**
 * The document's own wording behind the indicators, verbatim: the rows of 专栏一 and 专栏二 (cells joined
 * by a space, as the table prints them) and the sentences of section 三 that restore the cells lost
 * from 专栏二.
 */
final class XinbeiWording {
  private XinbeiWording() {}

  // 专栏一: item and its 2020 target cell.
  static final String T1_SIZE = "1.社区规模 社区规模科学合理";
  static final String T1_HARMONIOUS = "2.高标准和谐社区创建 100%";
  static final String T1_URBAN_PREMISES = "3.城镇社区服务用房 面积达700㎡以上,平均达1000㎡";
  static final String T1_RURAL_PREMISES = "4.农村社区服务用房 面积达500㎡以上,平均达700㎡";
  static final String T1_OFFICE = "5.社区干部办公用房 面积控制在社区用房面积的20%以内";
  // Items 6 and 9 print no target cell: it was lost.
  static final String T1_CENTRE = "6.镇(街道)级社区服务中心(社会组织发展中心)建设率";
  static final String T1_CERTIFIED = "7.45周岁以下城乡社区社工持证率 95%";
  static final String T1_PAY = "8.城乡社区社工人均年收入 达到城镇职工上年度平均工资水平";
  static final String T1_INFORMATISATION = "9.城乡社区信息化工作覆盖率";

  // 专栏二: the goal of each row; its cells follow it in the provenance of each milestone.
  static final String T2_HARMONIOUS = "高标准城乡和谐社区创建";
  static final String T2_PREMISES = "城镇社区用房700㎡以上,农村社区用房500㎡以上";
  static final String T2_CENTRE = "镇(街道)社区服务中心";
  static final String T2_CERTIFIED = "45周岁以下城乡社区社工持证率";
  static final String T2_PAY = "社工平均待遇达城镇职工上年度平均工资水平";
  static final String T2_SOCIAL_ORGS = "城镇社区社会组织达10个,农村社区社会组织达5个";
  static final String T2_CONSULTATION = "民主协商制度";

  // Section 三: sentences that state targets and yearly values.
  static final String PLAN_2017 =
      "2017年,按照“区域规划最佳、设施配置最优、服务效率最高、资源效益最大”原则,由区人社局会同区规划分局、各镇(街道),"
          + "以城镇社区为重点,全面科学规划全区“十三五”期间城乡社区的数量、规模和范围,避免社区规模过大、过小等不合理现象。";
  static final String PREMISES_STANDARD = "城镇社区按照不低于700㎡、农村社区按照不低于500㎡的标准建设。";
  static final String HARMONIOUS_2020 = "至2020年,高标准城乡和谐社区创建率达100%。";
  static final String PLATFORM_2017 =
      "巩固城乡社区信息化平台建设,研发手机APP、开通微信公众号、建设社区微网站,发挥“四级联动”平台作用,力争2017年实现城乡社区信息化平台全面运行。";
  static final String PLATFORM_2018_2020 =
      "积极争取平台功能扩展试点,力争2018年2个镇(街道)完成平台功能扩展试点,2020年实现平台功能扩展全覆盖。";
  static final String CENTRE_2017_2020 = "2017年至2020年,镇(街道)社区服务中心建成率分别达50%、70%、90%和100%。";
  static final String PARTY_WORK = "推动社区社会组织覆盖率、单独组建率显著提升,党的工作动态保持100%全覆盖。";
  static final String CONSULTATION_2017 =
      "2017年,在全区范围内选择1个村、1个社区进行民主协商试点工作,探索民主协商的内容、主体、形式、程序,规范结果运用。";
  static final String CONSULTATION_2020 = "力争到“十三五”期末,基层民主协商实现全覆盖。";
  static final String SOCIAL_ORGS_2020 = "力争到2020年,城市社区平均拥有社区社会组织不少于10个,农村社区平均拥有社区社会组织不少于5个。";
  static final String GRID =
      "2017年,城乡社区网格化管理和服务选择1个街道进行试点;2018年,在城区3个街道推行;2020年,城乡社区网格化管理和服务实现全区覆盖。";
  static final String CERTIFIED_2017_2020 =
      "2017年起,45周岁以下城镇社区、农村社区社工取得初级以上社工证书比例每年提高20%,至2020年均达到95%。";
  static final String PAY_2020 = "提升社工队伍薪酬保障水平,畅通社工晋升渠道,至2020年全区城乡社区社工平均待遇达到上年度城镇职工平均工资水平。";
}
