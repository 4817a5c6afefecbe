package org.shequ.server.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Adding, editing, moving and deactivating units, and reading the tree of any day. */
@SuppressWarnings("unchecked")
class OrgUnitTreeTest extends OrgUnitTestBase {
  private static final String T = "jiexiu";

  @Test
  void theTreeNestsUnitsUnderTheRegionRoot() {
    String s = id("s");
    add(T, street(s, "北关街道", "2015-01-01"));
    add(T, community(id("c1"), s, "东南社区", "URBAN", 3200, "2015-01-01"));
    add(T, community(id("c2"), s, "北坛村", "RURAL", 1800, "2015-01-01"));

    get(regionAdmin(T), T, "?view=tree&asOf=2016-06-30&parent=" + s)
        .jsonPath("$.asOf")
        .isEqualTo("2016-06-30")
        .jsonPath("$.roots[0].id")
        .isEqualTo(s)
        .jsonPath("$.roots[0].level")
        .isEqualTo("STREET")
        .jsonPath("$.roots[0].parentId")
        .isEqualTo(T)
        .jsonPath("$.roots[0].children[*].id")
        .isEqualTo(List.of(id("c1"), id("c2")))
        .jsonPath("$.roots[0].children[1].area")
        .isEqualTo("RURAL")
        .jsonPath("$.roots[0].children[1].population")
        .isEqualTo(1800)
        .jsonPath("$.roots[0].children[1].name.zh")
        .isEqualTo("北坛村");

    // The whole tree starts at the tenant's one region root.
    get(regionAdmin(T), T, "?asOf=2016-06-30")
        .jsonPath("$.roots.length()")
        .isEqualTo(1)
        .jsonPath("$.roots[0].id")
        .isEqualTo(T)
        .jsonPath("$.roots[0].level")
        .isEqualTo("REGION")
        .jsonPath("$.roots[0].name.zh")
        .isEqualTo("介休市");
  }

  @Test
  void theFlatListPagesInTreeOrderWithATotal() {
    String s = id("s");
    add(T, street(s, "义安镇", "2015-01-01"));
    for (int i = 1; i <= 5; i++) {
      add(T, community(id("v" + i), s, "村" + i, "RURAL", 100 * i, "2015-01-01"));
    }
    get(regionAdmin(T), T, "?view=flat&parent=" + s + "&level=COMMUNITY&page=1&size=2")
        .jsonPath("$.total")
        .isEqualTo(5)
        .jsonPath("$.page")
        .isEqualTo(1)
        .jsonPath("$.items[*].id")
        .isEqualTo(List.of(id("v3"), id("v4")));
    get(regionAdmin(T), T, "?view=flat&parent=" + s + "&size=10")
        .jsonPath("$.total")
        .isEqualTo(6)
        .jsonPath("$.items[0].id")
        .isEqualTo(s);
    // Level names in Chinese work too.
    get(regionAdmin(T), T, "?view=flat&parent=" + s + "&level=村").jsonPath("$.total").isEqualTo(5);
  }

