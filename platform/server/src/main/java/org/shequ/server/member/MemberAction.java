package org.shequ.server.member;

/** What a version of a member records. */
public enum MemberAction {
  ADDED,
  CHANGED,
  DEACTIVATED,
  ACTIVATED,
  /** Bound to an identity: at its first sign-in or when its invitation was redeemed. */
  BOUND
}
