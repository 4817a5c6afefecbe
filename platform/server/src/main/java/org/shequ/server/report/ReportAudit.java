package org.shequ.server.report;

import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes the audit log entries of report and calendar steps, in the step's transaction. */
@Component
class ReportAudit {
  private final JsonMapper json;

  ReportAudit(JsonMapper json) {
    this.json = json;
  }

  Mono<Void> record(
      DatabaseClient db,
      String tenantId,
      String actor,
      String action,
      String resource,
      Map<String, ?> detail) {
    return db.sql(
            "INSERT INTO audit_log (tenant_id, actor, action, resource, detail)"
                + " VALUES (:t, :a, :act, :r, CAST(:d AS jsonb))")
        .bind("t", tenantId)
        .bind("a", actor)
        .bind("act", action)
        .bind("r", resource)
        .bind("d", json.writeValueAsString(detail))
        .fetch()
        .rowsUpdated()
        .then();
  }
}
