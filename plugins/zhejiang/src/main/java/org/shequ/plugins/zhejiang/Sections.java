package org.shequ.plugins.zhejiang;

/**
 * Where things sit in the document: its table and its numbered sections, written as the document
 * numbers them (chapter, part, item), so a reader can find the wording again.
 */
final class Sections {
  private Sections() {}

  /** The summary table of indicators at the end of the document. */
  static final String TABLE = "附件 浙江省城乡社区治理“十三五”规划指标汇总表";

  static final String ACHIEVEMENTS_1 = "一(一)1";
  static final String ACHIEVEMENTS_2 = "一(一)2";
  static final String ACHIEVEMENTS_3 = "一(一)3";
  static final String ACHIEVEMENTS_4 = "一(一)4";
  static final String PROBLEMS_5 = "一(二)5";
  static final String GUIDING_THOUGHT = "三(一)";
  static final String GOALS = "三(三)";

  static final String STANDARDS = "四(一)";
  static final String STANDARDS_1 = "四(一)1";
  static final String STANDARDS_2 = "四(一)2";
  static final String SELF_GOVERNANCE = "四(二)";
  static final String SELF_GOVERNANCE_1 = "四(二)1";
  static final String SELF_GOVERNANCE_2 = "四(二)2";
  static final String SELF_GOVERNANCE_3 = "四(二)3";
  static final String SELF_GOVERNANCE_4 = "四(二)4";
  static final String CONSULTATION = "四(三)";
  static final String CONSULTATION_1 = "四(三)1";
  static final String CONSULTATION_2 = "四(三)2";
  static final String CONSULTATION_3 = "四(三)3";
  static final String THREE_SOCIETIES = "四(四)";
  static final String THREE_SOCIETIES_1 = "四(四)1";
  static final String THREE_SOCIETIES_2 = "四(四)2";
  static final String THREE_SOCIETIES_3 = "四(四)3";
  static final String RURAL = "四(五)";
  static final String RURAL_1 = "四(五)1";
  static final String RURAL_2 = "四(五)2";
  static final String RURAL_3 = "四(五)3";

  static final String ORGANISATION = "五(一)";
  static final String FUNDING = "五(二)";
  static final String TALENT = "五(三)";
  static final String TECHNOLOGY = "五(四)";
}
