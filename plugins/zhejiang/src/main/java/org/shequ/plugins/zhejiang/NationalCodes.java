package org.shequ.plugins.zhejiang;

/**
 * Codes of the national indicator catalogue that this plan's indicators map to. Kept as strings
 * because a plugin never depends on another plugin at run time.
 */
final class NationalCodes {
  private NationalCodes() {}

  static final String URBAN_SERVICE_FACILITY_COVERAGE = "URBAN_SERVICE_FACILITY_COVERAGE";
  static final String RURAL_SERVICE_FACILITY_COVERAGE = "RURAL_SERVICE_FACILITY_COVERAGE";
  static final String REGISTERED_COMMUNITY_VOLUNTEERS = "REGISTERED_COMMUNITY_VOLUNTEERS";
  static final String VOLUNTEER_REGISTRATION_RATE = "VOLUNTEER_REGISTRATION_RATE";
  static final String SOCIAL_ORGS_PER_COMMUNITY = "SOCIAL_ORGS_PER_COMMUNITY";
  static final String SOCIAL_WORKERS_PER_COMMUNITY = "SOCIAL_WORKERS_PER_COMMUNITY";
  static final String CERTIFIED_COMMUNITY_WORKER_SHARE = "CERTIFIED_COMMUNITY_WORKER_SHARE";
  static final String INFORMATION_PLATFORM_COVERAGE = "INFORMATION_PLATFORM_COVERAGE";
  static final String COMMUNITY_CONSULTATION_COVERAGE = "COMMUNITY_CONSULTATION_COVERAGE";
  static final String VILLAGE_RULES_COVERAGE = "VILLAGE_RULES_COVERAGE";
  static final String STREET_SERVICE_CENTRE_COVERAGE = "STREET_SERVICE_CENTRE_COVERAGE";
}
