package org.shequ.server.tenant;

/** What manages a tenant: its {@code tenants/<id>.yaml} file, or the tenant API. */
public enum TenantSource {
  /** Named by a tenant file; the file wins, and the API may not change the tenant. */
  FILE,
  /** Created through the API; no file names it, and removing files never deactivates it. */
  API
}
