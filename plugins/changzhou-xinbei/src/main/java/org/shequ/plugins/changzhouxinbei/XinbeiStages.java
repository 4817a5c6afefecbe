package org.shequ.plugins.changzhouxinbei;

import static org.shequ.plugins.changzhouxinbei.XinbeiSections.TABLE_2;

import org.shequ.plan.api.Provenance;
import org.shequ.plugins.changzhouxinbei.StageScale.StageDef;

/** The stages of the qualitative goals of 专栏二, each named by its table cell. */
final class XinbeiStages {
  private XinbeiStages() {}

  static final String ROW_1 = "社区规模调整";
  static final String ROW_7 = "城乡社区信息化";
  static final String ROW_9 = "网格化管理和服务";

  /** 专栏二 row 1: 拟定方案 → 调整到位 → 动态达标. */
  static final StageScale COMMUNITY_SIZE =
      StageScale.of(
          stage("PLAN_DRAFTED", ROW_1, "拟定方案", "Adjustment plan drawn up"),
          stage("ADJUSTED", ROW_1, "调整到位", "Adjustment completed"),
          stage(
              "DYNAMICALLY_COMPLIANT",
              ROW_1,
              "动态达标",
              "Community sizes meet the standard, kept up as they change"));

  /** 专栏二 row 7: the yearly steps of community informatisation. */
  static final StageScale INFORMATISATION =
      StageScale.of(
          stage(
              "CITY_STANDARD_MET",
              ROW_7,
              "100%达市要求,并在2个社区进行试点功能拓展",
              "All communities meet the city's requirements; extended functions piloted in 2"
                  + " communities"),
          stage("PILOT_TWO_TOWNS", ROW_7, "试点扩大至2个镇(街道)", "Pilot extended to 2 towns (streets)"),
          stage(
              "NEW_FUNCTIONS_ROLLED_OUT",
              ROW_7,
              "全面进行新功能推广",
              "New functions rolled out everywhere"),
          stage("CONSOLIDATED", ROW_7, "巩固和完善", "Consolidated and improved"));

  /** 专栏二 row 9: the roll-out of grid management and services. */
  static final StageScale GRID_MANAGEMENT =
      StageScale.of(
          stage("PILOT_ONE_STREET", ROW_9, "选择1个街道试点", "Piloted in 1 street"),
          stage(
              "URBAN_COMMUNITIES",
              ROW_9,
              "城区社区全面推行",
              "Implemented in every community of the urban area"),
          stage("HALF_OF_TOWNS", ROW_9, "扩大至50%的镇推行", "Extended to 50% of towns"),
          stage("EVERYWHERE", ROW_9, "全面推行", "Implemented everywhere"));

  private static StageDef stage(String code, String row, String zh, String en) {
    return new StageDef(code, zh, en, Provenance.stated(TABLE_2, row + " " + zh));
  }
}
