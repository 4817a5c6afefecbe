package org.shequ.server.storage;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shequ.plan.api.LocalizedText;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every request that failed because the database cannot be reached (down, restarting,
 * refusing connections, or the pool cannot get a connection in time) with {@code 503} problem+json
 * and {@code Retry-After}, on every route: the caller learns to retry, and nothing was
 * acknowledged. Runs before Spring Boot's error handler, which would answer 500 in its own format.
 */
@Component
@Order(-2)
public class DatabaseUnavailableHandler implements WebExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

  /** How long callers are asked to wait: about one restart of the embedded database. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  static final ApiProblem PROBLEM =
      new ApiProblem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "database-unavailable",
          LocalizedText.of("数据库暂不可用", "Database unavailable"),
          LocalizedText.of(
              "数据库暂时无法访问，本次请求未被处理，请稍后重试。",
              "The database cannot be reached right now; nothing was done. Please retry shortly."),
          List.of(),
          Map.of());

  private final ServerResponse.Context context;

  public DatabaseUnavailableHandler(ServerCodecConfigurer codecs) {
    List<HttpMessageWriter<?>> writers = codecs.getWriters();
    this.context =
        new ServerResponse.Context() {
          @Override
          public List<HttpMessageWriter<?>> messageWriters() {
            return writers;
          }

          @Override
          public List<ViewResolver> viewResolvers() {
            return List.of();
          }
        };
  }

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
    Locale locale = Languages.of(exchange.getRequest());
    ProblemDetail body = ProblemDetail.forStatus(PROBLEM.status());
    body.setType(PROBLEM.type());
    body.setTitle(PROBLEM.title().in(locale));
    body.setDetail(PROBLEM.detail().in(locale));
    body.setInstance(exchange.getRequest().getURI());
    return ServerResponse.status(PROBLEM.status())
        .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyValue(body)
        .flatMap(response -> response.writeTo(exchange, context));
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
