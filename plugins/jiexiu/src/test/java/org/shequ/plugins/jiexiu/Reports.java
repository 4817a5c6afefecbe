package org.shequ.plugins.jiexiu;

import java.util.HashMap;
import java.util.Map;

/** Complete, valid report values for the tests, changed one field at a time. */
final class Reports {
  private Reports() {}

  /** A community report that passes every check; {@code changes} override or add fields. */
  static Map<String, Object> community(Object... changes) {
    Map<String, Object> values = new HashMap<>();
    values.put("has_service_facility", true);
    values.put("facility_area", 600);
    values.put("facility_upgraded", true);
    values.put("social_orgs", 0);
    values.put("community_staff", 10);
    values.put("social_workers", 0);
    values.put("certified_social_workers", 0);
    values.put("info_platform_applied", true);
    return apply(values, changes);
  }

  static Map<String, Object> street(Object... changes) {
    Map<String, Object> values = new HashMap<>();
    values.put("one_stop_service", true);
    values.put("social_work_posts", 1);
    return apply(values, changes);
  }

  static Map<String, Object> region(Object... changes) {
    Map<String, Object> values = new HashMap<>();
    values.put("social_work_talent_total", 1000);
    values.put("private_social_work_agencies", 2);
    values.put("social_work_purchase", 50);
    return apply(values, changes);
  }

  /** Pairs of field and value; a null value removes the field. */
  private static Map<String, Object> apply(Map<String, Object> values, Object... changes) {
    for (int i = 0; i < changes.length; i += 2) {
      if (changes[i + 1] == null) {
        values.remove((String) changes[i]);
      } else {
        values.put((String) changes[i], changes[i + 1]);
      }
    }
    return values;
  }
}
