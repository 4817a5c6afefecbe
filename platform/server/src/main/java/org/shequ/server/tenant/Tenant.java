package org.shequ.server.tenant;

import java.util.List;
import org.shequ.plan.api.LocalizedText;

/**
 * A provisioned tenant as stored. Inactive tenants keep their data but their routes refuse every
 * request until the tenant is activated again.
 *
 * @param source whether its tenant file or the API manages it
 */
public record Tenant(
    String id,
    LocalizedText name,
    String divisionCode,
    AdminLevel level,
    List<String> plans,
    boolean active,
    TenantSource source) {

  /** A file-managed tenant. */
  public Tenant(
      String id,
      LocalizedText name,
      String divisionCode,
      AdminLevel level,
      List<String> plans,
      boolean active) {
    this(id, name, divisionCode, level, plans, active, TenantSource.FILE);
  }
}
