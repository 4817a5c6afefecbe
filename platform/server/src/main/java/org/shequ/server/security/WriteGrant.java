package org.shequ.server.security;

import java.util.Set;

/**
 * What one role of the caller, on its own, lets it change: a whole tenant, or some subtrees of it.
 *
 * @param role the single role the permission comes from
 * @param tenantId the tenant the change is for; null for platform-wide changes
 * @param subtreeRoots the org units at the top of the subtrees the change is confined to; empty
 *     when the role reaches the whole tenant
 */
public record WriteGrant(Caller caller, Role role, String tenantId, Set<String> subtreeRoots) {
  public WriteGrant {
    subtreeRoots = subtreeRoots == null ? Set.of() : subtreeRoots;
  }

  /** Whether the grant reaches every unit of the tenant. */
  public boolean wholeTenant() {
    return subtreeRoots.isEmpty();
  }

  /** The first subtree root (where a reporter's views start); null for a whole tenant. */
  public String subtreeRoot() {
    return subtreeRoots.isEmpty() ? null : subtreeRoots.iterator().next();
  }

  /** The subtree roots as an array, for SQL {@code = ANY(:roots)}. */
  public String[] subtreeRootArray() {
    return subtreeRoots.toArray(String[]::new);
  }
}
