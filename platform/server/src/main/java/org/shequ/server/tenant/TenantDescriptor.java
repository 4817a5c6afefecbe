package org.shequ.server.tenant;

import java.util.List;
import org.shequ.plan.api.LocalizedText;

/**
 * One region as its {@code tenants/<id>.yaml} describes it.
 *
 * @param divisionCode the GB/T 2260 administrative division code, six digits
 * @param plans ids of the plans the tenant runs, e.g. {@code zhejiang-2016-2020}
 */
public record TenantDescriptor(
    String id, LocalizedText name, String divisionCode, AdminLevel level, List<String> plans) {
  public TenantDescriptor {
    plans = plans == null ? List.of() : List.copyOf(plans);
  }
}
