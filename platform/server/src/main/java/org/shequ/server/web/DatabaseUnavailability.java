package org.shequ.server.web;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by a database that cannot be reached (down, restarting, refusing
 * connections, or the pool cannot get a connection in time), which the caller should retry.
 */
public final class DatabaseUnavailability {
  private DatabaseUnavailability() {}

  /** Whether the failure, or anything that caused it, says the database could not be reached. */
  public static boolean causes(Throwable error) {
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
