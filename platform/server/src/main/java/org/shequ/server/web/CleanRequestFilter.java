package org.shequ.server.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose decoded path segments or query parameters hold a NUL, a lone surrogate or
 * any other control character ({@link CleanText#isCleanLine}) before anything reads them, with a
 * 400 naming the parameter or segment.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CleanRequestFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    for (PathContainer.Element element : exchange.getRequest().getPath().elements()) {
      if (element instanceof PathContainer.PathSegment segment
          && !CleanText.isClean(segment.valueToMatch())) {
        return ProblemHandler.write(exchange, refused("path"));
      }
      if (element instanceof PathContainer.PathSegment segment
          && !CleanText.isCleanLine(segment.valueToMatch())) {
        return ProblemHandler.write(exchange, control("path"));
      }
    }
    for (Map.Entry<String, List<String>> parameter :
        exchange.getRequest().getQueryParams().entrySet()) {
      if (!CleanText.isClean(parameter.getKey())) {
        return ProblemHandler.write(exchange, refused("query"));
      }
      if (!CleanText.isCleanLine(parameter.getKey())) {
        return ProblemHandler.write(exchange, control("query"));
      }
      for (String value : parameter.getValue()) {
        if (!CleanText.isClean(value)) {
          return ProblemHandler.write(exchange, refused(parameter.getKey()));
        }
        if (!CleanText.isCleanLine(value)) {
          return ProblemHandler.write(exchange, control(parameter.getKey()));
        }
      }
    }
    return chain.filter(exchange);
  }

  /** No id, code or filter of Shequ holds a control character: one in the address is a mistake. */
  private static ApiProblem control(String field) {
    return Problems.of(HttpStatus.BAD_REQUEST, "control-character")
        .detail(field)
        .field(field, "control-character")
        .build();
  }

  private static ApiProblem refused(String field) {
    return Problems.of(HttpStatus.BAD_REQUEST, "invalid-character")
        .detail(field)
        .field(field, "invalid-character")
        .build();
  }
}
