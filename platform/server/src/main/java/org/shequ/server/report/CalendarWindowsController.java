package org.shequ.server.report;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Form;
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
 * {@code GET …/calendar/windows}: the whole reporting calendar, every form of every plan year of
 * the tenant, with the window where one is set. Changing one stays {@code PUT
 * …/calendar/{formCode}/{period}}.
 */
@RestController
class CalendarWindowsController {
  private final TenantAccess access;
  private final TenantRepository tenants;
  private final TenantPlans plans;
  private final TenantDatabase database;
  private final CalendarWindowStore store;

  CalendarWindowsController(
      TenantAccess access,
      TenantRepository tenants,
      TenantPlans plans,
      TenantDatabase database,
      CalendarWindowStore store) {
    this.access = access;
    this.tenants = tenants;
    this.plans = plans;
    this.database = database;
    this.store = store;
  }

  /** The tenant's calendar: one entry per form and plan year, in plan, year and form order. */
  record CalendarWindows(String tenant, List<CalendarWindowEntry> windows) {}

  /**
   * One form in one period.
   *
   * @param opens the first day reports are taken; absent when no window is set (open)
   * @param closes the last day a submission is on time; absent when no window is set
   * @param updatedBy who set the window last; absent when none is set
   * @param updatedAt when the window was set last
   */
  record CalendarWindowEntry(
      String formCode,
      LocalizedText title,
      String plan,
      String period,
      OrgUnitLevel level,
      AreaType appliesTo,
      LocalDate opens,
      LocalDate closes,
      String updatedBy,
      OffsetDateTime updatedAt) {}

  @GetMapping("/api/v1/tenants/{tenantId}/calendar/windows")
  @Operation(
      operationId = "listCalendarWindows",
      summary = "The reporting windows of every form and plan year",
      description = "Each form of each plan year with opens, closes, who set the window and when.")
  Mono<CalendarWindows> windows(
      @PathVariable String tenantId,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String formCode) {
    String year = period == null ? null : Integer.toString(Periods.parse(period));
    return access
        .reader(tenantId)
        .then(tenants.findById(tenantId))
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)))
        .map(plans::loaded)
        .flatMap(
            loaded ->
                database
                    .inTenant(tenantId, db -> store.all(db, tenantId, year))
                    .collectMap(e -> e.formCode() + "/" + e.period(), Function.identity())
                    .map(
                        stored ->
                            new CalendarWindows(tenantId, list(loaded, stored, year, formCode))));
  }

  private static List<CalendarWindowEntry> list(
      List<Plan> loaded, Map<String, CalendarEntry> stored, String period, String formCode) {
    List<CalendarWindowEntry> out = new ArrayList<>();
    for (Plan plan : loaded) {
      for (int y = plan.period().startYear(); y <= plan.period().endYear(); y++) {
        String p = Integer.toString(y);
        if (period != null && !period.equals(p)) {
          continue;
        }
        for (Form form : plan.forms()) {
          if (formCode != null && !formCode.equals(form.code())) {
            continue;
          }
          CalendarEntry e = stored.get(form.code() + "/" + p);
          out.add(
              new CalendarWindowEntry(
                  form.code(),
                  form.title(),
                  plan.id(),
                  p,
                  form.level(),
                  form.appliesTo(),
                  e == null ? null : e.opens(),
                  e == null ? null : e.closes(),
                  e == null ? null : e.updatedBy(),
                  e == null ? null : e.updatedAt()));
        }
      }
    }
    return out;
  }
}
