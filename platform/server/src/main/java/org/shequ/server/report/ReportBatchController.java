package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Locale;
import org.reactivestreams.Publisher;
import org.shequ.server.web.Languages;
import org.shequ.server.web.Problems;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/tenants/{t}/reports/batch}: many units' reports of one form and period in one
 * file (the XLSX template, CSV or JSON), all or nothing unless {@code partial}.
 */
@RestController
class ReportBatchController {
  private static final String PATH = "/api/v1/tenants/{tenantId}/reports/batch";

  private final ReportBatch batch;
  private final BatchProperties properties;

  ReportBatchController(ReportBatch batch, BatchProperties properties) {
    this.batch = batch;
    this.properties = properties;
  }

  @Operation(
      operationId = "uploadReportBatch",
      summary = "Save or submit many reports from one file (reporters, region admins)",
      description =
          "The body is the form's XLSX template filled in (form and period come from it), a CSV"
              + " file (UTF-8 or GBK; ?form= and ?period= required) or a JSON array of"
              + " {orgUnit, values, comment}; multipart/form-data with a part 'file' works too."
              + " Every row is checked as a single save (or submit) would check it, the caller's"
              + " scope included. All or nothing: any error is a 422 listing every error by row,"
              + " column and field, and nothing is stored; partial=true stores the valid rows;"
              + " dryRun=true checks and stores nothing. The same file sent again stores nothing"
              + " new and names the earlier upload.")
  @ApiResponse(responseCode = "200", description = "a dry run, or nothing new to store")
  @ApiResponse(responseCode = "201", description = "reports stored")
  @ApiResponse(responseCode = "400", description = "not a readable file of the form")
  @ApiResponse(responseCode = "413", description = "over shequ.batch.max-rows or max-bytes")
  @ApiResponse(responseCode = "422", description = "rows with errors; errors[] lists each")
  @PostMapping(PATH)
  Mono<ResponseEntity<BatchAnswer>> upload(
      @PathVariable String tenantId,
      @RequestParam(required = false) String form,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "save") String action,
      @RequestParam(defaultValue = "false") boolean partial,
      @RequestParam(defaultValue = "false") boolean dryRun,
      ServerHttpRequest request) {
    ReportAction step = action(action);
    MediaType type = request.getHeaders().getContentType();
    return bytes(request.getBody())
        .flatMap(
            bytes ->
                run(
                    new ReportBatch.Upload(
                        tenantId, bytes, type, null, form, period, step, partial, dryRun),
                    Languages.of(request)));
  }

  /** The same upload as a form with one file part, as browsers send files. */
  @Operation(
      operationId = "uploadReportBatchForm",
      description = "As the plain upload, with the file in the multipart part 'file'.",
      summary = "Save or submit many reports from one file, sent as a form's file part")
  @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<ResponseEntity<BatchAnswer>> uploadForm(
      @PathVariable String tenantId,
      @RequestPart("file") FilePart file,
      @RequestParam(required = false) String form,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "save") String action,
      @RequestParam(defaultValue = "false") boolean partial,
      @RequestParam(defaultValue = "false") boolean dryRun,
      ServerHttpRequest request) {
    ReportAction step = action(action);
    MediaType type = file.headers().getContentType();
    return bytes(file.content())
        .flatMap(
            bytes ->
                run(
                    new ReportBatch.Upload(
                        tenantId,
                        bytes,
                        type,
                        file.filename(),
                        form,
                        period,
                        step,
                        partial,
                        dryRun),
                    Languages.of(request)));
  }

  private Mono<ResponseEntity<BatchAnswer>> run(ReportBatch.Upload upload, Locale locale) {
    return batch
        .run(upload, locale)
        .map(
            answer ->
                ResponseEntity.status(answer.stored() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(answer));
  }

  /** The body, refused with 413 as soon as it grows past {@code shequ.batch.max-bytes}. */
  private Mono<byte[]> bytes(Publisher<DataBuffer> body) {
    return DataBufferUtils.join(body, (int) properties.maxBytes().toBytes())
        .onErrorMap(
            DataBufferLimitException.class,
            e ->
                Problems.of(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large")
                    .detail(properties.maxBytes().toMegabytes())
                    .build())
        .map(
            buffer -> {
              byte[] bytes = new byte[buffer.readableByteCount()];
              buffer.read(bytes);
              DataBufferUtils.release(buffer);
              return bytes;
            })
        .defaultIfEmpty(new byte[0]);
  }

  private static ReportAction action(String action) {
    return switch (action.toLowerCase(Locale.ROOT)) {
      case "save" -> ReportAction.SAVE;
      case "submit" -> ReportAction.SUBMIT;
      default -> throw Problems.badParameter("action", "one-of", "save, submit");
    };
  }
}
