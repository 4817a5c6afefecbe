package org.shequ.server.orgunit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.shequ.server.security.WriteAction;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.Languages;
import org.shequ.server.web.Problems;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Importing a tenant's org units from a spreadsheet: the template to fill in, a dry run that shows
 * how the file was read and what it would do, and the import itself (all or nothing).
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/org-units/import")
class OrgUnitImportController {
  private static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;
  private final TenantAccess access;
  private final OrgUnitImport imports;

  OrgUnitImportController(TenantAccess access, OrgUnitImport imports) {
    this.access = access;
    this.imports = imports;
  }

  /**
   * Imports a CSV (UTF-8, GBK or GB18030, detected or named by {@code charset}) or XLSX file of
   * units. With {@code dryRun}, writes nothing and answers what the import would do, with every
   * problem under {@code errors}. Otherwise any problem is a 422 with every row's problems and
   * nothing imported, unless {@code partial} (then the good rows are imported and the rest listed).
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = "importOrgUnits",
      summary = "Import org units from a CSV or XLSX file (region admin)",
      description =
          "CSV in UTF-8, GBK or GB18030 or XLSX, Chinese or English headers (docs/org-unit-import.md). dryRun previews; any problem is a 422 with every row's problems unless partial.")
  Mono<ImportSummary> importFile(
      @PathVariable("tenantId") String tenant,
      @RequestPart("file") FilePart file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(defaultValue = "false") boolean partial,
      @RequestParam(required = false) String effective,
      @RequestParam(required = false) String charset,
      ServerHttpRequest request) {
    Locale locale = Languages.of(request);
    LocalDate day = OrgUnitController.day("effective", effective);
    Charset named = charset(charset);
    return access
        .tenantWide(tenant, WriteAction.CHANGE_ORG_UNITS)
        .flatMap(
            c ->
                DataBufferUtils.join(file.content(), MAX_IMPORT_BYTES)
                    .onErrorMap(DataBufferLimitException.class, e -> OrgUnitProblems.fileTooLarge())
                    .map(
                        buffer -> {
                          byte[] bytes = new byte[buffer.readableByteCount()];
                          buffer.read(bytes);
                          DataBufferUtils.release(buffer);
                          return bytes;
                        })
                    // Decoding and parsing a workbook is heavy work; keep it off the event loop.
                    .publishOn(Schedulers.boundedElastic())
                    .map(bytes -> ImportTable.read(file.filename(), bytes, named))
                    .flatMap(
                        table ->
                            imports
                                .run(
                                    tenant,
                                    c.subject(),
                                    file.filename(),
                                    table,
                                    day,
                                    dryRun,
                                    partial)
                                .map(o -> ImportSummary.of(o, table, dryRun, partial, locale))
                                .onErrorMap(
                                    OrgUnitImport.InvalidFile.class,
                                    e -> OrgUnitProblems.invalidFile(e.errors, table))));
  }

  /**
   * A file to fill in: the headers (Chinese, or English when the caller reads English) and one
   * example row, which the import skips since its first cell begins with {@code #}.
   */
  @GetMapping("/template")
  @Operation(
      operationId = "getOrgUnitImportTemplate",
      summary = "The org-unit import template, CSV or XLSX",
      description =
          "The headers in the caller's language and one example row, which the import skips.")
  @ApiResponse(
      responseCode = "200",
      description = "The template, CSV or XLSX by format",
      content = {
        @Content(mediaType = "text/csv"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      })
  Mono<ResponseEntity<byte[]>> template(
      @PathVariable("tenantId") String tenant,
      @RequestParam(defaultValue = "csv") String format,
      ServerHttpRequest request) {
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw Problems.badParameter("format", "one-of", "csv, xlsx");
    }
    Locale locale = ImportTemplate.language(request);
    return access
        .reader(tenant)
        .then(
            Mono.fromCallable(
                    () ->
                        format.equals("csv")
                            ? ImportTemplate.csv(locale)
                            : ImportTemplate.xlsx(locale))
                .subscribeOn(Schedulers.boundedElastic()))
        .map(bytes -> ImportTemplate.download(bytes, format));
  }

  /** The encoding {@code ?charset=} names, or null to detect it. */
  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return ImportTable.CHARSETS.stream()
        .filter(c -> c.name().equalsIgnoreCase(name.trim()) || c.aliases().contains(name.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                Problems.badParameter(
                    "charset",
                    "one-of",
                    ImportTable.CHARSETS.stream()
                        .map(Charset::name)
                        .collect(Collectors.joining(", "))));
  }

  /**
   * What an import did or, in a dry run, would do.
   *
   * @param valid whether the file has no problems (a whole import writes nothing otherwise)
   * @param charset the encoding a CSV file was read in; null for XLSX
   * @param columns how each header of the file was understood
   * @param errors every problem, by row and column
   * @param preview each good data row and what it does: {@code create}, {@code update} (with the
   *     columns it changes) or {@code unchanged}
   * @param skipped the rows a partial import left out, with their problems
   */
  record ImportSummary(
      boolean dryRun,
      boolean imported,
      boolean valid,
      String charset,
      List<ImportTable.Column> columns,
      int rows,
      int created,
      int updated,
      int unchanged,
      List<Map<String, Object>> errors,
      List<OrgUnitImport.PreviewRow> preview,
      List<Map<String, Object>> skipped) {
    static ImportSummary of(
        OrgUnitImport.Outcome o,
        ImportTable table,
        boolean dryRun,
        boolean partial,
        Locale locale) {
      List<Map<String, Object>> errors = o.errors().stream().map(e -> e.in(locale)).toList();
      return new ImportSummary(
          dryRun,
          o.written(),
          errors.isEmpty(),
          table.charset(),
          table.columns(),
          o.rows(),
          o.created(),
          o.updated(),
          o.unchanged(),
          errors,
          o.preview(),
          partial ? errors : List.of());
    }
  }
}
