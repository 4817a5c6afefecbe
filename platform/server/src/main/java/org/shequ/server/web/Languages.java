package org.shequ.server.web;

import java.util.Locale;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The language a caller reads: Chinese when its {@code Accept-Language} prefers it, else English.
 */
public final class Languages {
  private Languages() {}

  public static Locale of(ServerHttpRequest request) {
    var ranges = request.getHeaders().getAcceptLanguage();
    for (var range : ranges) {
      String tag = range.getRange().toLowerCase(Locale.ROOT);
      if (tag.startsWith("zh")) {
        return Locale.CHINESE;
      }
      if (tag.startsWith("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
