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
              text(i.baseline()),
              text(i.expected()),
              text(i.target()),
              i.status().label().zh(),
              i.reporting().expected(),
              i.reporting().reported(),
              i.reporting().rate(),
              i.projection() == null ? null : i.projection().value()));
    }
    return new Table(
        "进度" + view.period(),
        List.of(
            "指标代码", "指标名称", "单位", "实际值", "基线", "本期预期", "目标", "状态", "应报单位数", "已报单位数", "填报率(%)",
            "规划期末预测值"),
        rows);
  }

  static Table children(ChildProgress view) {
    List<List<Object>> rows = new ArrayList<>();
    for (ChildProgress.Child c : view.children()) {
      rows.add(
          row(
              c.orgUnit(),
              c.name().zh(),
              c.actual() != null ? c.actual() : c.actualStage(),
              c.status().label().zh(),
              c.reporting().expected(),
              c.reporting().reported(),
              c.reporting().rate()));
    }
    return new Table(
        "下级进度", List.of("组织单元代码", "组织单元名称", "实际值", "状态", "应报单位数", "已报单位数", "填报率(%)"), rows);
  }

  public static String text(FigureView f) {
    return f == null ? null : (f.year() == null ? "" : f.year() + ": ") + f.text();
  }

  public static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }
}
