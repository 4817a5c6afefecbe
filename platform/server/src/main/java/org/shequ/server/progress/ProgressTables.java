package org.shequ.server.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The progress views as tables with Chinese headers, for CSV and XLSX exports. */
public final class ProgressTables {
  private ProgressTables() {}

  static Table progress(ProgressView view) {
    List<List<Object>> rows = new ArrayList<>();
    for (IndicatorProgress i : view.indicators()) {
      rows.add(
          row(
              i.code(),
              i.name().zh(),
              i.unit().zh(),
              i.actual() != null ? i.actual() : i.actualStage(),
              i.perUnitClause() == null ? null : i.perUnitClause().zh(),
              i.unknown(),
              text(i.baseline()),
              text(i.expected()),
              text(i.target()),
              i.status().label().zh(),
              areas(i.areas()),
              i.reporting().expected(),
              i.reporting().reported(),
              i.reporting().rate(),
              i.projection() == null ? null : i.projection().value()));
    }
    return new Table(
        "进度" + view.period(),
        List.of(
            "指标代码", "指标名称", "单位", "实际值", "每单位目标", "人口不详单位数", "基线", "本期预期", "目标", "状态", "分区域",
            "应报单位数", "已报单位数", "填报率(%)", "规划期末预测值"),
        rows);
  }

  static Table children(ChildProgress view) {
    List<List<Object>> rows = new ArrayList<>();
    for (ChildProgress.Child c : view.children()) {
      rows.add(
          row(
              c.orgUnit(),
              c.name().zh(),
              view.unit().zh(),
              c.actual() != null ? c.actual() : c.actualStage(),
              view.perUnitClause() == null ? null : view.perUnitClause().zh(),
              c.unknown(),
              c.status().label().zh(),
              areas(c.areas()),
              c.reporting().expected(),
              c.reporting().reported(),
              c.reporting().rate()));
    }
    return new Table(
        "下级进度",
        List.of(
            "组织单元代码", "组织单元名称", "单位", "实际值", "每单位目标", "人口不详单位数", "状态", "分区域", "应报单位数", "已报单位数",
            "填报率(%)"),
        rows);
  }

  /** Each area's value and status in one cell, e.g. {@code 城镇社区: 96.0000 已达标; 农村社区: …}. */
  private static String areas(List<AreaProgress> areas) {
    return areas.isEmpty()
        ? null
        : String.join("; ", areas.stream().map(AreaProgress::textZh).toList());
  }

  public static String text(FigureView f) {
    return f == null ? null : (f.year() == null ? "" : f.year() + ": ") + f.text();
  }

  public static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }
}
