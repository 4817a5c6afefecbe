package org.shequ.server.tenant;

import java.time.OffsetDateTime;

/**
 * One change of a tenant: who made it ({@code tenants/<file>} for a tenant file), when, and the
 * tenant as it left it.
 *
 * @param action CREATE, UPDATE, DEACTIVATE or ACTIVATE through the API; FILE when a tenant file
 *     created or changed it; FILE_REMOVED when its file went away
 */
public record TenantRevision(
    long revision, OffsetDateTime at, String actor, String action, Tenant tenant) {}
