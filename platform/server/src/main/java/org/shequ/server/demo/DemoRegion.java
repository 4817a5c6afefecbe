package org.shequ.server.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.server.tenant.Tenant;

/**
 * The synthetic org-unit tree of one tenant, at the real order of magnitude of its region: Zhejiang
 * 11 cities, 90 counties, ~1,350 streets and towns, ~4,000 communities and villages; Changzhou
 * Xinbei 10 streets and towns with exactly 48 villages and 60 communities, as its plan states;
 * Xiamen 6 districts, 38 streets and towns, ~500 communities and villages; Jiexiu 16 streets and
 * towns, ~300 communities and villages. Any other tenant gets a small generic tree.
 */
final class DemoRegion {
  private DemoRegion() {}

  static final String LABEL_ZH = "（示例）";
  static final String LABEL_EN = " (synthetic demo)";

  /** Tag of Zhejiang's counties that the plan's less-developed clause applies to. */
  static final String LESS_DEVELOPED = "less-developed";

  private static final String[][] ZHEJIANG_CITIES = {
    {"杭州市", "Hangzhou", "13"}, {"宁波市", "Ningbo", "10"}, {"温州市", "Wenzhou", "12"},
    {"嘉兴市", "Jiaxing", "7"}, {"湖州市", "Huzhou", "5"}, {"绍兴市", "Shaoxing", "6"},
    {"金华市", "Jinhua", "9"}, {"衢州市", "Quzhou", "6"}, {"舟山市", "Zhoushan", "4"},
    {"台州市", "Taizhou", "9"}, {"丽水市", "Lishui", "9"}
  };

  /** Xiamen's districts, their streets and towns, and the share of those that are towns. */
  private static final String[][] XIAMEN_DISTRICTS = {
    {"思明区", "Siming District", "10", "0"}, {"湖里区", "Huli District", "5", "0"},
    {"集美区", "Jimei District", "6", "2"}, {"海沧区", "Haicang District", "4", "1"},
    {"同安区", "Tong'an District", "8", "5"}, {"翔安区", "Xiang'an District", "5", "3"}
  };

  /** Xinbei's four subdistricts and six towns (2016). */
  private static final String[][] XINBEI_STREETS = {
    {"三井街道", "Sanjing Subdistrict"},
    {"河海街道", "Hehai Subdistrict"},
    {"龙虎塘街道", "Longhutang Subdistrict"},
    {"新桥街道", "Xinqiao Subdistrict"},
    {"春江镇", "Chunjiang Town"},
    {"孟河镇", "Menghe Town"},
    {"罗溪镇", "Luoxi Town"},
    {"西夏墅镇", "Xixiashu Town"},
    {"薛家镇", "Xuejia Town"},
    {"奔牛镇", "Benniu Town"}
  };

  static List<DemoUnit> of(Tenant tenant, long seed) {
    Builder b = new Builder(tenant, seed);
    switch (tenant.id()) {
      case "zhejiang" -> b.zhejiang();
      case "changzhou-xinbei" -> b.xinbei();
      case "xiamen" -> b.xiamen();
      case "jiexiu" -> b.jiexiu();
      default -> b.generic();
    }
    return List.copyOf(b.units);
  }

  private static final class Builder {
    private final Tenant tenant;
    private final long seed;
    private final List<DemoUnit> units = new ArrayList<>();
    private final String region;

    Builder(Tenant tenant, long seed) {
      this.tenant = tenant;
      this.seed = seed;
      this.region = tenant.id();
      units.add(
          new DemoUnit(
              region,
              null,
              OrgUnitLevel.REGION,
              tenant.name().zh() + LABEL_ZH,
              tenant.name().en() + LABEL_EN,
              null,
              null,
              null,
              List.of(DemoUnit.TAG),
              null));
    }

    void zhejiang() {
      for (int c = 0; c < ZHEJIANG_CITIES.length; c++) {
        String[] city = ZHEJIANG_CITIES[c];
        String cityId = region + "-c" + two(c + 1);
        String[] name = DemoNames.labelled(city[0], city[1]);
        add(cityId, region, OrgUnitLevel.CITY, name, null, List.of(DemoUnit.TAG), null);
        DemoNames.Picker counties = picker(cityId);
        int n = Integer.parseInt(city[2]);
        for (int k = 0; k < n; k++) {
          String countyId = cityId + "-k" + two(k + 1);
          // Quzhou and Lishui, and a third of Wenzhou, Jinhua and Taizhou: the less-developed
          // counties the plan's talent target is lower for.
          boolean lessDeveloped = c == 7 || c == 10 || ((c == 2 || c == 6 || c == 9) && k % 3 == 0);
          List<String> tags =
              lessDeveloped ? List.of(DemoUnit.TAG, LESS_DEVELOPED) : List.of(DemoUnit.TAG);
          add(
              countyId,
              cityId,
              OrgUnitLevel.COUNTY,
              counties.next(k < n / 3 ? DemoNames.DISTRICT : DemoNames.COUNTY),
              null,
              tags,
              null);
          SplittableRandom r = Seeds.random(seed, countyId);
          int streets = 12 + r.nextInt(7);
          DemoNames.Picker streetNames = picker(countyId);
          for (int s = 0; s < streets; s++) {
            boolean town = r.nextDouble() < 0.65;
            int members = 2 + r.nextInt(3);
            int urban = town ? (r.nextDouble() < 0.3 ? 1 : 0) : members;
            int rural = town ? members : (r.nextDouble() < 0.15 ? 1 : 0);
            street(countyId + "-s" + two(s + 1), countyId, streetNames, town, urban, rural);
          }
        }
      }
    }

