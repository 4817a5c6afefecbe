package org.shequ.server.storage;

import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs database work in a transaction bound to one tenant: the tenant is set with {@code
 * set_config('shequ.tenant_id', …, true)} first, so PostgreSQL's row-level security admits that
 * tenant's rows and no other's, whatever the SQL says. Work outside these methods sees no tenant
 * rows at all, and no setting widens it to more than one tenant: reads across tenants go through
 * {@link NationalDatabase}, as another role.
 */
@Component
public class TenantDatabase {
  private final DatabaseClient db;
  private final TransactionalOperator readWrite;

  public TenantDatabase(DatabaseClient db, ReactiveTransactionManager transactions) {
    this.db = db;
    this.readWrite = TransactionalOperator.create(transactions);
  }

  /** Reads and writes of one tenant, in one transaction. */
  public <T> Flux<T> inTenant(String tenantId, Function<DatabaseClient, Publisher<T>> work) {
    return readWrite.transactional(
        setting("shequ.tenant_id", tenantId).thenMany(Flux.defer(() -> work.apply(db))));
  }

  /** Like {@link #inTenant} for work that yields one value. */
  public <T> Mono<T> inTenantOne(String tenantId, Function<DatabaseClient, Mono<T>> work) {
    return readWrite.transactional(
        setting("shequ.tenant_id", tenantId).then(Mono.defer(() -> work.apply(db))));
  }

  /**
   * Report writes of one tenant, in one transaction, which keep the progress roll-up current
   * themselves: the transaction says so ({@code shequ.rollup_maintained}, so the database does not
   * mark the roll-up stale) and, when the write changes what the roll-up counts ({@code
   * changesRollup}), holds the tenant's shared roll-up lock so no rebuild runs underneath it. One
   * statement sets all of it.
   */
  public <T> Mono<T> inTenantMaintainingRollup(
      String tenantId, boolean changesRollup, Function<DatabaseClient, Mono<T>> work) {
    return reportWrite(tenantId, changesRollup, false, work);
  }

  /**
   * Like {@link #inTenantMaintainingRollup}, for a caller that announces its report change itself
   * once the transaction has committed ({@code ReportChangeAnnouncer}): the transaction tells the
   * database's change trigger to stay silent ({@code shequ.report_change_announced}), so it does
   * not queue behind other writers' commits on PostgreSQL's notification lock.
   */
  public <T> Mono<T> inTenantAnnouncedAfterCommit(
      String tenantId, boolean changesRollup, Function<DatabaseClient, Mono<T>> work) {
    return reportWrite(tenantId, changesRollup, true, work);
  }

  private <T> Mono<T> reportWrite(
      String tenantId,
      boolean changesRollup,
      boolean announcedAfterCommit,
      Function<DatabaseClient, Mono<T>> work) {
    String sql =
        "SELECT set_config('shequ.tenant_id', :t, true),"
            + " set_config('shequ.rollup_maintained', 'on', true)"
            + (announcedAfterCommit
                ? ", set_config('shequ.report_change_announced', 'on', true)"
                : "")
            + (changesRollup ? ", pg_advisory_xact_lock_shared(progress_rollup_lock_key(:t))" : "");
    return readWrite.transactional(
        db.sql(sql)
            .bind("t", tenantId)
            .fetch()
            .rowsUpdated()
            .then(Mono.defer(() -> work.apply(db))));
  }

  private Mono<Void> setting(String name, String value) {
    return db.sql("SELECT set_config(:name, :value, true)")
        .bind("name", name)
        .bind("value", value)
        .fetch()
        .rowsUpdated()
        .then();
  }
}
