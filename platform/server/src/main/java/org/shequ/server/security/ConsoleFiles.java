package org.shequ.server.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The console's static files: its page, scripts, styles, WebJars and texts. Public, cheap, and
 * fetched a dozen at a time by every page load, so anyone may read them and they never count
 * against the anonymous rate limit.
 */
final class ConsoleFiles {
  static final String[] PATHS = {
    "/", "/index.html", "/ui/**", "/webjars/**", "/console/messages/**"
  };

  static final ServerWebExchangeMatcher MATCHER =
      ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, PATHS);

  private ConsoleFiles() {}
}
