package org.shequ.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a caller's tenant, roles and org units are found.
 *
 * @param mode where they come from; {@link Mode#MEMBERSHIP_FIRST} unless set
 * @param cacheTtl how long a resolved membership is remembered; every replica forgets it at once
 *     when any membership changes (PostgreSQL {@code NOTIFY shequ_member_change}), so this bounds
 *     only how stale a membership can get while that notification is lost
 */
@ConfigurationProperties("shequ.security.membership")
public record MembershipProperties(Mode mode, Duration cacheTtl) {
  public MembershipProperties {
    mode = mode == null ? Mode.MEMBERSHIP_FIRST : mode;
    cacheTtl = cacheTtl == null ? Duration.ofSeconds(30) : cacheTtl;
  }

  /** Membership or token claims. */
  public enum Mode {
    /**
     * An identity with a membership is placed by it alone, and the token's {@code tenant}, {@code
     * roles} and {@code org_unit} claims are ignored; an identity without one (a service account)
     * is placed by its claims.
     */
    MEMBERSHIP_FIRST,
    /** Only memberships count; claims are ignored, and an identity without one has no roles. */
    MEMBERSHIP_ONLY,
    /** Only claims count; memberships are not read (access managed in the identity provider). */
    CLAIMS_ONLY
  }
}
