package org.shequ.server.fuzz;

import java.util.Set;
import org.shequ.server.fuzz.JsonBody.Kind;
import org.shequ.server.fuzz.JsonBody.Node;

/**
 * A JSON token put in place of one value of a valid body, and which kinds of value must refuse it.
 * Whatever Shequ does with a token it need not refuse, it must still not fail.
 */
enum Replacement {
  INFINITE("1e309", Set.of(Kind.values())),
  NEGATIVE_INFINITE("-1e309", Set.of(Kind.values())),
  HUGE_EXPONENT("1e99999999", Set.of(Kind.values())),
  UNDERFLOW("1e-400", allBut(Kind.NUMBER)),
  INT_OVERFLOW("2147483648", allBut(Kind.NUMBER)),
  LONG_OVERFLOW("9223372036854775808", allBut(Kind.NUMBER)),
  FRACTION("1.5", allBut(Kind.NUMBER)),
  NEGATIVE("-1", allBut(Kind.NUMBER, Kind.INT)),
  SMALL_NUMBER("5", allBut(Kind.NUMBER, Kind.INT)),
  NUMERIC_STRING("\"5\"", allBut(Kind.ID, Kind.TEXT)),
  TRUE("true", allBut(Kind.BOOL)),
  NULL("null", Set.of()),
  EMPTY_OBJECT("{}", allBut(Kind.OBJECT)),
  EMPTY_ARRAY("[]", allBut(Kind.ARRAY)),
  EMPTY_STRING("\"\"", allBut(Kind.TEXT)),
  NUL_ESCAPED("\"a\\u0000b\"", Set.of(Kind.values())),
  NUL_RAW("\"a\u0000b\"", Set.of(Kind.values())),
  HIGH_SURROGATE("\"\\ud800\"", Set.of(Kind.values())),
  LOW_SURROGATE("\"x\\udc00y\"", Set.of(Kind.values())),
  LONG_STRING("\"" + "长".repeat(20_000) + "\"", allBut(Kind.ID, Kind.TEXT)),
  UNICODE("\"社区\uD83C\uDFE0\\u200b\u202e\"", allBut(Kind.ID, Kind.TEXT)),
  DATE_BEFORE_1900("\"1899-12-31\"", allBut(Kind.ID, Kind.TEXT)),
  DATE_AFTER_2100("\"2101-01-01\"", allBut(Kind.ID, Kind.TEXT)),
  DATE_INVALID("\"2019-02-30\"", allBut(Kind.ID, Kind.TEXT)),
  DATE_FAR("\"+999999-01-01\"", allBut(Kind.ID, Kind.TEXT)),
  DATE_WITH_TIME("\"2019-01-01T00:00:00Z\"", allBut(Kind.ID, Kind.TEXT));

  final String token;
  private final Set<Kind> refusedBy;

  Replacement(String token, Set<Kind> refusedBy) {
    this.token = token;
    this.refusedBy = refusedBy;
  }

  /** Whether Shequ must refuse this token in place of {@code node}. */
  boolean mustBeRefusedAt(Node node) {
    if (this == NULL) {
      return node.required;
    }
    if (this == EMPTY_OBJECT && node.kind == Kind.OBJECT) {
      return node.identifies;
    }
    if (this == EMPTY_ARRAY && node.kind == Kind.ARRAY) {
      return node.required;
    }
    return refusedBy.contains(node.kind);
  }

  private static Set<Kind> allBut(Kind... kinds) {
    var all = java.util.EnumSet.allOf(Kind.class);
    for (Kind k : kinds) {
      all.remove(k);
    }
    return Set.copyOf(all);
  }
}
