package org.shequ.server.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of a request: the one of its W3C {@code traceparent} header when it has a valid one
 * (so a caller's or a proxy's trace continues here), else a new random one of the same form (32
 * lower-case hexadecimal digits). Every problem names it ({@code traceId}, {@code X-Trace-Id}), and
 * the log lines about the request carry it, so an operator finds the cause of an answer.
 */
public final class TraceIds {
  /** The response header that names the trace id. */
  public static final String HEADER = "X-Trace-Id";

  /** Where the trace id is kept among the exchange's attributes. */
  static final String ATTRIBUTE = TraceIds.class.getName();

  /** The key of the trace id in the log MDC and the Reactor context. */
  public static final String LOG_KEY = "traceId";

  // version-traceid-parentid-flags; version ff is invalid, and so is an all-zero trace id.
  private static final Pattern TRACEPARENT =
      Pattern.compile("^(?!ff)[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}(-.*)?$");
  private static final String ZEROS = "0".repeat(32);

  private TraceIds() {}

  /** The exchange's trace id, chosen (and kept on the exchange) on first use. */
  public static String of(ServerWebExchange exchange) {
    Object known = exchange.getAttribute(ATTRIBUTE);
    if (known instanceof String id) {
      return id;
    }
    String id = fromTraceparent(exchange.getRequest().getHeaders().getFirst("traceparent"));
    if (id == null) {
      id = generate();
    }
    exchange.getAttributes().put(ATTRIBUTE, id);
    return id;
  }

  /** The trace id of a {@code traceparent} header, or null when it is absent or malformed. */
  static String fromTraceparent(String traceparent) {
    if (traceparent == null) {
      return null;
    }
    Matcher m = TRACEPARENT.matcher(traceparent.trim());
    if (!m.matches() || ZEROS.equals(m.group(1))) {
      return null;
    }
    return m.group(1);
  }

  /**
   * A new random trace id. It names a request, it guards nothing: a fast generator that never
   * blocks an event loop will do (SecureRandom may read /dev/random).
   */
  public static String generate() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    // The high half is never zero, so neither is the id (W3C: all zeros is invalid).
    return HexFormat.of().toHexDigits(random.nextLong(1, Long.MAX_VALUE))
        + HexFormat.of().toHexDigits(random.nextLong());
  }
}
