package org.shequ.server.security;

import java.util.Set;

/**
 * The authenticated caller, as its token's claims describe it. What it may change is decided by
 * {@link WriteAuthorization}, one role at a time; what it may read is the union of its roles.
 *
 * @param tenant the tenant the caller belongs to; null for national and platform staff
 * @param orgUnit for reporters, the org unit they report for (its subtree included)
 * @param issuer the token's issuer ({@code iss}); with the subject, it names the caller uniquely
 */
public record Caller(
    String subject, String tenant, Set<Role> roles, String orgUnit, String issuer) {
  public Caller {
    roles = Set.copyOf(roles);
  }

  /** A caller whose token named no issuer. */
  public Caller(String subject, String tenant, Set<Role> roles, String orgUnit) {
    this(subject, tenant, roles, orgUnit, null);
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

  /**
   * Whether the caller reads only its own org unit's subtree of its tenant: true when REPORTER is
   * the widest reading role it has. Any other role reads the whole tenant, and reading is the union
   * of the roles, so a reporter who is also a region admin or national analyst reads it all.
   */
  public boolean readsOnlyOwnSubtree() {
    return has(Role.REPORTER) && !has(Role.REGION_ADMIN) && !readsEveryTenant();
  }
}
