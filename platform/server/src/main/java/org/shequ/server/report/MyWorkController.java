package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.shequ.plan.api.Plan;
import org.shequ.server.progress.Periods;
import org.shequ.server.progress.TenantPlans;
import org.shequ.server.security.Caller;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * 我的填报: every form due in one period for the caller's units (a reporter's unit and those below it;
 * the whole tenant for the region admin and other tenant-wide readers), with each report's status,
 * window and late flag.
 */
@RestController
class MyWorkController {
  private final TenantAccess access;
  private final TenantRepository tenants;
  private final TenantPlans plans;
  private final TenantDatabase database;
  private final MyWorkStore store;
  private final Clock clock;

  MyWorkController(
      TenantAccess access,
      TenantRepository tenants,
      TenantPlans plans,
      TenantDatabase database,
      MyWorkStore store,
      ObjectProvider<Clock> clock) {
    this.access = access;
    this.tenants = tenants;
    this.plans = plans;
    this.database = database;
    this.store = store;
    // Reporting days are China days, as the calendar's.
    this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of(ReportingCalendar.ZONE)));
  }

  @GetMapping("/api/v1/tenants/{tenantId}/my-work")
  @Operation(
      operationId = "getMyWork",
      summary = "我的填报: every form due from the caller's units",
      description =
          "Each form due in the period for the caller's units with its window, status, the reviewer's comment when returned and whether it is late.")
  Mono<MyWork> myWork(
      @PathVariable String tenantId,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > ReportListing.MAX_SIZE) {
      return Mono.error(Problems.badRequest("invalid-paging", ReportListing.MAX_SIZE));
    }
    Integer asked = period == null || period.isBlank() ? null : Periods.parse(period);
    WorkStatus wanted = status == null || status.isBlank() ? null : status(status);
    LocalDate today = LocalDate.now(clock);
    return access
        .reader(tenantId)
        .flatMap(
            caller ->
                tenants
                    .findById(tenantId)
                    .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)))
                    .flatMap(tenant -> work(tenant, caller, asked, wanted, today, page, size)));
  }

  private Mono<MyWork> work(
      Tenant tenant,
      Caller caller,
      Integer asked,
      WorkStatus wanted,
      LocalDate today,
      int page,
      int size) {
    List<Integer> years = plans.years(tenant);
    int year = asked != null ? asked : plans.defaultYear(tenant, today.getYear());
    Plan plan =
        plans
            .covering(tenant, year)
            .orElseThrow(() -> Problems.notFound("plan-for-period", Integer.toString(year)));
    var query =
        new MyWorkStore.Query(tenant.id(), caller, year, plan.forms(), wanted, today, page, size);
    return database
        .inTenantOne(tenant.id(), db -> store.find(db, query))
        .map(
            found ->
                new MyWork(
                    tenant.id(), year, plan.id(), years, found.items(), found.total(), page, size));
  }

  private static WorkStatus status(String status) {
    try {
      return WorkStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problems.badRequest("invalid-work-status");
    }
  }
}
