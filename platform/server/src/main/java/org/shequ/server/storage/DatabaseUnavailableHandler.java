package org.shequ.server.storage;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.ProblemHandler;
import org.shequ.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every request that failed because the database cannot be reached (down, restarting,
 * refusing connections, or the pool cannot get a connection in time) with {@code 503} problem+json
 * and {@code Retry-After}, on every route: the caller learns to retry, and nothing was
 * acknowledged. Runs just before {@link ProblemHandler}, which would answer any other failure with
 * a 500.
 */
@Component
@Order(-3)
public class DatabaseUnavailableHandler implements WebExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

  /** How long callers are asked to wait: about one restart of the embedded database. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (!databaseUnavailable(error) || exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    log.warn(
        "{} {}: database unavailable: {}",
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        error.toString());
    return ProblemHandler.write(exchange, problem());
  }

  static ApiProblem problem() {
    return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable")
        .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
        .build();
  }

  /** Whether the failure, or anything that caused it, says the database could not be reached. */
  static boolean databaseUnavailable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof R2dbcNonTransientResourceException
          || t instanceof R2dbcTransientResourceException
          || t instanceof R2dbcTimeoutException
          || t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessResourceException
          || t instanceof QueryTimeoutException
          || t instanceof CannotCreateTransactionException
          || t instanceof ConnectException
          || t instanceof ClosedChannelException
          || (t instanceof R2dbcException r && unavailableState(r.getSqlState()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Connection exceptions (08), operator intervention such as a shutdown (57P), too many clients.
   */
  private static boolean unavailableState(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
  }
}
