package org.shequ.server.security;

import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Who an identity is in Shequ: its membership, kept in Shequ's database. Implemented by the member
 * package (security depends on no domain package); resolved on every request, so a change of
 * membership takes effect on the caller's next request.
 */
public interface Memberships {

  /** The membership of the identity; empty when it has none. */
  Mono<Membership> of(Identity identity);

  /**
   * The subject a member is bound to at {@code issuer}, for the embedded default's demo sign-in;
   * empty when there is no such active member.
   */
  Mono<String> subjectOf(String memberId, String issuer);

  /**
   * A token's identity, and what may bind it to an invited member on its first sign-in.
   *
   * @param groups the token's {@code groups} claim (for the configured bootstrap admin group)
   */
  record Identity(
      String issuer, String subject, String username, String email, List<String> groups) {
    public Identity {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }
  }

  /**
   * A membership.
   *
   * @param tenant null for platform members (national analysts, platform admins)
   * @param active false once deactivated: the identity is then refused, whatever its token claims
   */
  record Membership(
      String memberId,
      String username,
      String tenant,
      Set<Role> roles,
      Set<String> orgUnits,
      boolean active) {}
}
