package org.shequ.server.tenant;

import java.util.List;
import org.shequ.plan.api.LocalizedText;

/** A provisioned tenant as stored. Inactive tenants keep their data but take no new work. */
public record Tenant(
    String id,
    LocalizedText name,
    String divisionCode,
    AdminLevel level,
    List<String> plans,
    boolean active) {}
