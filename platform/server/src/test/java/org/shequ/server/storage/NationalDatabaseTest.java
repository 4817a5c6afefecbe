package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * National reads run as the national role, read-only, on a pool of their own; everything else keeps
 * the application's role.
 */
class NationalDatabaseTest extends ShequServerTest {
  @Autowired NationalDatabase national;
  @Autowired DatabaseClient main;

  @Test
  void nationalReadsRunAsTheNationalRoleInReadOnlyTransactions() {
    Map<String, Object> session =
        national
            .acrossTenants(
                db ->
                    db.sql(
                            "SELECT current_user AS who, current_setting('transaction_read_only') AS ro")
                        .fetch()
                        .one())
            .blockLast(Duration.ofSeconds(30));
    assertThat(session).containsEntry("who", "shequ_national").containsEntry("ro", "on");
  }

  @Test
  void everythingElseStillConnectsAsTheApplicationRole() {
    assertThat(
            main.sql("SELECT current_user AS who")
                .map(r -> r.get("who", String.class))
                .one()
                .block(Duration.ofSeconds(30)))
        .isEqualTo("shequ_app");
  }

  @Test
  void connectionsGoBackToThePool() {
    for (int i = 0; i < 12; i++) {
      List<Integer> one =
          national
              .acrossTenants(
                  db -> db.sql("SELECT 1 AS one").map(r -> r.get("one", Integer.class)).all())
              .collectList()
              .block(Duration.ofSeconds(15));
      assertThat(one).containsExactly(1);
    }
  }

  @Test
  void aWriteFailsEvenWhereTheRoleCouldRead() {
    assertThatThrownBy(
            () ->
                national
                    .acrossTenants(
                        db -> db.sql("DELETE FROM progress_rollup_state").fetch().rowsUpdated())
                    .blockLast(Duration.ofSeconds(30)))
        .hasMessageContaining("read-only transaction");
  }
}
