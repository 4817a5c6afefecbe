package org.shequ.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A server whose database is configured (here the shared test database) is not seeded, even though
 * it signs tokens as the embedded default does: other tests' data stays theirs alone.
 */
class SharedServerHasNoDemoDataTest extends ShequServerTest {
  @Autowired TenantDatabase database;

  @Test
  void noTenantOfAConfiguredDatabaseGetsSyntheticUnits() {
    for (String tenant : new String[] {"zhejiang", "changzhou-xinbei", "xiamen", "jiexiu"}) {
      Long synthetic =
          database
              .inTenantOne(
                  tenant,
                  db ->
                      db.sql(
                              "SELECT count(*) AS n FROM org_unit_version"
                                  + " WHERE 'synthetic-demo' = ANY (tags)")
                          .map(row -> row.get("n", Long.class))
                          .one())
              .block();
      assertThat(synthetic).as(tenant).isZero();
    }
  }
}
