package org.shequ.server.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.server.progress.ExportText;
import org.shequ.server.progress.Periods;
import org.shequ.server.progress.TableExport;
import org.shequ.server.progress.TableExport.Format;
import org.shequ.server.progress.WorkbookSheet;
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
 * everyone else out of {@code /api/v1/comparison/**}). A period no active tenant's plan covers is
 * 404.
 */
@RestController
@RequestMapping("/api/v1/comparison")
class ComparisonController {
  private final ComparisonService comparison;
  private final ComparedYears years;

  ComparisonController(ComparisonService comparison, ComparedYears years) {
    this.comparison = comparison;
    this.years = years;
  }

  @GetMapping
  @Operation(
      operationId = "compareRegions",
      summary = "One national indicator across the regions",
      description =
          "Each region's actual, target and status for the national indicator in the period; CSV or XLSX (with a native bar chart) by Accept or format.")
  @ApiResponse(
      responseCode = "200",
      description = "The regions compared: JSON, or CSV or XLSX by Accept or format",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ComparisonView.class)),
        @Content(mediaType = "text/csv"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      })
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
    NationalIndicator national =
        comparison
            .nationalIndicator(nationalIndicator)
            .orElseThrow(() -> Problems.notFound("national-indicator", nationalIndicator));
    Locale l = TableExport.language(request);
    return years
        .covered(year)
        .flatMap(y -> comparison.compare(national, y))
        .flatMap(
            view ->
                f == Format.JSON
                    ? Mono.just(ResponseEntity.ok(view))
                    : TableExport.export(
                        comparisonSheets(view, l),
                        f,
                        "comparison-" + nationalIndicator + "-" + year));
  }

  @GetMapping("/matrix")
  @Operation(
      operationId = "getComparisonMatrix",
      summary = "Every national indicator × every region",
      description =
          "The heatmap's data: a row per national indicator and region; CSV or XLSX with the indicators × regions layout and a chart per indicator.")
  @ApiResponse(
      responseCode = "200",
      description = "The matrix: JSON, or CSV or XLSX by Accept or format",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = MatrixView.class)),
        @Content(mediaType = "text/csv"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      })
  Mono<ResponseEntity<?>> matrix(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String format,
      ServerHttpRequest request) {
    Format f = TableExport.format(format, request);
    int year = Periods.parse(period);
    Locale l = TableExport.language(request);
    return years
        .covered(year)
        .flatMap(comparison::matrix)
        .flatMap(
            view ->
                f == Format.JSON
                    ? Mono.just(ResponseEntity.ok(view))
                    : TableExport.export(matrixSheets(view, l), f, "comparison-matrix-" + year));
  }

  /** The indicator's rows, then its chart (the CSV is the rows). */
  private static List<WorkbookSheet> comparisonSheets(ComparisonView view, Locale l) {
    return List.of(
        ComparisonTables.longTable(
            ExportText.SHEET_COMPARISON.in(l, view.period()), List.of(view), l),
        ComparisonTables.charts(List.of(view), view.period(), l));
  }

  /** The long table, the indicators × regions layout, then a chart per indicator. */
  private static List<WorkbookSheet> matrixSheets(MatrixView view, Locale l) {
    return List.of(
        ComparisonTables.longTable(ExportText.SHEET_MATRIX.in(l, view.period()), view.rows(), l),
        ComparisonTables.byRegion(view, l),
        ComparisonTables.charts(view.rows(), view.period(), l));
  }
}
