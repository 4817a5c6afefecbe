package org.shequ.plugins.zhejiang;

/** Codes of the plan's forms and of their fields, shared by forms and indicator computations. */
final class Fields {
  private Fields() {}

  /** Every urban community and rural community (village), once a year. */
  static final String COMMUNITY_FORM = "ZJ-COMMUNITY";

  /** Rural communities (villages) only: the demonstration standards they meet. */
  static final String RURAL_FORM = "ZJ-RURAL-COMMUNITY";

  /** Streets (街道) and townships (乡镇). */
  static final String STREET_FORM = "ZJ-STREET";

  /** Counties, county-level cities and districts (县(市、区)). */
  static final String COUNTY_FORM = "ZJ-COUNTY";

  /** The province itself: figures only it can report. */
  static final String REGION_FORM = "ZJ-REGION";

  // ZJ-COMMUNITY
  static final String COMMUNITY_WORKERS = "community_workers";
  static final String CERTIFIED_SOCIAL_WORKERS = "certified_social_workers";
  static final String WORKERS_TRAINED_40H = "workers_trained_40h";
  static final String HAS_SERVICE_CENTRE = "has_service_centre";
  static final String ON_INFO_PLATFORM = "on_info_platform";
  static final String SOCIAL_ORGS = "social_orgs";
  static final String COVERED_BY_HUB_ORG = "covered_by_hub_org";
  static final String HAS_SW_STUDIO = "has_sw_studio";
  static final String SERVED_BY_SW_AGENCY = "served_by_sw_agency";
  static final String REGISTERED_VOLUNTEERS = "registered_volunteers";
  static final String HAS_CONSULTATION_COUNCIL = "has_consultation_council";
  static final String HAS_RULES_OR_CHARTER = "has_rules_or_charter";
  static final String COMMITTEE_DIRECTLY_ELECTED = "committee_directly_elected";

  // ZJ-RURAL-COMMUNITY
  static final String MEETS_IMPROVED_STANDARD = "meets_improved_standard";
  static final String MEETS_MODEL_STANDARD = "meets_model_standard";

  // ZJ-STREET
  static final String STREET_HAS_SERVICE_CENTRE = "has_service_centre";
  static final String STREET_HAS_HUB_ORG = "has_hub_org";

  // ZJ-COUNTY
  static final String LEADER_TALENTS = "leader_talents";

  // ZJ-REGION
  static final String STANDARDS_CATALOGUE_STAGE = "standards_catalogue_stage";
  static final String STUDIO_GUIDANCE_STAGE = "studio_guidance_stage";
  static final String SW_SUPERVISORS_TRAINED = "sw_supervisors_trained";
  static final String DEMO_COUNTIES_BUILT = "demo_counties_built";
  static final String PRIVATE_SW_AGENCIES = "private_sw_agencies";
}
