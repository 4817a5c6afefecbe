package org.shequ.plugins.jiexiu;

/**
 * Section headings and verbatim wordings of the document that more than one part of the plan cites
 * (an indicator and the task that delivers it, say), kept in one place so they cannot drift apart.
 */
final class Source {
  private Source() {}

  static final String GOALS = "二(三) 总体目标";

  /** Opens the paragraph of 二(三): every goal in it is a 2020 goal. */
  static final String GOALS_YEAR = "力争到2020年";

  static final String GOALS_YEAR_NOTE =
      "the year is that of the paragraph's opening words 力争到2020年";

  static final String GOAL_FACILITIES = "全面实施城市社区活动场所和公益性服务设施提档升级,社区综合服务设施达到500平方米以上";

  static final String GOAL_SOCIAL_ORGS =
      "大力培育社区社会组织,城市社区至少有10个以上,3000人以下的农村社区至少2个以上,3000人以上的农村社区至少5个以上社区社会组织";

  static final String GOAL_SOCIAL_WORK_TOTAL = "我市社会工作专业人才和从业人员总数达到2000人";

  static final String GOAL_SOCIAL_WORKERS_PER_COMMUNITY = "每个城市社区配备2-5名,每个农村社区至少配备1名社会工作专业人才";

  static final String GOAL_SOCIAL_WORK =
      "我市社会工作专业人才和从业人员总数达到2000人,每个城市社区配备2-5名,每个农村社区至少配备1名社会工作专业人才,推进社会工作专业化、职业化";

  static final String FACILITIES = "三(一)2 改善服务设施";
  static final String FACILITY_COVERAGE = "努力实现社区综合服务设施全覆盖";

  static final String INFORMATION = "三(一)3 打造信息平台";
  static final String INFORMATION_COVERAGE = "实现社区公共服务事项全人群覆盖、全口径集成和全区域通办";
  static final String ONE_STOP = "街道或整合后的社区依托综合信息平台,建立“一站式”社区公共服务机构,为社区居民提供面对面的服务";

  static final String SOCIAL_WORK_TALENT = "三(三)1 培养社区社会工作专业人才";
  static final String SOCIAL_WORK_POSTS = "逐步在街道(乡镇)社区服务中心(站)等社区公共服务平台设置社会工作专业岗位,配备社会工作专业人才";
  static final String SOCIAL_WORKER_SHARE = "逐步扩大社会工作专业人才在社区治理和服务人员中的比例";
  static final String CERTIFICATION = "通过建立社会工作职业水平考试鼓励制度、教育培养制度等,推进现有社区工作者提升转换";

  static final String AGENCIES = "三(三)3 培育发展民办社会工作服务机构";
  static final String AGENCIES_2020 = "力争到2020年,每个城区培育发展3-5家民办社会工作服务机构,面向社区开展专业服务";

  static final String PURCHASE = "三(三)4 加大政府购买社区社会工作服务力度";
  static final String PURCHASE_WORDING = "加大政府购买社区社会工作服务力度,确立财政资金支持社区社会工作发展的主渠道地位和导向作用";
}
