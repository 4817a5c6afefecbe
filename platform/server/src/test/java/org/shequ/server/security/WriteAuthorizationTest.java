package org.shequ.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The permission table on its own: one role at a time, never two added together. */
class WriteAuthorizationTest {
  private static Caller caller(Role... roles) {
    return new Caller(
        "wang", "jiexiu", EnumSet.copyOf(Set.of(roles)), "street-1", "https://issuer");
  }

  @Test
  void aReporterWhoAlsoReadsEverythingKeepsTheReportersReach() {
    for (Role wide : new Role[] {Role.NATIONAL_ANALYST, Role.PLATFORM_ADMIN}) {
      var grant =
          WriteAuthorization.grant(caller(Role.REPORTER, wide), WriteAction.SAVE_REPORT, "jiexiu");
      assertThat(grant).isPresent();
      assertThat(grant.get().role()).isEqualTo(Role.REPORTER);
      assertThat(grant.get().subtreeRoot()).isEqualTo("street-1");
      assertThat(grant.get().wholeTenant()).isFalse();
    }
  }

  @Test
  void theRegionAdminsReachIsTheWidestAndOnlyInItsOwnTenant() {
    var grant =
        WriteAuthorization.grant(
            caller(Role.REPORTER, Role.REGION_ADMIN), WriteAction.SUBMIT_REPORT, "jiexiu");
    assertThat(grant).get().extracting(WriteGrant::role).isEqualTo(Role.REGION_ADMIN);
    assertThat(grant.get().wholeTenant()).isTrue();
    assertThat(
            WriteAuthorization.grant(
                caller(Role.REGION_ADMIN, Role.NATIONAL_ANALYST),
                WriteAction.CHANGE_ORG_UNITS,
                "xiamen"))
        .isEmpty();
  }

  @Test
  void readingRolesWriteNothingAndReviewIsTheRegionAdminsAlone() {
    Caller readers = caller(Role.REPORTER, Role.NATIONAL_ANALYST, Role.PLATFORM_ADMIN);
    for (WriteAction action :
        new WriteAction[] {
          WriteAction.REVIEW_REPORT, WriteAction.SET_CALENDAR, WriteAction.CHANGE_ORG_UNITS
        }) {
      assertThat(WriteAuthorization.grant(readers, action, "jiexiu")).as(action.name()).isEmpty();
    }
    assertThat(
            WriteAuthorization.grant(
                caller(Role.REGION_ADMIN, Role.NATIONAL_ANALYST),
                WriteAction.REBUILD_ROLLUPS,
                null))
        .isEmpty();
    assertThat(WriteAuthorization.grant(readers, WriteAction.REBUILD_ROLLUPS, null))
        .get()
        .extracting(WriteGrant::role)
        .isEqualTo(Role.PLATFORM_ADMIN);
  }

  @Test
  void aReporterWithoutAnOrgUnitOrOfAnotherTenantWritesNothing() {
    Caller noUnit = new Caller("li", "jiexiu", Set.of(Role.REPORTER), null, "https://issuer");
    assertThat(WriteAuthorization.grant(noUnit, WriteAction.SAVE_REPORT, "jiexiu")).isEmpty();
    assertThat(WriteAuthorization.grant(caller(Role.REPORTER), WriteAction.SAVE_REPORT, "xiamen"))
        .isEmpty();
  }
}
