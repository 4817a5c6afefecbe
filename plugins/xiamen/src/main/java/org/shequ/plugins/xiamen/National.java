package org.shequ.plugins.xiamen;

/**
 * Codes of the national indicator catalogue (provided by the national benchmark plugin) that this
 * plan's indicators map to.
 */
final class National {
  private National() {}

  static final String URBAN_SERVICE_FACILITY_COVERAGE = "URBAN_SERVICE_FACILITY_COVERAGE";
  static final String RURAL_SERVICE_FACILITY_COVERAGE = "RURAL_SERVICE_FACILITY_COVERAGE";
  static final String REGISTERED_COMMUNITY_VOLUNTEERS = "REGISTERED_COMMUNITY_VOLUNTEERS";
  static final String VOLUNTEER_REGISTRATION_RATE = "VOLUNTEER_REGISTRATION_RATE";
  static final String SOCIAL_ORGS_PER_COMMUNITY = "SOCIAL_ORGS_PER_COMMUNITY";
  static final String CERTIFIED_COMMUNITY_WORKER_SHARE = "CERTIFIED_COMMUNITY_WORKER_SHARE";
  static final String INFORMATION_PLATFORM_COVERAGE = "INFORMATION_PLATFORM_COVERAGE";
  static final String STREET_SERVICE_CENTRE_COVERAGE = "STREET_SERVICE_CENTRE_COVERAGE";
}
