package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A batch submission folds every report into the progress roll-up in one statement per layout, and
 * leaves it exactly as a rebuild from the reports would: over units with no report, with a draft
 * saved one by one, with a report approved and then reopened (whose approved figures counted), and
 * in two streets. Files are written in chunks of four versions here, so a file spans several
 * chunks, as a street's file of thousands of rows does.
 */
@TestPropertySource(properties = "shequ.batch.chunk-rows=4")
class BatchSubmitRollupTest extends ShequServerTest {
  private static final String TENANT = "test-rollup";
  private static final String FORM = "XB-COMMUNITY";

  @Autowired TenantDatabase database;
  @Autowired RollupRebuilds rebuilds;

  private final List<String> communities = new ArrayList<>();

  @BeforeEach
  void tree() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    ReportFixtures fixtures = new ReportFixtures(database, TENANT);
    fixtures.unit("BS1-" + s, "STREET", TENANT, null, null);
    fixtures.unit("BS2-" + s, "STREET", TENANT, null, null);
    for (int i = 0; i < 10; i++) {
      String id = "BC" + i + "-" + s;
      fixtures.unit(
          id,
          "COMMUNITY",
          i % 2 == 0 ? "BS1-" + s : "BS2-" + s,
          i % 3 == 0 ? "RURAL" : "URBAN",
          null);
      communities.add(id);
    }
  }

  @Test
  void aBatchSubmissionLeavesTheRollUpAsARebuildWould() {
    rebuild();
    WebTestClient admin = regionAdmin(TENANT);
    // Three communities have a draft with other figures already, saved one by one.
    for (String unit : communities.subList(0, 3)) {
      admin
          .put()
          .uri("/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + unit + "/2019")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(
              Map.of(
                  "values",
                  Map.of("premises_area", 300, "social_orgs", 2, "high_standard_harmonious", true)))
          .exchange()
          .expectStatus()
          .isCreated();
    }
    // One of them was completed, submitted, approved and reopened: the roll-up counted its
    // approved figures until now.
    String returned = communities.get(0);
    Map<String, Object> complete = new LinkedHashMap<>();
    complete.put("premises_area", 420);
    complete.put("office_area", 90);
    complete.put("high_standard_harmonious", true);
    complete.put("social_workers_under_45", 8);
    complete.put("certified_social_workers_under_45", 3);
    complete.put("info_platform_functions_extended", true);
    complete.put("social_orgs", 4);
    complete.put("social_orgs_with_party_work", 1);
    complete.put("democratic_consultation", true);
    admin
        .put()
        .uri("/api/v1/tenants/" + TENANT + "/reports/" + FORM + "/" + returned + "/2019")
        .header("If-Match", "\"1\"")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", complete))
        .exchange()
        .expectStatus()
        .isOk();
    for (String[] step : new String[][] {{"submit", "2"}, {"approve", "3"}, {"reopen", "4"}}) {
      admin
          .post()
          .uri(
              "/api/v1/tenants/"
                  + TENANT
                  + "/reports/"
                  + FORM
                  + "/"
                  + returned
                  + "/2019/"
                  + step[0])
          .header("If-Match", "\"" + step[1] + "\"")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("comment", "请核对"))
          .exchange()
          .expectStatus()
          .isOk();
    }
    StringBuilder csv =
        new StringBuilder(
            "orgUnit,premises_area,office_area,high_standard_harmonious,social_workers_under_45,"
                + "certified_social_workers_under_45,info_platform_functions_extended,"
                + "social_orgs,social_orgs_with_party_work,democratic_consultation\n");
    for (int i = 0; i < communities.size(); i++) {
      csv.append(communities.get(i))
          .append(',')
          .append(600 + 50 * i)
          .append(",100,")
          .append(i % 2 == 0 ? "是" : "否")
          .append(",10,5,是,")
          .append(i + 3)
          .append(",2,否\n");
    }
    admin
        .post()
        .uri(
            "/api/v1/tenants/"
                + TENANT
                + "/reports/batch?form="
                + FORM
                + "&period=2019&action=submit")
        .contentType(MediaType.parseMediaType("text/csv"))
        .bodyValue(csv.toString().getBytes(StandardCharsets.UTF_8))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.stored")
        .isEqualTo(10);

    assertThat(builtAt()).as("a batch keeps the roll-up current, never stale").isNotNull();
    Map<String, List<String>> maintained = rows();
    assertThat(maintained.keySet()).anyMatch(k -> k.startsWith("submitted 2019 BS1-"));
    rebuild();
    assertThat(rows()).isEqualTo(maintained);
  }

  @Test
  void aRefusedRowInALaterChunkRollsBackTheChunksAlreadyWritten() {
    rebuild();
    Map<String, List<String>> before = rows();
    StringBuilder csv = new StringBuilder("orgUnit,premises_area,social_orgs\n");
    for (int i = 0; i < communities.size(); i++) {
      // The last row's figure is not a number: every chunk before it is written first.
      csv.append(communities.get(i)).append(',').append(i == 9 ? "很多" : "500").append(",3\n");
    }
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/" + TENANT + "/reports/batch?form=" + FORM + "&period=2019")
        .contentType(MediaType.parseMediaType("text/csv"))
        .bodyValue(csv.toString().getBytes(StandardCharsets.UTF_8))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.refused")
        .isEqualTo(1)
        .jsonPath("$.errors[0].row")
        .isEqualTo(11);
    Long versions =
        database
            .inTenantOne(
                TENANT,
                db ->
                    db.sql(
                            "SELECT count(*) AS n FROM report_version WHERE tenant_id = :t"
                                + " AND org_unit_id = ANY(CAST(:u AS text[]))")
                        .bind("t", TENANT)
                        .bind("u", communities.toArray(String[]::new))
                        .map(r -> r.get("n", Long.class))
                        .one())
            .block();
    assertThat(versions).as("nothing of the file is stored").isZero();
    assertThat(rows()).isEqualTo(before);
  }

  private void rebuild() {
    assertThat(rebuilds.tenant(TENANT, true).collectList().block())
        .isNotEmpty()
        .allMatch(RollupRebuilds.FormBuild::rebuilt);
  }

  private String builtAt() {
    return database
        .inTenantOne(
            TENANT,
            db ->
                db.sql(
                        "SELECT built_at::text AS b FROM progress_rollup_state"
                            + " WHERE tenant_id = :t AND form_code = :f")
                    .bind("t", TENANT)
                    .bind("f", FORM)
                    .map(r -> r.get("b", String.class))
                    .one())
        .block();
  }

  /** Every roll-up row of the form, its sums written without trailing zeros. */
  private Map<String, List<String>> rows() {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    database
        .inTenant(
            TENANT,
            db ->
                db.sql(
                        "SELECT basis, period, group_id, array_to_string(path, '/') AS path,"
                            + " measures FROM progress_rollup WHERE tenant_id = :t"
                            + " AND form_code = :f ORDER BY basis, period, group_id")
                    .bind("t", TENANT)
                    .bind("f", FORM)
                    .map(
                        r ->
                            Map.entry(
                                String.join(
                                    " ",
                                    r.get("basis", String.class),
                                    r.get("period", String.class),
                                    r.get("group_id", String.class),
                                    r.get("path", String.class)),
                                Arrays.stream(r.get("measures", BigDecimal[].class))
                                    .map(x -> x.stripTrailingZeros().toPlainString())
                                    .toList()))
                    .all())
        .doOnNext(e -> rows.put(e.getKey(), e.getValue()))
        .blockLast();
    return rows;
  }
}
