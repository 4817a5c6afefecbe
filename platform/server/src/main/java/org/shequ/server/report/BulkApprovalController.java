package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import org.shequ.server.web.Languages;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST …/reports/approve}: the region admin approves many clean reports at once; the answer
 * says, report by report, what became of each.
 */
@RestController
class BulkApprovalController {
  private final BulkApproval approval;

  BulkApprovalController(BulkApproval approval) {
    this.approval = approval;
  }

  @PostMapping("/api/v1/tenants/{tenantId}/reports/approve")
  @Operation(
      operationId = "approveReports",
      summary = "Approve many reports at once (region admin)",
      description =
          "Up to 500 reports, each approved as by …/approve with If-Match: version in its own transaction; a report with warnings is refused (bulk-has-warnings). Each outcome says APPROVED or REFUSED with the problem.")
  Mono<BulkApprovalResult> approve(
      @PathVariable String tenantId,
      @RequestBody BulkApprovalRequest request,
      ServerWebExchange exchange) {
    return approval.approve(tenantId, request, Languages.of(exchange.getRequest()));
  }
}