  @Test
  void editMoveAndDeactivateKeepThePast() {
    String a = id("a");
    String b = id("b");
    String c = id("c");
    add(T, street(a, "连福镇", "2010-01-01"));
    add(T, street(b, "张兰镇", "2010-01-01"));
    add(T, community(c, a, "旧名村", "RURAL", 900, "2010-01-01"));

    regionAdmin(T)
        .patch()
        .uri("/api/v1/tenants/" + T + "/org-units/" + c)
        .bodyValue(
            Map.of("name", Map.of("zh", "新名村"), "population", 950, "effective", "2014-01-01"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("ETag", "\"2\"")
        .expectBody()
        .jsonPath("$.name.zh")
        .isEqualTo("新名村");
    post(regionAdmin(T), T, "/" + c + "/move", Map.of("parentId", b, "effective", "2016-01-01"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.parentId")
        .isEqualTo(b);
    post(regionAdmin(T), T, "/" + c + "/deactivate", Map.of("effective", "2018-01-01"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.active")
        .isEqualTo(false);

    get(regionAdmin(T), T, "/" + c + "?asOf=2012-05-01")
        .jsonPath("$.name.zh")
        .isEqualTo("旧名村")
        .jsonPath("$.parentId")
        .isEqualTo(a)
        .jsonPath("$.population")
        .isEqualTo(900);
    get(regionAdmin(T), T, "/" + c + "?asOf=2015-05-01")
        .jsonPath("$.name.zh")
        .isEqualTo("新名村")
        .jsonPath("$.parentId")
        .isEqualTo(a);
    get(regionAdmin(T), T, "/" + c + "?asOf=2017-05-01").jsonPath("$.parentId").isEqualTo(b);
    // The tree of 2015 has the village under its old town; that of 2019 no longer lists it.
    get(regionAdmin(T), T, "?asOf=2015-05-01&parent=" + a)
        .jsonPath("$.roots[0].children[0].id")
        .isEqualTo(c);
    get(regionAdmin(T), T, "?asOf=2019-05-01&parent=" + b)
        .jsonPath("$.roots[0].children.length()")
        .isEqualTo(0);
    get(regionAdmin(T), T, "?asOf=2019-05-01&parent=" + b + "&includeInactive=true")
        .jsonPath("$.roots[0].children[0].active")
        .isEqualTo(false);

    get(regionAdmin(T), T, "/" + c + "/history")
        .jsonPath("$.versions[*].change")
        .isEqualTo(List.of("CREATE", "EDIT", "MOVE", "DEACTIVATE"))
        .jsonPath("$.versions[*].changedBy")
        .isEqualTo(List.of("admin-jiexiu", "admin-jiexiu", "admin-jiexiu", "admin-jiexiu"))
        .jsonPath("$.versions[0].unit.validTo")
        .isEqualTo("2014-01-01")
        .jsonPath("$.versions[3].unit.validTo")
        .doesNotExist();
  }

  @Test
  void twoEditsOnOneDayBothStayInTheHistory() {
    String s = id("s");
    add(T, street(s, "甲", "2020-01-01"));
    for (String name : List.of("乙", "丙")) {
      regionAdmin(T)
          .patch()
          .uri("/api/v1/tenants/" + T + "/org-units/" + s)
          .bodyValue(Map.of("name", Map.of("zh", name), "effective", "2021-03-01"))
          .exchange()
          .expectStatus()
          .isOk();
    }
    get(regionAdmin(T), T, "/" + s + "?asOf=2021-03-01").jsonPath("$.name.zh").isEqualTo("丙");
    get(regionAdmin(T), T, "/" + s + "/history")
        .jsonPath("$.versions[*].unit.name.zh")
        .isEqualTo(List.of("甲", "乙", "丙"));
  }

  @Test
  void aStaleIfMatchIsRefused() {
    String s = id("s");
    add(T, street(s, "甲", "2020-01-01"));
    regionAdmin(T)
        .patch()
        .uri("/api/v1/tenants/" + T + "/org-units/" + s)
        .header("If-Match", "\"7\"")
        .bodyValue(Map.of("population", 5))
        .exchange()
        .expectStatus()
        .isEqualTo(412);
  }

  @Test
  void badChangesGetSpecificProblemsAndChangeNothing() {
    String a = id("a");
    String c = id("c");
    add(T, street(a, "街道", "2015-01-01"));
    add(T, community(c, a, "社区", "URBAN", 10, "2015-01-01"));

    // A street cannot sit under a community, and a unit cannot move below itself.
    post(regionAdmin(T), T, "/" + a + "/move", Map.of("parentId", c, "effective", "2016-01-01"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[*].code")
        .value(codes -> assertThat((List<Object>) codes).contains("parent-level", "cycle"));
    // Unknown parent and unknown unit: 404.
    post(regionAdmin(T), T, "/" + c + "/move", Map.of("parentId", id("nowhere")))
        .expectStatus()
        .isNotFound();
    post(regionAdmin(T), T, "/" + id("nowhere") + "/move", Map.of("parentId", a))
        .expectStatus()
        .isNotFound();
    // A duplicate id: 409; a community without its area: 422 in the caller's language.
    post(regionAdmin(T), T, "", street(a, "重复", "2015-01-01")).expectStatus().isEqualTo(409);
    regionAdmin(T)
        .post()
        .uri("/api/v1/tenants/" + T + "/org-units")
        .header("Accept-Language", "zh-CN")
        .bodyValue(
            Map.of("id", id("x"), "parentId", a, "level", "COMMUNITY", "name", Map.of("zh", "无类型")))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("area")
        .jsonPath("$.errors[0].message")
        .isEqualTo("社区/村须注明城市或农村");
    // A second region root, and deactivating a street that still has communities.
    post(
            regionAdmin(T),
            T,
            "",
            Map.of("id", id("r"), "level", "REGION", "name", Map.of("zh", "第二")))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("second-region");
    post(regionAdmin(T), T, "/" + a + "/deactivate", Map.of())
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("has-active-children");
    // Changes may only append to the history.
    post(regionAdmin(T), T, "/" + c + "/deactivate", Map.of("effective", "2014-01-01"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("before-last-change");

    get(regionAdmin(T), T, "/" + c + "/history").jsonPath("$.versions.length()").isEqualTo(1);
    get(regionAdmin(T), T, "/" + a + "/history").jsonPath("$.versions.length()").isEqualTo(1);
  }
}
