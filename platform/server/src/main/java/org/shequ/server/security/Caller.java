package org.shequ.server.security;

import java.util.Set;

/**
 * The authenticated caller, as its token's claims describe it.
 *
 * @param tenant the tenant the caller belongs to; null for national and platform staff
 * @param orgUnit for reporters, the org unit they report for (its subtree included)
 */
public record Caller(String subject, String tenant, Set<Role> roles, String orgUnit) {
  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** National analysts and platform admins read every tenant. */
  public boolean readsEveryTenant() {
    return has(Role.NATIONAL_ANALYST) || has(Role.PLATFORM_ADMIN);
  }

  /** Whether the caller may read anything of {@code tenantId} at all. */
  public boolean canRead(String tenantId) {
    return readsEveryTenant() || tenantId.equals(tenant);
  }

  /** Whether the caller administers {@code tenantId}. */
  public boolean administers(String tenantId) {
    return has(Role.REGION_ADMIN) && tenantId.equals(tenant);
  }
}
