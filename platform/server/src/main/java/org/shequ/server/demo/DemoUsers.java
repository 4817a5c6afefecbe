package org.shequ.server.demo;

import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.LocalizedText;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The demo users of the embedded default, offered by the demo login page and the console's demo
 * sign-in: a region admin and a reporter (at its first active community) per active tenant, a
 * national analyst and a platform admin. Read from the database on each call, so a tenant created
 * at run time appears at once.
 */
@Component
public class DemoUsers {
  private final TenantRepository tenants;
  private final TenantDatabase database;

  DemoUsers(TenantRepository tenants, TenantDatabase database) {
    this.tenants = tenants;
    this.database = database;
  }

  /**
   * A demo user: who, which tenant, which role, which org unit.
   *
   * @param label how the user is shown
   * @param tenantName the tenant's name, or null for platform-level staff
   */
  public record DemoUser(
      String subject,
      String label,
      String tenant,
      LocalizedText tenantName,
      String role,
      String orgUnit) {}

  public Mono<List<DemoUser>> all() {
    return tenants
        .findAll()
        .filter(Tenant::active)
        .concatMap(t -> firstCommunity(t.id()).defaultIfEmpty("").map(unit -> ofTenant(t, unit)))
        .collectList()
        .map(DemoUsers::withStaff);
  }

  /** The demo user of that subject, or empty. */
  public Mono<DemoUser> find(String subject) {
    return all().flatMapIterable(list -> list).filter(u -> u.subject().equals(subject)).next();
  }

  private static List<DemoUser> ofTenant(Tenant t, String unit) {
    return List.of(
        new DemoUser(
            "admin-" + t.id(), t.name().zh() + " 区域管理员", t.id(), t.name(), "REGION_ADMIN", null),
        new DemoUser(
            "reporter-" + t.id(),
            t.name().zh() + " 填报员" + (unit.isEmpty() ? "" : "（" + unit + "）"),
            t.id(),
            t.name(),
            "REPORTER",
            unit.isEmpty() ? null : unit));
  }

  private static List<DemoUser> withStaff(List<List<DemoUser>> perTenant) {
    List<DemoUser> all = new ArrayList<>();
    perTenant.forEach(all::addAll);
    all.add(
        new DemoUser("analyst", "国家级人员 National analyst", null, null, "NATIONAL_ANALYST", null));
    all.add(new DemoUser("operator", "平台运维 Platform admin", null, null, "PLATFORM_ADMIN", null));
    return all;
  }

  private Mono<String> firstCommunity(String tenantId) {
    return database.inTenantOne(
        tenantId,
        db ->
            db.sql(
                    "SELECT o.org_unit_id FROM org_unit o JOIN org_unit_version v USING (tenant_id,"
                        + " org_unit_id) WHERE o.level = 'COMMUNITY' AND v.valid_to IS NULL AND"
                        + " v.active ORDER BY o.org_unit_id LIMIT 1")
                .map(row -> row.get(0, String.class))
                .one());
  }
}
