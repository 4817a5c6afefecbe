package org.shequ.server.console;

import java.io.Serializable;
import java.util.List;

/**
 * Who signed in to the console in the embedded default: kept in the web session. A demo user is
 * turned into a fresh embedded-issuer token on each {@code GET /console/session}; a member (chosen
 * among the tenant members) is named by {@code memberId} alone, and the page asks {@code POST
 * /api/v1/dev/token} for that member's token and {@code GET /api/v1/me} for their tenant, roles and
 * org units, so a change to the membership shows on the next reload.
 */
record ConsoleIdentity(
    String subject, String tenant, List<String> roles, String orgUnit, String memberId)
    implements Serializable {

  /** A member of the embedded default, chosen on the sign-in page. */
  static ConsoleIdentity member(String memberId) {
    return new ConsoleIdentity(null, null, List.of(), null, memberId);
  }

  boolean isMember() {
    return memberId != null;
  }
}
