package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.shequ.server.progress.TableExport;
import org.shequ.server.report.TemplateUnitsStore.TemplateUnit;
import org.shequ.server.security.WriteAction;
import org.shequ.server.security.WriteGrant;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spreadsheet a street or district fills in to report for all its units at once: one row per
 * unit the caller may write that takes the form, with the current values, for the batch upload
 * ({@code POST …/reports/batch}) to read back.
 */
@RestController
class ReportTemplateController {
  private final TenantAccess access;
  private final ReportForms forms;
  private final ReportOrgUnits orgUnits;
  private final TemplateUnitsStore units;
  private final TenantDatabase database;
  private final JsonMapper json;
  private final Clock clock;

  ReportTemplateController(
      TenantAccess access,
      ReportForms forms,
      ReportOrgUnits orgUnits,
      TemplateUnitsStore units,
      TenantDatabase database,
      JsonMapper json,
      ObjectProvider<Clock> clock) {
    this.access = access;
    this.forms = forms;
    this.orgUnits = orgUnits;
    this.units = units;
    this.database = database;
    this.json = json;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * The template for {@code period}, for the units under {@code orgUnit} (default: the reporter's
   * own unit, or the whole tenant for a region admin). Roles that cannot write reports get 403, a
   * unit the caller cannot reach looks absent (404).
   */
  @GetMapping("/api/v1/tenants/{tenantId}/forms/{formCode}/template.xlsx")
  @Operation(
      operationId = "getReportTemplate",
      summary = "The form's XLSX template for batch reporting",
      description =
          "One row per active unit under orgUnit that the caller may write and that takes the form, with current values, option lists and number limits as Excel validation; upload it to …/reports/batch.")
  @ApiResponse(
      responseCode = "200",
      description = "The XLSX template",
      content =
          @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  Mono<ResponseEntity<byte[]>> template(
      @PathVariable String tenantId,
      @PathVariable String formCode,
      @RequestParam String period,
      @RequestParam(required = false) String orgUnit,
      ServerHttpRequest request) {
    TemplateText text = new TemplateText(language(request));
    String asked = orgUnit == null || orgUnit.isBlank() ? null : orgUnit;
    return access
        .writer(tenantId, WriteAction.SAVE_REPORT)
        .flatMap(
            grant ->
                forms
                    .resolve(tenantId, formCode, period)
                    .flatMap(form -> rows(grant, form, asked, text)))
        .publishOn(Schedulers.boundedElastic())
        .map(content -> ReportTemplate.xlsx(content, json))
        .map(bytes -> download(bytes, formCode, period));
  }

  private Mono<ReportTemplate.Content> rows(
      WriteGrant grant, ReportForm form, String asked, TemplateText text) {
    String tenantId = grant.tenantId();
    return database.inTenantOne(
        tenantId,
        db ->
            root(db, grant, asked)
                .flatMap(
                    root ->
                        units
                            .units(db, tenantId, root, form.form(), form.period(), !text.zh())
                            .collectList())
                .map(
                    (List<TemplateUnit> found) ->
                        new ReportTemplate.Content(
                            tenantId,
                            form.form(),
                            form.period(),
                            asked != null ? asked : grant.subtreeRoot(),
                            text,
                            clock.instant(),
                            found)));
  }

  /**
   * Where the rows start: the unit asked for, if the grant reaches it; else the grant's own unit,
   * or (empty) the tenant's top units for a grant over the whole tenant.
   */
  private Mono<List<String>> root(DatabaseClient db, WriteGrant grant, String asked) {
    if (asked == null) {
      return Mono.just(List.copyOf(grant.subtreeRoots()));
    }
    Mono<Boolean> reached =
        grant.wholeTenant()
            ? Mono.just(true)
            : orgUnits.within(db, grant.tenantId(), grant.subtreeRoots(), asked);
    return orgUnits
        .current(db, grant.tenantId(), asked)
        .filterWhen(unit -> reached)
        .map(unit -> List.of(unit.id()))
        .switchIfEmpty(Mono.error(() -> ReportProblems.orgUnitNotFound(asked)));
  }

  /** Chinese unless the caller asks for another language: the template is for Chinese offices. */
  private static Locale language(ServerHttpRequest request) {
    return request.getHeaders().getAcceptLanguage().isEmpty()
        ? Locale.CHINESE
        : Languages.of(request);
  }

  private static ResponseEntity<byte[]> download(byte[] body, String formCode, String period) {
    return ResponseEntity.ok()
        .contentType(TableExport.XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + formCode + "-" + period + ".xlsx\"")
        .body(body);
  }
}
