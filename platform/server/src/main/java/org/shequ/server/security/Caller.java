package org.shequ.server.security;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The authenticated caller, as its membership (or, failing one, its token's claims) describes it.
 * What it may change is decided by {@link WriteAuthorization}, one role at a time; what it may read
 * is the union of its roles.
 *
 * @param tenant the tenant the caller belongs to; null for national and platform staff
 * @param orgUnits for reporters, the org units they report for (each one's subtree included); a
 *     reporter covers the union of these subtrees
 * @param issuer the token's issuer ({@code iss}); with the subject, it names the caller uniquely
 * @param source where the tenant, roles and units came from
 */
public record Caller(
    String subject,
    String tenant,
    Set<Role> roles,
    Set<String> orgUnits,
    String issuer,
    Source source) {

  /** Where a caller's tenant, roles and org units were read. */
  public enum Source {
    /** A membership kept in Shequ's database. */
    MEMBERSHIP,
    /** The token's claims. */
    CLAIMS
  }

  public Caller {
    roles = Set.copyOf(roles);
    // Kept in the order given (the first is the default root of a reporter's views).
    orgUnits =
        orgUnits == null
            ? Set.of()
            : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(orgUnits));
    source = source == null ? Source.CLAIMS : source;
  }

  /** A caller from a token's claims. */
  public Caller(String subject, String tenant, Set<Role> roles, String orgUnit, String issuer) {
    this(
        subject,
        tenant,
        roles,
        orgUnit == null ? Set.of() : Set.of(orgUnit),
        issuer,
        Source.CLAIMS);
  }

  /** A caller whose token named no issuer. */
  public Caller(String subject, String tenant, Set<Role> roles, String orgUnit) {
    this(subject, tenant, roles, orgUnit, null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the caller has any org unit at all. */
  public boolean hasOrgUnits() {
    return !orgUnits.isEmpty();
  }

  /** The first of the caller's org units (the default root of its views); null when it has none. */
  public String firstOrgUnit() {
    return orgUnits.isEmpty() ? null : orgUnits.iterator().next();
  }

  /**
   * The first org unit.
   *
   * @deprecated a reporter may cover several units: use {@link #orgUnits()}.
   */
  @Deprecated
  public String orgUnit() {
    return firstOrgUnit();
  }

  /** The org units as an array, for SQL {@code = ANY(:units)}; empty when none. */
  public String[] orgUnitArray() {
    return orgUnits.toArray(String[]::new);
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
   * Whether the caller reads only its own org units' subtrees of its tenant: true when REPORTER is
   * the widest reading role it has. Any other role reads the whole tenant, and reading is the union
   * of the roles, so a reporter who is also a region admin or national analyst reads it all.
   */
  public boolean readsOnlyOwnSubtree() {
    return has(Role.REPORTER) && !has(Role.REGION_ADMIN) && !readsEveryTenant();
  }
}
