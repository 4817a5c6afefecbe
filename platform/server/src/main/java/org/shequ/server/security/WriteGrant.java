package org.shequ.server.security;

/**
 * What one role of the caller, on its own, lets it change: a whole tenant, or one subtree of it.
 *
 * @param role the single role the permission comes from
 * @param tenantId the tenant the change is for; null for platform-wide changes
 * @param subtreeRoot the org unit at the top of the subtree the change is confined to; null when
 *     the role reaches the whole tenant
 */
public record WriteGrant(Caller caller, Role role, String tenantId, String subtreeRoot) {

  /** Whether the grant reaches every unit of the tenant. */
  public boolean wholeTenant() {
    return subtreeRoot == null;
  }
}
