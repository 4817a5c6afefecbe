package org.shequ.server.demo;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes canonical form values as a JSON object: numbers as JSON numbers in plain notation,
 * booleans, and text (dates as ISO text).
 */
final class CanonicalJson {
  private CanonicalJson() {}

  static String of(Map<String, Object> values) {
    StringBuilder json = new StringBuilder("{");
    values.forEach(
        (key, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          string(json, key);
          json.append(':');
          if (value instanceof BigDecimal d) {
            json.append(d.toPlainString());
          } else if (value instanceof Boolean b) {
            json.append(b);
          } else {
            string(json, String.valueOf(value));
          }
        });
    return json.append('}').toString();
  }

  private static void string(StringBuilder json, String s) {
    json.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
