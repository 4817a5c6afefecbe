package org.shequ.plugins.changzhouxinbei;

/** Headings of the document's sections and tables, as printed, for provenance. */
final class XinbeiSections {
  private XinbeiSections() {}

  static final String BASIS = "一、发展基础和面临形势";
  static final String TABLE_1 = "专栏一:常州市新北区“十三五”城乡社区发展规划主要指标";
  static final String TABLE_2 = "专栏二:新北区城乡社区发展“十三五”期间主要目标进度表";
  static final String TASKS = "三、发展重点和主要任务";
  static final String SAFEGUARDS = "四、保障措施";

  static final String S3_1 = "三(一)以规模调整为契机,推进城乡社区科学发展";
  static final String S3_1_1 = "三(一)1.修订城乡社区规划";
  static final String S3_1_2 = "三(一)2.做好社区规模调整";
  static final String S3_1_3 = "三(一)3.建立规划长效机制";

  static final String S3_2 = "三(二)以设施建设为基础,加强居民服务平台建设";
  static final String S3_2_1 = "三(二)1.推进城乡社区综合服务设施建设";
  static final String S3_2_2 = "三(二)2.完善城乡社区信息化平台";
  static final String S3_2_3 = "三(二)3.建立镇(街道)社区服务中心";

  static final String S3_3 = "三(三)以基层党建为核心,促进村民(居民)自治";
  static final String S3_3_1 = "三(三)1.发挥基层党组织核心作用";
  static final String S3_3_2 = "三(三)2.深化村民(居民)自治";
  static final String S3_3_3 = "三(三)3.推动基层民主协商";

  static final String S3_4 = "三(四)以“减负增效”为目标,提高社区服务水平";
  static final String S3_4_1 = "三(四)1.建立政府部门协助机制";
  static final String S3_4_2 = "三(四)2.完善社区自我管理机制";
  static final String S3_4_3 = "三(四)3.健全社会组织培育机制";

  static final String S3_5 = "三(五)以群众需求为导向,实现城乡社区有效治理";
  static final String S3_5_1 = "三(五)1.开通居民需求调查通道";
  static final String S3_5_2 = "三(五)2.深入开展网格化精细管理和服务";
  static final String S3_5_3 = "三(五)3.提升社工为民服务水平";

  static final String S3_6 = "三(六)以社区共治为突破,提升城乡社区治理成效";
  static final String S3_6_1 = "三(六)1.建立多元共治机制";
  static final String S3_6_2 = "三(六)2.健全考核引导机制";
  static final String S3_6_3 = "三(六)3.解决社区工作难题";

  static final String S4_1 = "四、保障措施 1.健全领导机制";
  static final String S4_2 = "四、保障措施 2.加大扶持力度";
  static final String S4_3 = "四、保障措施 3.强化责任落实";
}
