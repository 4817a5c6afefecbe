package org.shequ.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** One subscriber's stream, without a server: what it gets, when it ends, who is dropped. */
class LiveEventsStreamTest {
  private static final ReportChange APPROVED =
      new ReportChange("jiexiu", "JX-STREET", 2019, "APPROVED", Instant.now());
  private static final ReportChange OTHER_TENANT =
      new ReportChange("zhejiang", "ZJ-COMMUNITY", 2019, "APPROVED", Instant.now());

  private final ReportChangeFeed feed = new ReportChangeFeed();
  private final LiveEvents events = new LiveEvents(feed, properties(Duration.ofSeconds(15), 4));

  private static LiveProperties properties(Duration keepAlive, int buffer) {
    return new LiveProperties(keepAlive, null, null, null, buffer);
  }

  @Test
  void readyWaitsUntilChangesAreHeardThenChangesOfTheTenantFollowWithIncreasingIds() {
    StepVerifier.create(events.stream(c -> c.tenant().equals("jiexiu")))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(100))
        .then(feed::opened)
        .assertNext(e -> assertThat(e.event()).isEqualTo("ready"))
        .then(() -> feed.publish(OTHER_TENANT))
        .then(() -> feed.publish(APPROVED))
        .then(() -> feed.publish(APPROVED))
        .assertNext(
            e -> {
              assertThat(e.event()).isEqualTo("change");
              assertThat(e.data()).isEqualTo(APPROVED);
              assertThat(e.id()).isEqualTo("2");
            })
        .assertNext(e -> assertThat(e.id()).isEqualTo("3"))
        .thenCancel()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void aStreamEndsWithItsListenConnectionSoItsClientReconnectsAndReReads() {
    feed.opened();
    StepVerifier.create(events.stream(c -> true))
        .assertNext(e -> assertThat(e.event()).isEqualTo("ready"))
        .then(() -> feed.lost("terminated"))
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    assertThat(feed.listening().listening()).isFalse();
    assertThat(feed.listening().reason()).isEqualTo("terminated");
  }

  @Test
  void everyStreamEndsWhenTheServerStopsEvenOneStillWaitingToListen() {
    StepVerifier.create(Flux.merge(events.stream(c -> true), events.stream(c -> true)))
        .expectSubscription()
        .then(feed::close)
        .expectComplete()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void aServerStartedAgainAfterAStopServesStreamsAgain() {
    feed.opened();
    feed.close();
    StepVerifier.create(events.stream(c -> true)).expectComplete().verify(Duration.ofSeconds(5));
    feed.reopen();
    feed.opened();
    StepVerifier.create(events.stream(c -> true))
        .assertNext(e -> assertThat(e.event()).isEqualTo("ready"))
        .thenCancel()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void anIdleStreamGetsKeepAliveComments() {
    LiveEvents quick = new LiveEvents(feed, properties(Duration.ofMillis(50), 4));
    feed.opened();
    StepVerifier.create(quick.stream(c -> true))
        .assertNext(e -> assertThat(e.event()).isEqualTo("ready"))
        .assertNext(e -> assertThat(e.comment()).isEqualTo("keep-alive"))
        .assertNext(e -> assertThat(e.comment()).isEqualTo("keep-alive"))
        .thenCancel()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void aSlowSubscriberLosesItsOldestChangesNotTheNewestNorTheOthersOnes() {
    feed.opened();
    StepVerifier.create(events.stream(c -> true), 1)
        .assertNext(e -> assertThat(e.event()).isEqualTo("ready"))
        .then(
            () -> {
              for (int period = 2011; period <= 2020; period++) {
                feed.publish(
                    new ReportChange("jiexiu", "JX-STREET", period, "DRAFT", Instant.now()));
              }
            })
        .thenRequest(10)
        // A buffer of 4: the last four changes, 2017 to 2020.
        .assertNext(e -> assertThat(((ReportChange) e.data()).period()).isEqualTo(2017))
        .assertNext(e -> assertThat(((ReportChange) e.data()).period()).isEqualTo(2018))
        .assertNext(e -> assertThat(((ReportChange) e.data()).period()).isEqualTo(2019))
        .assertNext(e -> assertThat(((ReportChange) e.data()).period()).isEqualTo(2020))
        .thenCancel()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void changesHeardTogetherArePassedOnOncePerFormPeriodAndStatus() {
    ReportChange later = new ReportChange("jiexiu", "JX-STREET", 2019, "APPROVED", Instant.now());
    ReportChange submitted =
        new ReportChange("jiexiu", "JX-STREET", 2019, "SUBMITTED", Instant.now());
    assertThat(ReportChangeListener.coalesced(List.of(APPROVED, submitted, later)))
        .containsExactly(later, submitted);
  }
}
