package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Plan;
import org.shequ.server.progress.Periods;
import org.shequ.server.progress.TenantPlans;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.Problems;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET …/reports/summary}: the region admin's home. Tenant-wide, so callers who read only a
 * subtree (reporters) are refused rather than shown a partial picture.
 */
@RestController
class ReportSummaryController {
  private final TenantAccess access;
  private final TenantRepository tenants;
  private final TenantPlans plans;
  private final TenantDatabase database;
  private final ReportingCalendar calendar;
  private final ReportSummaryStore store;

  ReportSummaryController(
      TenantAccess access,
      TenantRepository tenants,
      TenantPlans plans,
      TenantDatabase database,
      ReportingCalendar calendar,
      ReportSummaryStore store) {
    this.access = access;
    this.tenants = tenants;
    this.plans = plans;
    this.database = database;
    this.calendar = calendar;
    this.store = store;
  }

  /** The plan a summary is about and the year of it. */
  private record PlanYear(Plan plan, int year) {}

  @GetMapping("/api/v1/tenants/{tenantId}/reports/summary")
  @Operation(
      operationId = "getReportSummary",
      summary = "The region admin's overview of a period",
      description =
          "Per form the units due, their reports by status and the overdue ones; the first 50 overdue units and the period's 10 latest submissions.")
  Mono<ReportSummary> summary(
      @PathVariable String tenantId, @RequestParam(required = false) String period) {
    return access
        .reader(tenantId)
        .filter(caller -> !caller.readsOnlyOwnSubtree())
        .switchIfEmpty(Mono.error(TenantAccess::forbidden))
        .then(tenants.findById(tenantId))
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)))
        .map(tenant -> planYear(tenant, period))
        .flatMap(
            py ->
                database.inTenantOne(
                    tenantId, db -> summarize(db, tenantId, py.plan(), py.year())));
  }

  /**
   * The period asked for and the plan covering it; without one, the tenant's default year ({@link
   * TenantPlans#defaultYear}).
   */
  private PlanYear planYear(Tenant tenant, String period) {
    int year =
        period == null || period.isBlank()
            ? plans.defaultYear(tenant, Year.now(ZoneId.of(ReportingCalendar.ZONE)).getValue())
            : Periods.parse(period);
    int chosen = year;
    Plan plan =
        plans
            .covering(tenant, chosen)
            .orElseThrow(() -> Problems.notFound("plan-for-period", Integer.toString(chosen)));
    return new PlanYear(plan, chosen);
  }

  // One transaction, one statement after another on its connection.
  private Mono<ReportSummary> summarize(DatabaseClient db, String tenantId, Plan plan, int year) {
    String period = Integer.toString(year);
    List<Form> forms = plan.forms();
    return store
        .counts(db, tenantId, period, forms)
        .collectList()
        .flatMap(
            counts ->
                calendar
                    .findAll(db, tenantId, period)
                    .collectMap(CalendarEntry::formCode, Function.identity())
                    .map(windows -> formSummaries(forms, counts, windows)))
        .flatMap(
            formSummaries ->
                store
                    .overdue(db, tenantId, period, forms)
                    .collectList()
                    .flatMap(
                        overdue ->
                            store
                                .latest(db, tenantId, period)
                                .collectList()
                                .map(
                                    latest ->
                                        new ReportSummary(
                                            tenantId,
                                            year,
                                            plan.id(),
                                            formSummaries,
                                            overdue,
                                            latest))));
  }

  private static List<ReportSummary.FormSummary> formSummaries(
      List<Form> forms,
      List<ReportSummaryStore.StatusCount> counts,
      Map<String, CalendarEntry> windows) {
    return forms.stream()
        .map(
            form -> {
              Map<String, Long> byStatus = new LinkedHashMap<>();
              ReportSummary.STATUSES.forEach(s -> byStatus.put(s, 0L));
              long expected = 0;
              long overdue = 0;
              for (ReportSummaryStore.StatusCount c : counts) {
                if (c.formCode().equals(form.code())) {
                  byStatus.merge(c.status(), c.units(), Long::sum);
                  expected += c.units();
                  overdue += c.overdue();
                }
              }
              CalendarEntry window = windows.get(form.code());
              return new ReportSummary.FormSummary(
                  form.code(),
                  form.title(),
                  form.level(),
                  form.appliesTo(),
                  window == null ? null : window.opens(),
                  window == null ? null : window.closes(),
                  expected,
                  byStatus,
                  overdue);
            })
        .toList();
  }
}
