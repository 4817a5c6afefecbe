package org.shequ.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.TestDatabase;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's report writes are announced by the server once committed, the database trigger staying
 * silent for them, so they never hold PostgreSQL's notification lock through their commit; any
 * other writer is still announced by the trigger. Both say the same thing on the same channel.
 */
class ReportChangeAnnouncementTest extends ShequServerTest {
  private static final String TENANT = "test-reports";
  private static final String FORM = "XB-COMMUNITY";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aSaveThroughTheApiIsAnnouncedOnceAfterItsCommit() throws Exception {
    String street = unit("STREET", null);
    String community = unit("COMMUNITY", street);
    try (Connection listener = owner()) {
      listen(listener);

      regionAdmin(TENANT)
          .put()
          .uri("/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + community + "/2019")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("values", Map.of("premises_area", 800)))
          .exchange()
          .expectStatus()
          .isCreated();

      List<JsonNode> heard = heard(listener, 1500);
      assertThat(heard)
          .filteredOn(n -> n.get("tenant").asString().equals(TENANT))
          .extracting(JsonNode::toString)
          .containsExactly(
              "{\"tenant\":\"test-reports\",\"formCode\":\"XB-COMMUNITY\",\"period\":2019,"
                  + "\"status\":\"DRAFT\"}");
    }
  }

  @Test
  void aWriteOutsideTheApiIsStillAnnouncedByTheDatabase() throws Exception {
    String street = unit("STREET", null);
    String community = unit("COMMUNITY", street);
    try (Connection listener = owner();
        Connection writer = owner()) {
      listen(listener);

      try (var insert =
          writer.prepareStatement(
              "INSERT INTO report_version (tenant_id, form_code, org_unit_id, period, version,"
                  + " plan_id, status, action, field_values, actor) VALUES (?, ?, ?, '2018', 1,"
                  + " 'changzhou-xinbei-2016-2020', 'DRAFT', 'SAVE', '{}', 'loader')")) {
        insert.setString(1, TENANT);
        insert.setString(2, FORM);
        insert.setString(3, community);
        insert.executeUpdate();
      }

      assertThat(heard(listener, 1500))
          .filteredOn(n -> n.get("tenant").asString().equals(TENANT))
          .extracting(n -> n.get("period").asInt() + " " + n.get("status").asString())
          .containsExactly("2018 DRAFT");
    }
  }

  private static void listen(Connection c) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("LISTEN " + ReportChangeListener.CHANNEL);
    }
  }

  /** Every notification that arrives within {@code millis}. */
  private static List<JsonNode> heard(Connection c, int millis) throws SQLException {
    List<JsonNode> heard = new ArrayList<>();
    long until = System.currentTimeMillis() + millis;
    for (long left = millis; left > 0; left = until - System.currentTimeMillis()) {
      PGNotification[] batch = c.unwrap(PGConnection.class).getNotifications((int) left);
      if (batch != null) {
        for (PGNotification n : batch) {
          heard.add(JSON.readTree(n.getParameter()));
        }
      }
    }
    return heard;
  }

  /** A new org unit of the tenant, straight into the registry; its id. */
  private static String unit(String level, String parent) throws SQLException {
    String id =
        level.toLowerCase().substring(0, 2)
            + "-ann-"
            + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = owner();
        var unit =
            c.prepareStatement(
                "INSERT INTO org_unit (tenant_id, org_unit_id, level) VALUES (?, ?, ?)");
        var version =
            c.prepareStatement(
                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from, parent_id,"
                    + " name_zh, area, change_kind, changed_by) VALUES (?, ?, DATE '2000-01-01',"
                    + " ?, ?, ?, 'CREATE', 'test')")) {
      unit.setString(1, TENANT);
      unit.setString(2, id);
      unit.setString(3, level);
      unit.executeUpdate();
      version.setString(1, TENANT);
      version.setString(2, id);
      version.setString(3, parent);
      version.setString(4, "单元 " + id);
      version.setString(5, parent == null ? null : "URBAN");
      version.executeUpdate();
    }
    return id;
  }

  private static Connection owner() throws SQLException {
    TestDatabase db = database();
    return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
  }
}
