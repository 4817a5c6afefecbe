package org.shequ.server.fuzz;

/**
 * Values for a path segment or query parameter, as they go on the wire. None is a valid value for
 * any parameter of Shequ's API, so each must be answered with a 4xx problem, except that a filter
 * (such as {@code parent} of the org-unit list) may match nothing with a well-formed one.
 */
enum HostileValue {
  NUL("%00", true),
  NUL_INSIDE("a%00b", true),
  CONTROL_CHARACTERS("a%01%1b%7f", true),
  ENCODED_DOT("%2e", false),
  ENCODED_DOT_DOT("%2e%2e", false),
  ENCODED_BACKSLASH("a%5cb", false),
  ENCODED_TRAVERSAL("..%5c..%5cetc", false),
  ENCODED_SLASH("a%2fb", false),
  HIGH_SURROGATE("%ED%A0%80", true),
  LOW_SURROGATE("x%ED%B0%80", true),
  OVERLONG_UTF8_DOT("%C0%AE", true),
  INVALID_UTF8("%FF%FE", true),
  BROKEN_ESCAPE("a%zz", true),
  LONE_PERCENT("50%", true),
  LONG("x".repeat(3000), false),
  SQL("'%20OR%201=1--", false),
  MARKUP("%3Cscript%3Ealert(1)%3C%2Fscript%3E", false),
  UNICODE("%E7%A4%BE%E5%8C%BA%F0%9F%8F%A0%E2%80%AE", false),
  INT_OVERFLOW("2147483648", false),
  INFINITE("1e309", false),
  NEGATIVE("-1", false),
  DATE_BEFORE_1900("1899-12-31", false),
  DATE_AFTER_2100("2101-01-01", false);

  final String raw;

  /**
   * Not a well-formed value at all (NUL, control characters, broken UTF-8 or escapes), so refused
   * even where any other string is a valid filter that merely matches nothing.
   */
  final boolean malformed;

  HostileValue(String raw, boolean malformed) {
    this.raw = raw;
    this.malformed = malformed;
  }
}