    void xinbei() {
      int[] urban = {11, 11, 11, 11, 3, 3, 3, 3, 2, 2};
      for (int s = 0; s < XINBEI_STREETS.length; s++) {
        boolean town = s >= 4;
        String id = region + "-s" + two(s + 1);
        String[] name = DemoNames.labelled(XINBEI_STREETS[s][0], XINBEI_STREETS[s][1]);
        add(id, region, OrgUnitLevel.STREET, name, null, List.of(DemoUnit.TAG), id);
        members(id, urban[s], town ? 8 : 0, 600, 4500);
      }
    }

    void xiamen() {
      for (int d = 0; d < XIAMEN_DISTRICTS.length; d++) {
        String[] district = XIAMEN_DISTRICTS[d];
        String id = region + "-d" + two(d + 1);
        add(
            id,
            region,
            OrgUnitLevel.COUNTY,
            DemoNames.labelled(district[0], district[1]),
            null,
            List.of(DemoUnit.TAG),
            null);
        int streets = Integer.parseInt(district[2]);
        int towns = Integer.parseInt(district[3]);
        DemoNames.Picker names = picker(id);
        SplittableRandom r = Seeds.random(seed, id);
        for (int s = 0; s < streets; s++) {
          boolean town = s >= streets - towns;
          int members = 11 + r.nextInt(5);
          int urban = town ? 2 : members;
          int rural = town ? members - 2 : 0;
          street(id + "-s" + two(s + 1), id, names, town, urban, rural);
        }
      }
    }

    void jiexiu() {
      DemoNames.Picker names = picker(region);
      for (int s = 0; s < 16; s++) {
        boolean town = s >= 5;
        String id = region + "-s" + two(s + 1);
        add(
            id,
            region,
            OrgUnitLevel.STREET,
            names.next(town ? DemoNames.TOWN : DemoNames.STREET),
            null,
            List.of(DemoUnit.TAG),
            id);
        SplittableRandom r = Seeds.random(seed, id);
        // Villages on both sides of the 3,000-resident line that decides their target.
        members(id, town ? 0 : 7 + r.nextInt(3), town ? 21 + r.nextInt(7) : 1, 700, 5500);
      }
    }

    void generic() {
      DemoNames.Picker names = picker(region);
      for (int s = 0; s < 3; s++) {
        street(region + "-s" + two(s + 1), region, names, s == 2, s == 2 ? 1 : 5, s == 2 ? 5 : 1);
      }
    }

    private void street(
        String id, String parent, DemoNames.Picker names, boolean town, int urban, int rural) {
      add(
          id,
          parent,
          OrgUnitLevel.STREET,
          names.next(town ? DemoNames.TOWN : DemoNames.STREET),
          null,
          List.of(DemoUnit.TAG),
          id);
      members(id, urban, rural, 600, 4500);
    }

    /** Adds a street's communities (urban) and villages (rural). */
    private void members(String street, int urban, int rural, int ruralMin, int ruralMax) {
      DemoNames.Picker names = picker(street);
      for (int i = 0; i < urban + rural; i++) {
        boolean isUrban = i < urban;
        String id = street + (isUrban ? "-u" : "-v") + three(i + 1);
        SplittableRandom r = Seeds.random(seed, id, "population");
        int population =
            isUrban
                ? 2_500 + (int) (9_500 * Math.pow(r.nextDouble(), 1.5))
                : ruralMin + r.nextInt(ruralMax - ruralMin);
        int households = (int) Math.round(population / (2.6 + 0.5 * r.nextDouble()));
        add(
            id,
            street,
            OrgUnitLevel.COMMUNITY,
            names.next(isUrban ? DemoNames.COMMUNITY : DemoNames.VILLAGE),
            new int[] {isUrban ? 1 : 0, population, households},
            List.of(DemoUnit.TAG),
            street);
      }
    }

    private void add(
        String id,
        String parent,
        OrgUnitLevel level,
        String[] name,
        int[] community,
        List<String> tags,
        String street) {
      units.add(
          new DemoUnit(
              id,
              parent,
              level,
              name[0],
              name[1],
              community == null ? null : community[0] == 1 ? AreaType.URBAN : AreaType.RURAL,
              community == null ? null : community[1],
              community == null ? null : community[2],
              tags,
              street));
    }

    private DemoNames.Picker picker(String parent) {
      return new DemoNames.Picker(Seeds.random(seed, tenant.id(), parent, "names"));
    }

    private static String two(int n) {
      return String.format("%02d", n);
    }

    private static String three(int n) {
      return String.format("%03d", n);
    }
  }
}
