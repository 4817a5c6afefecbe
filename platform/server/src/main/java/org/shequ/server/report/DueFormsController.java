package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;
import org.shequ.server.progress.Periods;
import org.shequ.server.progress.TenantPlans;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The forms due in one period: those of the tenant's plan covering the period's year (a tenant runs
 * its plans one after another), each with its reporting window when the region admin set one.
 */
@RestController
class DueFormsController {
  private final TenantAccess access;
  private final TenantRepository tenants;
  private final TenantPlans plans;
  private final TenantDatabase database;
  private final ReportingCalendar calendar;

  DueFormsController(
      TenantAccess access,
      TenantRepository tenants,
      TenantPlans plans,
      TenantDatabase database,
      ReportingCalendar calendar) {
    this.access = access;
    this.tenants = tenants;
    this.plans = plans;
    this.database = database;
    this.calendar = calendar;
  }

  /** The forms of one period, under the plan they are filed under. */
  record DueForms(String tenant, int period, String plan, List<DueForm> forms) {}

  /**
   * One form due in the period.
   *
   * @param opens first day reports are taken, or null when no window is set (open)
   * @param closes last day a submission is on time, or null when no window is set
   */
  record DueForm(
      String formCode,
      LocalizedText title,
      OrgUnitLevel level,
      AreaType appliesTo,
      LocalDate opens,
      LocalDate closes) {}

  @GetMapping("/api/v1/tenants/{tenantId}/calendar")
  @Operation(
      operationId = "listDueForms",
      summary = "The forms due in a period, with their windows",
      description = "The forms of the plan covering the period, each with its reporting window.")
  Mono<DueForms> due(@PathVariable String tenantId, @RequestParam(required = false) String period) {
    int year = Periods.parse(period);
    return access
        .reader(tenantId)
        .then(tenants.findById(tenantId))
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)))
        .map(
            tenant ->
                plans
                    .covering(tenant, year)
                    .orElseThrow(
                        () -> Problems.notFound("plan-for-period", Integer.toString(year))))
        .flatMap(plan -> windows(tenantId, plan, year));
  }

  private Mono<DueForms> windows(String tenantId, Plan plan, int year) {
    String period = Integer.toString(year);
    return database
        .inTenant(tenantId, db -> calendar.findAll(db, tenantId, period))
        .collectMap(CalendarEntry::formCode, Function.identity())
        .map(
            (Map<String, CalendarEntry> entries) ->
                new DueForms(
                    tenantId,
                    year,
                    plan.id(),
                    plan.forms().stream()
                        .map(
                            f -> {
                              CalendarEntry e = entries.get(f.code());
                              return new DueForm(
                                  f.code(),
                                  f.title(),
                                  f.level(),
                                  f.appliesTo(),
                                  e == null ? null : e.opens(),
                                  e == null ? null : e.closes());
                            })
                        .collect(Collectors.toList())));
  }
}
