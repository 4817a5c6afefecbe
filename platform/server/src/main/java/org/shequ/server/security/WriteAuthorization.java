package org.shequ.server.security;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Who may change what. A change is allowed only when one of the caller's roles allows it on its
 * own: the roles are asked one by one and their permissions are never added together, so a reporter
 * who is also a national analyst (who reads everything and writes nothing) still writes only in its
 * own subtree.
 *
 * <p>Reading is different: a caller reads what any one of its roles may read, which is the same as
 * the union of what its roles read (see {@link Caller#readsOnlyOwnSubtree()}).
 */
public final class WriteAuthorization {
  private WriteAuthorization() {}

  /** How far one role lets its holder make one kind of change. */
  enum Reach {
    NONE,
    /** The caller's org units and the units below them, in the caller's tenant. */
    OWN_SUBTREE,
    /** Every unit of the tenant named in the caller's token. */
    OWN_TENANT,
    /** Platform-wide. */
    PLATFORM
  }

  /** The table: what each role, alone, permits. */
  static Reach reach(Role role, WriteAction action) {
    return switch (role) {
      case REGION_ADMIN -> action == WriteAction.REBUILD_ROLLUPS ? Reach.NONE : Reach.OWN_TENANT;
      case REPORTER ->
          switch (action) {
            case SAVE_REPORT, SUBMIT_REPORT -> Reach.OWN_SUBTREE;
            default -> Reach.NONE;
          };
      case NATIONAL_ANALYST -> Reach.NONE;
      case PLATFORM_ADMIN ->
          action == WriteAction.REBUILD_ROLLUPS || action == WriteAction.MANAGE_MEMBERS
              ? Reach.PLATFORM
              : Reach.NONE;
    };
  }

  /**
   * The widest permission a single role of the caller gives for {@code action} in {@code tenantId}
   * (null for platform-wide actions), or empty when no role alone allows it.
   */
  public static Optional<WriteGrant> grant(Caller caller, WriteAction action, String tenantId) {
    return caller.roles().stream()
        .map(role -> grant(caller, role, action, tenantId))
        .flatMap(Optional::stream)
        // A whole tenant is wider than any subtree of it.
        .max(Comparator.comparing(WriteGrant::wholeTenant));
  }

  private static Optional<WriteGrant> grant(
      Caller caller, Role role, WriteAction action, String tenantId) {
    boolean ownTenant = tenantId != null && tenantId.equals(caller.tenant());
    return switch (reach(role, action)) {
      case NONE -> Optional.empty();
      case OWN_SUBTREE ->
          ownTenant && caller.hasOrgUnits()
              ? Optional.of(new WriteGrant(caller, role, tenantId, caller.orgUnits()))
              : Optional.empty();
      case OWN_TENANT ->
          ownTenant
              ? Optional.of(new WriteGrant(caller, role, tenantId, Set.of()))
              : Optional.empty();
      case PLATFORM -> Optional.of(new WriteGrant(caller, role, tenantId, Set.of()));
    };
  }
}
