package org.shequ.server.member;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shequ.server.security.Role;

/**
 * A member as the API shows it: an identity (issuer + subject, once bound), a tenant (null for
 * platform members), roles and, for reporters, org units.
 *
 * @param invitationCode shown only to admins, and only while the member is {@code INVITED}
 */
public record Member(
    UUID id,
    String tenant,
    String issuer,
    String subject,
    String username,
    String email,
    String displayName,
    List<Role> roles,
    List<UnitRef> orgUnits,
    boolean active,
    MemberStatus status,
    String invitationCode,
    int version,
    String updatedBy,
    Instant updatedAt) {

  /** An org unit by id and (today's Chinese) name. */
  public record UnitRef(String id, String name) {}

  Member withUnits(List<UnitRef> units) {
    return new Member(
        id,
        tenant,
        issuer,
        subject,
        username,
        email,
        displayName,
        roles,
        units,
        active,
        status,
        invitationCode,
        version,
        updatedBy,
        updatedAt);
  }

  Member withoutInvitationCode() {
    return new Member(
        id,
        tenant,
        issuer,
        subject,
        username,
        email,
        displayName,
        roles,
        orgUnits,
        active,
        status,
        null,
        version,
        updatedBy,
        updatedAt);
  }

  /** What a version records before and after a change. */
  Snapshot snapshot() {
    return new Snapshot(
        roles,
        orgUnits.stream().map(UnitRef::id).toList(),
        active,
        status,
        username,
        email,
        displayName,
        issuer,
        subject);
  }

  /** A member's state as its history shows it. */
  public record Snapshot(
      List<Role> roles,
      List<String> orgUnits,
      boolean active,
      MemberStatus status,
      String username,
      String email,
      String displayName,
      String issuer,
      String subject) {}
}
