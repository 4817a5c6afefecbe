package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Concurrent and retried writes: no update is lost and none is applied twice. */
class ReportConcurrencyTest extends ReportTestSupport {

  @BeforeEach
  void tree() {
    createTree();
  }

  @Test
  void twentyWritersWithTheSameVersionMakeExactlyOneChange() throws Exception {
    var reporter = reporter(community);
    put(reporter, community, "2020", body(validValues()), null).expectStatus().isCreated();

    int writers = 20;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      int organisations = 100 + i;
      answers.add(
          pool.submit(
              () -> {
                var values = validValues();
                values.put("social_orgs", organisations);
                start.await();
                return put(reporter, community, "2020", body(values), "\"1\"")
                    .returnResult(String.class)
                    .getStatus()
                    .value();
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : answers) {
      statuses.add(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 412).hasSize(writers - 1);
    assertThat(versionCount(community, "2020")).isEqualTo(2);
    // The winner's change is the one recorded, from the value every writer had read.
    reporter
        .get()
        .uri(path(community, "2020") + "/history")
        .exchange()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(2)
        .jsonPath("$[1].changes.social_orgs.from")
        .isEqualTo(8);
  }

  @Test
  void aRetryWithTheSameKeyGetsTheSameAnswerAndChangesNothing() {
    var reporter = reporter(community);
    String key = "save-" + community;
    EntityExchangeResult<String> first = save(reporter, key, 12);
    EntityExchangeResult<String> retry = save(reporter, key, 12);

    assertThat(first.getStatus().value()).isEqualTo(201);
    assertThat(retry.getStatus().value()).isEqualTo(201);
    assertThat(retry.getResponseHeaders().getETag()).isEqualTo("\"1\"");
    assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(json(retry.getResponseBody())).isEqualTo(json(first.getResponseBody()));
    assertThat(versionCount(community, "2020")).isEqualTo(1);

    // The same key for a different body is a client error, and changes nothing either.
    EntityExchangeResult<String> other = save(reporter, key, 13);
    assertThat(other.getStatus().value()).isEqualTo(422);
    assertThat(other.getResponseBody()).contains("idempotency-key-reused");
    assertThat(versionCount(community, "2020")).isEqualTo(1);

    // Workflow steps are idempotent too.
    for (int i = 0; i < 2; i++) {
      reporter
          .post()
          .uri(path(community, "2020") + "/submit")
          .header("If-Match", "\"1\"")
          .header("Idempotency-Key", "submit-" + community)
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals("ETag", "\"2\"");
    }
    assertThat(versionCount(community, "2020")).isEqualTo(2);
  }

  private EntityExchangeResult<String> save(
      org.springframework.test.web.reactive.server.WebTestClient who, String key, int orgs) {
    var values = validValues();
    values.put("social_orgs", orgs);
    return who.put()
        .uri(path(community, "2020"))
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", key)
        .bodyValue(body(values))
        .exchange()
        .expectBody(String.class)
        .returnResult();
  }

  private static tools.jackson.databind.JsonNode json(String text) {
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
  }
}
