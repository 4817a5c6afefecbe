package org.shequ.server.member;

/** Where a member stands. */
public enum MemberStatus {
  /** Bound to an identity (or bound on its first sign-in) and working. */
  ACTIVE,
  /** Added, but not bound to an identity yet: binds on first sign-in or by its invitation code. */
  INVITED,
  /** Refused at once on every request, whatever its token claims. */
  DEACTIVATED
}
