package org.shequ.server.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.storage.TenantDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/** Who reads and changes which units, and that the database keeps tenants apart as well. */
class OrgUnitAccessTest extends OrgUnitTestBase {
  private static final String T = "zhejiang";
  @Autowired TenantDatabase tenantDatabase;

  @Test
  void analystsReadButDoNotWriteAndOtherTenantsSeeNothing() {
    String s = id("s");
    add(T, street(s, "湖滨街道", "2016-01-01"));
    get(nationalAnalyst(), T, "/" + s).jsonPath("$.name.zh").isEqualTo("湖滨街道");
    post(nationalAnalyst(), T, "", street(id("x"), "不可", "2016-01-01"))
        .expectStatus()
        .isForbidden();
    post(nationalAnalyst(), T, "/" + s + "/deactivate", Map.of()).expectStatus().isForbidden();
    // Another tenant's admin gets the answer a non-existent tenant gets.
    regionAdmin("jiexiu")
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units/" + s)
        .exchange()
        .expectStatus()
        .isNotFound();
    regionAdmin("jiexiu")
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units")
        .exchange()
        .expectStatus()
        .isNotFound();
    post(regionAdmin("jiexiu"), T, "", street(id("y"), "不可", "2016-01-01"))
        .expectStatus()
        .isNotFound();
    client
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void aReporterSeesItsOwnUnitAndBelowOnly() {
    String mine = id("mine");
    String other = id("other");
    add(T, street(mine, "本街道", "2016-01-01"));
    add(T, street(other, "他街道", "2016-01-01"));
    add(T, community(id("c"), mine, "本社区", "URBAN", 100, "2016-01-01"));
    var reporter = as("wang", T, mine, Role.REPORTER);
    get(reporter, T, "")
        .jsonPath("$.roots[*].id")
        .isEqualTo(List.of(mine))
        .jsonPath("$.roots[0].children[0].id")
        .isEqualTo(id("c"));
    get(reporter, T, "/" + id("c")).jsonPath("$.parentId").isEqualTo(mine);
    reporter
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units/" + other)
        .exchange()
        .expectStatus()
        .isNotFound();
    reporter
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units/" + T)
        .exchange()
        .expectStatus()
        .isNotFound();
    reporter
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units?view=flat&parent=" + other)
        .exchange()
        .expectStatus()
        .isNotFound();
    post(reporter, T, "/" + id("c") + "/deactivate", Map.of()).expectStatus().isForbidden();
  }

  @Test
  void everyRowWrittenCarriesItsTenantAndIsInvisibleToOthers() throws SQLException {
    String s = id("s");
    add(T, street(s, "西溪街道", "2016-01-01"));
    add(T, community(id("c"), s, "西溪社区", "URBAN", 100, "2016-01-01"));
    post(regionAdmin(T), T, "/" + id("c") + "/move", Map.of("parentId", T)).expectStatus().isOk();
    try (var c =
            DriverManager.getConnection(
                database().jdbcUrl(), database().ownerUser(), database().ownerPassword());
        var st = c.createStatement()) {
      for (String table : List.of("org_unit", "org_unit_version")) {
        var rs =
            st.executeQuery(
                "SELECT array_agg(DISTINCT tenant_id) FROM "
                    + table
                    + " WHERE org_unit_id LIKE '%-"
                    + sfx
                    + "'");
        rs.next();
        assertThat((String[]) rs.getArray(1).getArray()).containsExactly(T);
      }
      var audit =
          st.executeQuery(
              "SELECT count(*) FROM audit_log WHERE tenant_id = '"
                  + T
                  + "' AND resource = '"
                  + s
                  + "'");
      audit.next();
      assertThat(audit.getInt(1)).isEqualTo(1);
    }
    // Through the application role, another tenant's transaction sees none of these rows.
    List<Object> seen =
        tenantDatabase
            .inTenant(
                "jiexiu",
                db ->
                    db.sql("SELECT org_unit_id FROM org_unit_version WHERE org_unit_id = :id")
                        .bind("id", s)
                        .map(r -> r.get(0))
                        .all())
            .collectList()
            .block();
    assertThat(seen).isEmpty();
    List<Object> own =
        tenantDatabase
            .inTenant(
                T,
                db ->
                    db.sql("SELECT org_unit_id FROM org_unit_version WHERE org_unit_id = :id")
                        .bind("id", s)
                        .map(r -> r.get(0))
                        .all())
            .collectList()
            .block();
    assertThat(own).hasSize(1);
  }
}
