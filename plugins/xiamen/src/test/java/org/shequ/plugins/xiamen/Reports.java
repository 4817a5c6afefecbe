package org.shequ.plugins.xiamen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-made report values for the tests. */
final class Reports {
  static final List<String> SIX_HAVES =
      List.of(
          "has_sign",
          "has_flags",
          "has_affairs_board",
          "has_publicity_board",
          "has_recreation_facilities",
          "has_convenience_store");
  static final List<String> FIVE_ROOMS =
      List.of(
          "has_organisation_offices",
          "has_party_room",
          "has_clinic",
          "has_culture_room",
          "has_police_room");
  static final List<String> FOUR_CENTRES =
      List.of(
          "has_deliberation_centre",
          "has_training_centre",
          "has_recreation_centre",
          "has_convenience_service_centre");
  static final List<String> STANDARDS =
      List.of(
          "agricultural_services_standard",
          "employment_services_standard",
          "health_services_standard",
          "children_services_standard",
          "fitness_point_standard",
          "law_demonstration_village_standard");

  private Reports() {}

  /** A rural checklist report: every item ticked except {@code missing}, and nothing else. */
  static Map<String, Object> rural(Set<String> missing) {
    Map<String, Object> v = new HashMap<>();
    for (List<String> group : List.of(SIX_HAVES, FIVE_ROOMS, FOUR_CENTRES, STANDARDS)) {
      group.forEach(item -> v.put(item, !missing.contains(item)));
    }
    return v;
  }

  /** A valid community report; {@code overrides} replace or add values. */
  static Map<String, Object> community(Map<String, ?> overrides) {
    Map<String, Object> v = new HashMap<>();
    v.put("committee_members", 7);
    v.put("new_committee_members", 2);
    v.put("college_committee_members", 4);
    v.put("committee_members_under_35", 2);
    v.put("community_social_workers", 1);
    v.put("has_workstation", true);
    v.put("on_grid_platform", true);
    v.put("basic_public_services_covered", true);
    v.put("has_mediation_committee", true);
    v.put("has_purchased_services", true);
    v.put("vulnerable_services_purchased", true);
    v.putAll(overrides);
    return v;
  }
}
