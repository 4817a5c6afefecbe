package org.shequ.server.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Merges and splits keep the past: a small copy of Changzhou Xinbei's 2013 redraw, where villages
 * were merged and communities split, read back as of 2012 and as of 2014.
 */
class OrgUnitHistoryTest extends OrgUnitTestBase {
  private static final String T = "changzhou-xinbei";
  @Autowired OrgUnits orgUnits;

  @Test
  void theRedrawOf2013KeepsTheTreeOf2012() {
    String town = id("luoxi");
    add(T, street(town, "罗溪镇", "2010-01-01"));
    add(T, community(id("v1"), town, "东村", "RURAL", 1200, "2010-01-01"));
    add(T, community(id("v2"), town, "西村", "RURAL", 800, "2010-01-01"));
    add(T, community(id("v3"), town, "南村", "RURAL", 900, "2010-01-01"));
    add(T, community(id("v4"), town, "北村", "RURAL", 700, "2010-01-01"));
    add(T, community(id("c1"), town, "罗溪社区", "URBAN", 9000, "2010-01-01"));

    // Two villages become one village; two villages become an urban community (村改居).
    post(
            regionAdmin(T),
            T,
            "/merge",
            Map.of(
                "from",
                List.of(id("v1"), id("v2")),
                "into",
                Map.of(
                    "id",
                    id("nv12"),
                    "area",
                    "RURAL",
                    "name",
                    Map.of("zh", "东西村"),
                    "population",
                    2000),
                "effective",
                "2013-01-01"))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.into.parentId")
        .isEqualTo(town)
        .jsonPath("$.into.level")
        .isEqualTo("COMMUNITY");
    post(
            regionAdmin(T),
            T,
            "/merge",
            Map.of(
                "from",
                List.of(id("v3"), id("v4")),
                "into",
                Map.of("id", id("nc34"), "area", "URBAN", "name", Map.of("zh", "南北社区")),
                "effective",
                "2013-01-01"))
        .expectStatus()
        .isCreated();
    // One community becomes two.
    post(
            regionAdmin(T),
            T,
            "/" + id("c1") + "/split",
            Map.of(
                "into",
                List.of(
                    Map.of(
                        "id",
                        id("c1a"),
                        "area",
                        "URBAN",
                        "name",
                        Map.of("zh", "罗溪一社区"),
                        "population",
                        5000),
                    Map.of(
                        "id",
                        id("c1b"),
                        "area",
                        "URBAN",
                        "name",
                        Map.of("zh", "罗溪二社区"),
                        "population",
                        4000)),
                "effective",
                "2013-01-01"))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.into[*].id")
        .isEqualTo(List.of(id("c1a"), id("c1b")));

    get(regionAdmin(T), T, "?asOf=2012-12-31&parent=" + town)
        .jsonPath("$.roots[0].children[*].id")
        .isEqualTo(List.of(id("c1"), id("v1"), id("v2"), id("v3"), id("v4")));
    get(regionAdmin(T), T, "?asOf=2014-01-01&parent=" + town)
        .jsonPath("$.roots[0].children[*].id")
        .isEqualTo(List.of(id("c1a"), id("c1b"), id("nc34"), id("nv12")));

    get(regionAdmin(T), T, "/" + id("nv12") + "/history")
        .jsonPath("$.predecessors[*].predecessor")
        .isEqualTo(List.of(id("v1"), id("v2")))
        .jsonPath("$.versions[0].change")
        .isEqualTo("MERGE");
    get(regionAdmin(T), T, "/" + id("c1") + "/history")
        .jsonPath("$.successors[*].successor")
        .isEqualTo(List.of(id("c1a"), id("c1b")))
        .jsonPath("$.versions[1].change")
        .isEqualTo("SPLIT")
        .jsonPath("$.versions[1].unit.active")
        .isEqualTo(false);
    // The old units can no longer be changed, but their past stays readable.
    post(regionAdmin(T), T, "/" + id("v1") + "/move", Map.of("parentId", town))
        .expectStatus()
        .isEqualTo(422);
    get(regionAdmin(T), T, "/" + id("v1") + "?asOf=2011-01-01")
        .jsonPath("$.active")
        .isEqualTo(true);

    // What reports and progress see: the subtree of a past year, and a unit's profile.
    assertThat(orgUnits.subtreeIds(T, town, LocalDate.of(2012, 6, 30)).collectList().block())
        .containsExactly(town, id("c1"), id("v1"), id("v2"), id("v3"), id("v4"));
    assertThat(orgUnits.subtreeIds(T, town, LocalDate.of(2014, 6, 30)).collectList().block())
        .containsExactly(town, id("c1a"), id("c1b"), id("nc34"), id("nv12"));
    var profile = orgUnits.profile(T, id("nv12"), LocalDate.of(2015, 1, 1)).block();
    assertThat(profile.area()).isEqualTo(AreaType.RURAL);
    assertThat(profile.population()).isEqualTo(2000);
    assertThat(orgUnits.find(T, id("nv12"), LocalDate.of(2012, 1, 1)).blockOptional()).isEmpty();
  }

  @Test
  void mergingStreetsTakesTheirCommunitiesAlong() {
    String a = id("a");
    String b = id("b");
    add(T, street(a, "甲街道", "2010-01-01"));
    add(T, street(b, "乙街道", "2010-01-01"));
    add(T, community(id("c"), a, "丙社区", "URBAN", 10, "2010-01-01"));
    post(
            regionAdmin(T),
            T,
            "/merge",
            Map.of(
                "from",
                List.of(a, b),
                "into",
                Map.of("id", id("ab"), "name", Map.of("zh", "甲乙街道")),
                "effective",
                "2015-01-01"))
        .expectStatus()
        .isCreated();
    get(regionAdmin(T), T, "/" + id("c") + "?asOf=2015-01-01")
        .jsonPath("$.parentId")
        .isEqualTo(id("ab"));
    get(regionAdmin(T), T, "/" + id("c") + "?asOf=2014-12-31").jsonPath("$.parentId").isEqualTo(a);
  }
}
