package org.shequ.server.tenant;

import java.util.List;
import org.shequ.plan.api.LocalizedText;

/**
 * A tenant as a platform admin creates or replaces it through the API: the same content as a tenant
 * file. On update the id comes from the path and may be left out of the body.
 *
 * @param divisionCode the GB/T 2260 administrative division code, six digits
 * @param plans ids of the plans the tenant runs, earliest first
 */
public record TenantRequest(
    String id, Names name, String divisionCode, AdminLevel level, List<String> plans) {

  /** The tenant's names; both are required. */
  public record Names(String zh, String en) {}

  /** The descriptor, once {@link TenantRules} has found the request valid. */
  TenantDescriptor descriptor(String tenantId) {
    return new TenantDescriptor(
        tenantId,
        LocalizedText.of(name.zh().strip(), name.en().strip()),
        divisionCode,
        level,
        plans == null ? List.of() : plans);
  }
}
