package org.shequ.server.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;

/**
 * One request of the fuzz test, byte for byte as sent, and what Shequ must do with it.
 *
 * @param target path and query exactly as they go on the wire (already percent-encoded)
 * @param contentType the {@code Content-Type} header, or null for none
 * @param body the body bytes, or null for none
 * @param mustRefuse the input is bad: only a 4xx is right
 */
record Probe(
    String label,
    HttpMethod method,
    String target,
    Who who,
    Map<String, String> headers,
    String contentType,
    byte[] body,
    boolean mustRefuse) {

  static Probe json(
      String label,
      HttpMethod method,
      String target,
      Who who,
      Map<String, String> headers,
      String json,
      boolean mustRefuse) {
    return new Probe(
        label,
        method,
        target,
        who,
        headers,
        "application/json",
        json == null ? null : json.getBytes(StandardCharsets.UTF_8),
        mustRefuse);
  }

  static Probe get(String label, String target, Who who, boolean mustRefuse) {
    return new Probe(label, HttpMethod.GET, target, who, Map.of(), null, null, mustRefuse);
  }

  Probe withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Probe(label, method, target, who, h, contentType, body, mustRefuse);
  }

  Probe withContentType(String type, boolean refuse) {
    return new Probe(label, method, target, who, headers, type, body, refuse);
  }

  /** What a failure message shows: the request, with long bodies cut short. */
  @Override
  public String toString() {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    if (text.length() > 600) {
      text = text.substring(0, 600) + "…(" + body.length + " bytes)";
    }
    String shownTarget = target.length() > 300 ? target.substring(0, 300) + "…" : target;
    return label
        + ": "
        + method
        + " "
        + shownTarget
        + " as "
        + who
        + (headers.isEmpty() ? "" : " " + headers)
        + (contentType == null ? "" : " [" + contentType + "]")
        + (body == null ? "" : " " + text.replace("\u0000", "\\0"))
        + (mustRefuse ? " (must be refused)" : "");
  }
}
