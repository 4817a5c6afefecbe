package org.shequ.server.orgunit;

import java.util.Map;
import java.util.UUID;
import org.shequ.server.support.ShequServerTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Helpers for org-unit tests: unique ids (the test database is shared) and short requests. */
abstract class OrgUnitTestBase extends ShequServerTest {
  /** A suffix that keeps this test's units apart from every other test's. */
  protected final String sfx = UUID.randomUUID().toString().substring(0, 8);

  protected String id(String name) {
    return name + "-" + sfx;
  }

  protected WebTestClient.ResponseSpec post(
      WebTestClient client, String tenant, String path, Object body) {
    return client
        .post()
        .uri("/api/v1/tenants/" + tenant + "/org-units" + path)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  /** Adds a unit as the tenant's admin and expects it created. */
  protected void add(String tenant, Map<String, Object> unit) {
    post(regionAdmin(tenant), tenant, "", unit).expectStatus().isCreated();
  }

  protected static Map<String, Object> street(String id, String zh, String effective) {
    return Map.of("id", id, "level", "STREET", "name", Map.of("zh", zh), "effective", effective);
  }

  protected static Map<String, Object> community(
      String id, String parent, String zh, String area, int population, String effective) {
    return Map.of(
        "id",
        id,
        "parentId",
        parent,
        "level",
        "COMMUNITY",
        "area",
        area,
        "name",
        Map.of("zh", zh),
        "population",
        population,
        "effective",
        effective);
  }

  protected WebTestClient.BodyContentSpec get(WebTestClient client, String tenant, String path) {
    return client
        .get()
        .uri("/api/v1/tenants/" + tenant + "/org-units" + path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }
}
