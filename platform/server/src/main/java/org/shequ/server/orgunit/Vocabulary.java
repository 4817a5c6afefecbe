package org.shequ.server.orgunit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;

/**
 * The words for levels and areas that people write in files and query strings, in either language.
 */
final class Vocabulary {
  private static final Map<String, OrgUnitLevel> LEVELS =
      Map.ofEntries(
          Map.entry("REGION", OrgUnitLevel.REGION),
          Map.entry("区域", OrgUnitLevel.REGION),
          Map.entry("CITY", OrgUnitLevel.CITY),
          Map.entry("市", OrgUnitLevel.CITY),
          Map.entry("COUNTY", OrgUnitLevel.COUNTY),
          Map.entry("县", OrgUnitLevel.COUNTY),
          Map.entry("区", OrgUnitLevel.COUNTY),
          Map.entry("STREET", OrgUnitLevel.STREET),
          Map.entry("TOWN", OrgUnitLevel.STREET),
          Map.entry("街道", OrgUnitLevel.STREET),
          Map.entry("镇", OrgUnitLevel.STREET),
          Map.entry("乡", OrgUnitLevel.STREET),
          Map.entry("乡镇", OrgUnitLevel.STREET),
          Map.entry("COMMUNITY", OrgUnitLevel.COMMUNITY),
          Map.entry("VILLAGE", OrgUnitLevel.COMMUNITY),
          Map.entry("社区", OrgUnitLevel.COMMUNITY),
          Map.entry("村", OrgUnitLevel.COMMUNITY),
          Map.entry("地区", OrgUnitLevel.REGION),
          Map.entry("地级市", OrgUnitLevel.CITY),
          Map.entry("县级市", OrgUnitLevel.COUNTY),
          Map.entry("区县", OrgUnitLevel.COUNTY),
          Map.entry("SUBDISTRICT", OrgUnitLevel.STREET),
          Map.entry("TOWNSHIP", OrgUnitLevel.STREET),
          Map.entry("街道办事处", OrgUnitLevel.STREET),
          Map.entry("居委会", OrgUnitLevel.COMMUNITY),
          Map.entry("社区居委会", OrgUnitLevel.COMMUNITY),
          Map.entry("村委会", OrgUnitLevel.COMMUNITY),
          Map.entry("行政村", OrgUnitLevel.COMMUNITY));

  private static final Map<String, AreaType> AREAS =
      Map.ofEntries(
          Map.entry("URBAN", AreaType.URBAN),
          Map.entry("城市", AreaType.URBAN),
          Map.entry("城镇", AreaType.URBAN),
          Map.entry("城", AreaType.URBAN),
          Map.entry("城区", AreaType.URBAN),
          Map.entry("RURAL", AreaType.RURAL),
          Map.entry("农村", AreaType.RURAL),
          Map.entry("乡村", AreaType.RURAL),
          Map.entry("乡", AreaType.RURAL));

  private Vocabulary() {}

  static Optional<OrgUnitLevel> level(String word) {
    return Optional.ofNullable(word).map(w -> LEVELS.get(w.trim().toUpperCase(Locale.ROOT)));
  }

  static Optional<AreaType> area(String word) {
    return Optional.ofNullable(word).map(w -> AREAS.get(w.trim().toUpperCase(Locale.ROOT)));
  }
}
