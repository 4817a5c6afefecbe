package org.shequ.server.report;

import java.util.Arrays;
import java.util.List;

/**
 * The conditional headers of a write: {@code If-Match} (the versions the caller last read) and
 * {@code If-None-Match: *} (create only).
 */
record Preconditions(List<String> ifMatch, boolean createOnly) {

  static Preconditions of(String ifMatch, String ifNoneMatch) {
    List<String> tags =
        ifMatch == null || ifMatch.isBlank()
            ? List.of()
            : Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    return new Preconditions(tags, ifNoneMatch != null && ifNoneMatch.trim().equals("*"));
  }

  boolean present() {
    return !ifMatch.isEmpty();
  }

  /** Strong comparison: a weak tag never matches; a bare number is taken as its quoted form. */
  boolean matches(int version) {
    String quoted = etag(version);
    return ifMatch.stream()
        .anyMatch(t -> t.equals("*") || t.equals(quoted) || t.equals(String.valueOf(version)));
  }

  static String etag(int version) {
    return "\"" + version + "\"";
  }
}
