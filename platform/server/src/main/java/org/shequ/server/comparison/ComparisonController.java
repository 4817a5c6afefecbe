package org.shequ.server.comparison;

import java.util.ArrayList;
import java.util.List;
import org.shequ.server.progress.Periods;
import org.shequ.server.progress.ProgressTables;
import org.shequ.server.progress.Table;
import org.shequ.server.progress.TableExport;
import org.shequ.server.progress.TableExport.Format;
import org.shequ.server.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * National comparison for national analysts and platform admins (the security configuration keeps
 * everyone else out of {@code /api/v1/comparison/**}).
 */
@RestController
@RequestMapping("/api/v1/comparison")
class ComparisonController {
  private static final List<String> HEADERS =
      List.of(
          "全国指标代码", "全国指标名称", "全国基准值", "基准日期", "全国目标", "租户", "租户名称", "规划", "本地指标代码", "本地指标名称",
          "实际值", "实际值单位", "每单位目标", "本期预期", "本地目标", "完成率", "状态", "应报单位数", "已报单位数", "填报率(%)", "口径近似",
          "口径说明");

  private final ComparisonService comparison;

  ComparisonController(ComparisonService comparison) {
    this.comparison = comparison;
  }

  @GetMapping
  Mono<ResponseEntity<?>> compare(
      @RequestParam(required = false) String nationalIndicator,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String format,
      ServerHttpRequest request) {
    Format f = TableExport.format(format, request);
    if (nationalIndicator == null || nationalIndicator.isBlank()) {
      throw Problems.badRequest("missing-national-indicator");
    }
    int year = Periods.parse(period);
    var national =
        comparison
            .nationalIndicator(nationalIndicator)
            .orElseThrow(() -> Problems.notFound("national-indicator", nationalIndicator));
    return comparison
        .compare(national, year)
        .flatMap(
            view ->
                f == Format.JSON
                    ? Mono.just(ResponseEntity.ok(view))
                    : TableExport.export(
                        table("全国比较" + year, List.of(view)),
                        f,
                        "comparison-" + nationalIndicator + "-" + year));
  }

  @GetMapping("/matrix")
  Mono<ResponseEntity<?>> matrix(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String format,
      ServerHttpRequest request) {
    Format f = TableExport.format(format, request);
    int year = Periods.parse(period);
    return comparison
        .matrix(year)
        .flatMap(
            view ->
                f == Format.JSON
                    ? Mono.just(ResponseEntity.ok(view))
                    : TableExport.export(
                        table("全国比较矩阵" + year, view.rows()), f, "comparison-matrix-" + year));
  }

  /** One row per tenant figure; a national indicator no tenant maps to still gets its row. */
  static Table table(String sheet, List<ComparisonView> views) {
    List<List<Object>> rows = new ArrayList<>();
    for (ComparisonView v : views) {
      List<Object> national =
          List.of(
              v.nationalIndicator(),
              v.name().zh(),
              text(ProgressTables.text(v.benchmark())),
              text(v.benchmarkAsOf()),
              text(ProgressTables.text(v.nationalTarget())));
      if (v.tenants().isEmpty()) {
        List<Object> row = new ArrayList<>(national);
        while (row.size() < HEADERS.size()) {
          row.add(null);
        }
        rows.add(row);
      }
      for (ComparisonView.TenantFigure t : v.tenants()) {
        List<Object> row = new ArrayList<>(national);
        row.addAll(
            ProgressTables.row(
                t.tenant(),
                t.tenantName().zh(),
                t.plan(),
                t.indicator(),
                t.indicatorName().zh(),
                t.actual() != null ? t.actual() : t.actualStage(),
                t.actualUnit().zh(),
                t.perUnitClause() == null ? "" : t.perUnitClause().zh(),
                ProgressTables.text(t.expected()),
                ProgressTables.text(t.target()),
                t.achievement(),
                t.status().label().zh(),
                t.reporting().expected(),
                t.reporting().reported(),
                t.reporting().rate(),
                // Like-with-like: an approximate mapping is flagged beside the figure, with why.
                t.approximation() ? "是（近似）" : "否",
                text(t.approximationNote())));
        rows.add(row);
      }
    }
    return new Table(sheet, HEADERS, rows);
  }

  private static Object text(String s) {
    return s == null ? "" : s;
  }
}
