package org.shequ.server.report;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shequ.server.security.Role;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Report tests on Changzhou Xinbei's community form: each test gets its own small tree (two
 * streets, a community under each) with ids unique to the test, inserted straight into the org-unit
 * tables.
 */
abstract class ReportTestSupport extends ShequServerTest {
  static final String TENANT = "test-reports";
  static final String FORM = "XB-COMMUNITY";

  @Autowired TenantDatabase database;

  /** Ids of this test's units: street → community, and another street → another community. */
  String street;

  String community;
  String otherStreet;
  String otherCommunity;

  void createTree() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    street = "st-" + suffix;
    community = "co-" + suffix;
    otherStreet = "st2-" + suffix;
    otherCommunity = "co2-" + suffix;
    insertUnit(TENANT, street, "STREET", null, null);
    insertUnit(TENANT, community, "COMMUNITY", street, "URBAN");
    insertUnit(TENANT, otherStreet, "STREET", null, null);
    insertUnit(TENANT, otherCommunity, "COMMUNITY", otherStreet, "RURAL");
  }

  void insertUnit(String tenant, String id, String level, String parent, String area) {
    database
        .inTenant(
            tenant,
            db ->
                db.sql("INSERT INTO org_unit (tenant_id, org_unit_id, level) VALUES (:t, :id, :l)")
                    .bind("t", tenant)
                    .bind("id", id)
                    .bind("l", level)
                    .fetch()
                    .rowsUpdated()
                    .then(
                        db.sql(
                                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from,"
                                    + " parent_id, name_zh, area, change_kind, changed_by)"
                                    + " VALUES (:t, :id, DATE '2000-01-01', NULLIF(:parent, ''),"
                                    + " :name, NULLIF(:area, ''), 'CREATE', 'test')")
                            .bind("t", tenant)
                            .bind("id", id)
                            .bind("parent", parent == null ? "" : parent)
                            .bind("name", "单元 " + id)
                            .bind("area", area == null ? "" : area)
                            .fetch()
                            .rowsUpdated()))
        .then()
        .block(Duration.ofSeconds(10));
  }

  /** A valid XB-COMMUNITY report: office space 100 m² of 800 m² premises. */
  static Map<String, Object> validValues() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("premises_area", 800);
    v.put("office_area", 100);
    v.put("high_standard_harmonious", true);
    v.put("social_workers_under_45", 10);
    v.put("certified_social_workers_under_45", 5);
    v.put("info_platform_functions_extended", true);
    v.put("social_orgs", 8);
    v.put("social_orgs_with_party_work", 4);
    v.put("democratic_consultation", false);
    return v;
  }

  static Map<String, Object> body(Map<String, Object> values) {
    return Map.of("values", values);
  }

  WebTestClient reporter(String orgUnit) {
    return as("reporter-" + orgUnit, TENANT, orgUnit, Role.REPORTER);
  }

  WebTestClient admin() {
    return regionAdmin(TENANT);
  }

  String path(String orgUnit, String period) {
    return "/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + orgUnit + "/" + period;
  }

  WebTestClient.ResponseSpec put(
      WebTestClient who, String orgUnit, String period, Object body, String ifMatch) {
    var spec = who.put().uri(path(orgUnit, period)).contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.bodyValue(body).exchange();
  }

  WebTestClient.ResponseSpec step(
      WebTestClient who,
      String orgUnit,
      String period,
      String action,
      String ifMatch,
      String comment) {
    var spec = who.post().uri(path(orgUnit, period) + "/" + action);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    if (comment != null) {
      return spec.contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("comment", comment))
          .exchange();
    }
    return spec.exchange();
  }

  /** The number of versions stored for the report, read straight from the table. */
  long versionCount(String orgUnit, String period) {
    return database
        .inTenantOne(
            TENANT,
            db ->
                db.sql(
                        "SELECT count(*) AS n FROM report_version WHERE form_code = :f"
                            + " AND org_unit_id = :u AND period = :p")
                    .bind("f", FORM)
                    .bind("u", orgUnit)
                    .bind("p", period)
                    .map(r -> r.get("n", Long.class))
                    .one())
        .block(Duration.ofSeconds(10));
  }
}
