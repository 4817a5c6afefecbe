package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.security.Role;
import org.shequ.server.support.ProblemChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways around a reporter's subtree that a role-holder might try: a second role that reads
 * widely, an idempotency key someone else earned, and the progress dashboard's answers.
 */
class ReportAuthorizationTest extends ReportTestSupport {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PLAN = "changzhou-xinbei-2016-2020";

  @Autowired PlanRegistry plans;

  @BeforeEach
  void tree() {
    createTree();
  }

  @Test
  void aReporterWhoAlsoReadsNationallyWritesOnlyInItsOwnSubtree() {
    WebTestClient both = as("rep-analyst", TENANT, street, Role.REPORTER, Role.NATIONAL_ANALYST);

    // Reading is the union of the roles: the analyst half sees the other street's community.
    put(admin(), otherCommunity, "2019", body(validValues()), null).expectStatus().isCreated();
    both.get().uri(path(otherCommunity, "2019")).exchange().expectStatus().isOk();

    // Writing needs one role that allows it there: the reporter half does not, the analyst none.
    put(both, otherCommunity, "2019", body(validValues()), "\"1\"")
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType("application/problem+json");
    put(both, otherCommunity, "2018", body(validValues()), null).expectStatus().isForbidden();
    step(both, otherCommunity, "2019", "submit", "\"1\"", null).expectStatus().isForbidden();
    assertThat(versionCount(otherCommunity, "2019")).isEqualTo(1);
    assertThat(versionCount(otherCommunity, "2018")).isZero();

    // Inside its own subtree the reporter half is enough.
    put(both, community, "2019", body(validValues()), null).expectStatus().isCreated();
    step(both, community, "2019", "submit", "\"1\"", null).expectStatus().isOk();
    assertThat(versionCount(community, "2019")).isEqualTo(2);
  }

  @Test
  void aPlatformAdminWhoAlsoReportsWritesOnlyInItsOwnSubtree() {
    WebTestClient both = as("rep-ops", TENANT, street, Role.REPORTER, Role.PLATFORM_ADMIN);
    put(both, otherCommunity, "2019", body(validValues()), null).expectStatus().isForbidden();
    assertThat(versionCount(otherCommunity, "2019")).isZero();
    put(both, community, "2019", body(validValues()), null).expectStatus().isCreated();
  }

  @Test
  void anotherCallersIdempotencyKeyReplaysNothingOutsideTheSubtree() {
    String key = "k-" + UUID.randomUUID();
    var first = putWithKey(admin(), otherCommunity, key, null);
    assertThat(first.getStatus().value()).isEqualTo(201);

    // The same request, the same key, from a reporter of the other street.
    var replay = putWithKey(reporter(street), otherCommunity, key, null);
    assertThat(replay.getStatus().value()).isEqualTo(404);
    assertThat(replay.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();
    assertThat(replay.getResponseBody()).doesNotContain("premises_area", "\"version\"");
    assertThat(versionCount(otherCommunity, "2019")).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyBelongsToTheCallerWhoUsedIt() {
    String key = "k-" + UUID.randomUUID();
    WebTestClient wang = as("wang", TENANT, street, Role.REPORTER);
    WebTestClient li = as("li", TENANT, street, Role.REPORTER);
    assertThat(putWithKey(wang, community, key, "*").getStatus().value()).isEqualTo(201);

    // Li may write the unit too, but Wang's key is not Li's: Li's create is judged on its own.
    var other = putWithKey(li, community, key, "*");
    assertThat(other.getStatus().value()).isEqualTo(412);
    assertThat(other.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();
    assertThat(json(other.getResponseBody()).path("type").asString())
        .isEqualTo("urn:shequ:problem:already-exists");

    // Wang's own retry still gets the first answer.
    var retry = putWithKey(wang, community, key, "*");
    assertThat(retry.getStatus().value()).isEqualTo(201);
    assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(versionCount(community, "2019")).isEqualTo(1);
  }

  @Test
  void aReplayIsAuthorizedAgainFirst() {
    String key = "k-" + UUID.randomUUID();
    assertThat(putWithKey(as("zhao", TENANT, street, Role.REPORTER), community, key, null))
        .extracting(r -> r.getStatus().value())
        .isEqualTo(201);
    // The same caller, since moved to the other street, no longer sees the unit.
    var moved = putWithKey(as("zhao", TENANT, otherStreet, Role.REPORTER), community, key, null);
    assertThat(moved.getStatus().value()).isEqualTo(404);
    assertThat(moved.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();
    assertThat(moved.getResponseBody()).doesNotContain("premises_area");
  }

  @Test
  void progressAnswersAUnitOutsideTheSubtreeLikeAMissingOne() {
    WebTestClient reporter = reporter(community);
    String missing = "nowhere-" + UUID.randomUUID().toString().substring(0, 8);
    String progress = "/api/v1/tenants/" + TENANT + "/progress?period=2019&orgUnit=";
    String indicator = plans.plan(PLAN).orElseThrow().plan().indicators().get(0).code();
    String children =
        "/api/v1/tenants/" + TENANT + "/progress/" + indicator + "/children?period=2019&orgUnit=";
    for (String route : new String[] {progress, children}) {
      for (String format : new String[] {"", "&format=csv"}) {
        var outside = get(reporter, route + otherStreet + format);
        var absent = get(reporter, route + missing + format);
        assertThat(outside.getStatus().value()).as(route + otherStreet + format).isEqualTo(404);
        assertThat(absent.getStatus().value()).as(route + missing + format).isEqualTo(404);
        assertThat(
                ProblemChecks.withoutTraceId(outside.getResponseBody()).replace(otherStreet, "ID"))
            .as("the same answer for a unit outside the subtree as for a missing one")
            .isEqualTo(
                ProblemChecks.withoutTraceId(absent.getResponseBody()).replace(missing, "ID"));
      }
    }
    // Its own subtree still answers.
    assertThat(get(reporter, progress + community).getStatus().value()).isEqualTo(200);
  }

  private EntityExchangeResult<String> putWithKey(
      WebTestClient who, String orgUnit, String key, String ifNoneMatch) {
    var spec =
        who.put()
            .uri(path(orgUnit, "2019"))
            .contentType(MediaType.APPLICATION_JSON)
            .header("Idempotency-Key", key);
    if (ifNoneMatch != null) {
      spec = spec.header("If-None-Match", ifNoneMatch);
    }
    return spec.bodyValue(body(validValues())).exchange().expectBody(String.class).returnResult();
  }

  private static EntityExchangeResult<String> get(WebTestClient who, String uri) {
    return who.get()
        .uri(uri)
        .header("Accept-Language", "en")
        .exchange()
        .expectBody(String.class)
        .returnResult();
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
