package org.shequ.server.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.shequ.server.security.Caller;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Remembers the answer to each write that carried an {@code Idempotency-Key}, so a retry gets the
 * same answer and changes nothing. Must run inside the write's tenant transaction.
 */
@Component
class IdempotencyKeys {

  /** The answer stored under a key, and the fingerprint of the request that earned it. */
  record Stored(String requestHash, int status, String etag, String body) {}

  /**
   * Whose key it is: a key belongs to one caller (token issuer and subject) in one tenant, so
   * nobody can replay an answer someone else earned.
   */
  record Scope(String tenantId, String issuer, String subject, String key) {
    Scope(String tenantId, Caller caller, String key) {
      // No issuer is stored as '', which rows kept from before keys had callers also carry.
      this(tenantId, caller.issuer() == null ? "" : caller.issuer(), caller.subject(), key);
    }
  }

  /**
   * Serialises requests with the same key of the same caller (a transaction-scoped advisory lock)
   * and returns the answer already stored under it, if any.
   */
  Mono<Stored> lockAndFind(DatabaseClient db, Scope scope) {
    return db.sql("SELECT pg_advisory_xact_lock(hashtextextended(:lock, 0))")
        .bind(
            "lock",
            String.join(
                "\n",
                "idempotency",
                scope.tenantId(),
                scope.issuer(),
                scope.subject(),
                scope.key()))
        .fetch()
        .rowsUpdated()
        .then(
            db.sql(
                    """
                    SELECT request_hash, response_status, response_etag, response_body::text AS body
                    FROM idempotency_key
                    WHERE tenant_id = :t AND caller_issuer = :i AND caller_subject = :s
                      AND idempotency_key = :k
                    """)
                .bind("t", scope.tenantId())
                .bind("i", scope.issuer())
                .bind("s", scope.subject())
                .bind("k", scope.key())
                .map(
                    r ->
                        new Stored(
                            r.get("request_hash", String.class),
                            r.get("response_status", Integer.class),
                            r.get("response_etag", String.class),
                            r.get("body", String.class)))
                .one());
  }

  Mono<Void> remember(DatabaseClient db, Scope scope, Stored answer) {
    return db.sql(
            """
            INSERT INTO idempotency_key (tenant_id, caller_issuer, caller_subject, idempotency_key,
              request_hash, response_status, response_etag, response_body)
            VALUES (:t, :i, :s, :k, :h, :st, :e, CAST(:b AS jsonb))
            """)
        .bind("t", scope.tenantId())
        .bind("i", scope.issuer())
        .bind("s", scope.subject())
        .bind("k", scope.key())
        .bind("h", answer.requestHash())
        .bind("st", answer.status())
        .bind("e", answer.etag())
        .bind("b", answer.body())
        .fetch()
        .rowsUpdated()
        .then();
  }

  /** A fingerprint of what a request asks for: its method, path, precondition and body. */
  static String fingerprint(String method, String path, String ifMatch, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String text = method + " " + path + "\n" + (ifMatch == null ? "" : ifMatch) + "\n" + body;
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
