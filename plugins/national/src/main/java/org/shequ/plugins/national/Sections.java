package org.shequ.plugins.national;

/**
 * The review's sections, named by their headings as printed, so a reader can find each wording
 * again. The review has no numbered sections; its opening paragraphs carry no heading.
 */
final class Sections {
  private Sections() {}

  static final String PLANNING = "顶层设计空前加强 为社区治理体制机制改革提供遵循";
  static final String PARTY = "党建引领持续强化 为城乡社区治理铸魂聚力";
  static final String GOVERNMENT = "政府依法担当作为 为城乡社区治理创设良好环境";
  static final String CONSULTATION = "协商参与渐成常态 为城乡社区治理供给持久动能";
  static final String LAW = "法治建设全面加强 为城乡社区治理有序开展保驾护航";
  static final String DIGITAL = "数字技术广泛应用 为城乡社区治理提供科技支撑";
}
