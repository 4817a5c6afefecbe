package org.shequ.server.progress;

import java.util.Locale;

/**
 * Every fixed text of the CSV and XLSX exports (column headers, sheet names and the few words in
 * cells) in Chinese and English, so a header is written once and the two languages stay in step.
 * Percentages are 0–100 everywhere, and their headers say so with "(%)".
 */
public enum ExportText {
  // Progress of a plan's indicators
  INDICATOR_CODE("指标代码", "Indicator code"),
  INDICATOR_NAME("指标名称", "Indicator"),
  UNIT("单位", "Unit"),
  ACTUAL("实际值", "Actual"),
  PER_UNIT_TARGET("每单位目标", "Per-unit target"),
  UNKNOWN_POPULATION("人口不详单位数", "Units of unknown population"),
  BASELINE_VALUE("基线值", "Baseline"),
  BASELINE_UNIT("基线单位", "Baseline unit"),
  BASELINE_TEXT("基线(原文)", "Baseline (as stated)"),
  EXPECTED_VALUE("本期预期值", "Expected this period"),
  EXPECTED_UNIT("本期预期单位", "Expected unit"),
  EXPECTED_TEXT("本期预期(原文)", "Expected (as stated)"),
  TARGET_VALUE("目标值", "Target"),
  TARGET_UNIT("目标单位", "Target unit"),
  TARGET_TEXT("目标(原文)", "Target (as stated)"),
  STATUS("状态", "Status"),
  AREAS("分区域", "By area"),
  UNITS_EXPECTED("应报单位数", "Units expected to report"),
  UNITS_REPORTED("已报单位数", "Units reported"),
  REPORTING_RATE("填报率(%)", "Reporting rate (%)"),
  PROJECTION_VALUE("规划期末预测值", "Projection to plan end"),
  PROJECTION_UNIT("预测值单位", "Projection unit"),
  PROJECTION_YEAR("预测年份", "Projection year"),
  COMPUTED_AT("计算时间(UTC)", "Computed at (UTC)"),
  // Drill-down
  ORG_UNIT_CODE("组织单元代码", "Org unit code"),
  ORG_UNIT_NAME("组织单元名称", "Org unit"),
  // Tasks
  TASK_CODE("任务代码", "Task code"),
  TASK_NAME("任务名称", "Task"),
  TASK_PARENT("所属工程", "Programme"),
  LEAD_DEPARTMENTS("牵头单位", "Lead departments"),
  RESPONSIBLE_DEPARTMENTS("责任单位", "Responsible departments"),
  YEAR("年份", "Year"),
  MONTH("月份", "Month"),
  DUE_DATE("截止日期", "Due date"),
  APPLIES_TO("适用单位", "Applies to"),
  MILESTONE("里程碑", "Milestone"),
  // National comparison
  NATIONAL_CODE("全国指标代码", "National indicator code"),
  NATIONAL_NAME("全国指标名称", "National indicator"),
  BENCHMARK_VALUE("全国基准值", "National benchmark"),
  BENCHMARK_UNIT("全国基准单位", "Benchmark unit"),
  BENCHMARK_TEXT("全国基准(原文)", "National benchmark (as stated)"),
  BENCHMARK_DATE("基准日期", "Benchmark date"),
  NATIONAL_TARGET_VALUE("全国目标值", "National target"),
  NATIONAL_TARGET_UNIT("全国目标单位", "National target unit"),
  NATIONAL_TARGET_TEXT("全国目标(原文)", "National target (as stated)"),
  TENANT("租户", "Tenant"),
  TENANT_NAME("租户名称", "Region"),
  PLAN("规划", "Plan"),
  LOCAL_CODE("本地指标代码", "Local indicator code"),
  LOCAL_NAME("本地指标名称", "Local indicator"),
  ACTUAL_UNIT("实际值单位", "Actual unit"),
  LOCAL_TARGET_VALUE("本地目标值", "Local target"),
  LOCAL_TARGET_UNIT("本地目标单位", "Local target unit"),
  LOCAL_TARGET_TEXT("本地目标(原文)", "Local target (as stated)"),
  ACHIEVEMENT("完成率(%)", "Achievement (%)"),
  APPROXIMATE("口径近似", "Approximate mapping"),
  APPROXIMATION_NOTE("口径说明", "Mapping note"),
  REGION_ACTUAL("{0} 实际值", "{0} actual"),
  REGION_UNIT("{0} 单位", "{0} unit"),
  REGION_ACHIEVEMENT("{0} 完成率(%)", "{0} achievement (%)"),
  REGION("地区", "Region"),
  // Sheets
  SHEET_PROGRESS("进度{0}", "Progress {0}"),
  SHEET_CHILDREN("下级进度{0}", "Children {0}"),
  SHEET_TASKS("任务{0}", "Tasks {0}"),
  SHEET_COMPARISON("全国比较{0}", "Comparison {0}"),
  SHEET_MATRIX("全国比较矩阵{0}", "Matrix {0}"),
  SHEET_BY_REGION("指标×地区{0}", "Indicators x regions {0}"),
  SHEET_CHART("图表{0}", "Chart {0}"),
  // Words in cells and charts
  ALL_UNITS("全部单位", "all units"),
  YES_APPROXIMATE("是（近似）", "yes (approximate)"),
  NO("否", "no"),
  APPROXIMATE_MARK("（近似）", " (approx.)"),
  PAST_DUE("已逾期", "past due"),
  DUE("本年到期", "due this year"),
  UPCOMING("未到期", "upcoming"),
  CHART_TITLE("{0}：各地区实际值与全国基准", "{0}: regions against the national benchmark");

  private final String zh;
  private final String en;

  ExportText(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The text in {@code locale}: English for English, Chinese otherwise. */
  public String in(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
  }

  /** The text with its one placeholder filled, e.g. a tenant's name or the year. */
  public String in(Locale locale, Object arg) {
    return in(locale).replace("{0}", String.valueOf(arg));
  }
}
