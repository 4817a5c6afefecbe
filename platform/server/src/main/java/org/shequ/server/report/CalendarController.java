package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shequ.server.security.WriteAction;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The reporting calendar: when each period of each form opens and closes. The region admin sets it;
 * everyone who reads the tenant may see it. A period without an entry is open.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/calendar/{formCode}/{period}")
class CalendarController {
  private final TenantAccess access;
  private final TenantDatabase database;
  private final ReportForms forms;
  private final ReportingCalendar calendar;
  private final ReportAudit audit;

  CalendarController(
      TenantAccess access,
      TenantDatabase database,
      ReportForms forms,
      ReportingCalendar calendar,
      ReportAudit audit) {
    this.access = access;
    this.database = database;
    this.forms = forms;
    this.calendar = calendar;
    this.audit = audit;
  }

  @GetMapping
  @Operation(
      operationId = "getCalendarWindow",
      summary = "The reporting window of one form and period",
      description = "When reporting opens and closes; absent bounds leave it open.")
  Mono<CalendarEntry> read(
      @PathVariable String tenantId, @PathVariable String formCode, @PathVariable String period) {
    return access
        .reader(tenantId)
        .then(forms.resolve(tenantId, formCode, period))
        .then(database.inTenantOne(tenantId, db -> calendar.find(db, tenantId, formCode, period)))
        .switchIfEmpty(
            Mono.error(
                () ->
                    Problems.of(HttpStatus.NOT_FOUND, "not-found")
                        .detailKey("not-found.calendar")
                        .build()));
  }

  @PutMapping
  @Operation(
      operationId = "setCalendarWindow",
      summary = "Set the reporting window of one form and period (region admin)",
      description =
          "Reports are refused outside it (409 reporting-not-open); a late submission is marked late.")
  Mono<CalendarEntry> save(
      @PathVariable String tenantId,
      @PathVariable String formCode,
      @PathVariable String period,
      @RequestBody CalendarWindow window) {
    return access
        .tenantWide(tenantId, WriteAction.SET_CALENDAR)
        .flatMap(
            caller ->
                forms
                    .resolve(tenantId, formCode, period)
                    .then(Mono.fromRunnable(() -> check(window)))
                    .then(
                        database.inTenantOne(
                            tenantId,
                            db ->
                                calendar
                                    .save(db, tenantId, formCode, period, window, caller.subject())
                                    .flatMap(
                                        entry -> {
                                          Map<String, Object> detail = new LinkedHashMap<>();
                                          detail.put("opens", entry.opens().toString());
                                          detail.put("closes", entry.closes().toString());
                                          return audit
                                              .record(
                                                  db,
                                                  tenantId,
                                                  caller.subject(),
                                                  "calendar.set",
                                                  "calendar/" + formCode + "/" + period,
                                                  detail)
                                              .thenReturn(entry);
                                        }))));
  }

  private static void check(CalendarWindow w) {
    var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-calendar");
    boolean invalid = false;
    if (w.opens() == null) {
      problem.field("opens", "required", "opens");
      invalid = true;
    }
    if (w.closes() == null) {
      problem.field("closes", "required", "closes");
      invalid = true;
    }
    if (!invalid && w.closes().isBefore(w.opens())) {
      problem.field("closes", "before-opens");
      invalid = true;
    }
    if (invalid) {
      throw problem.build();
    }
  }
}
