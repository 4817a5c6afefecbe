package org.shequ.server.web;

/**
 * Text Shequ can store and show: no NUL character (PostgreSQL text cannot hold one) and no lone
 * UTF-16 surrogate (it has no Unicode meaning and no UTF-8 form).
 */
public final class CleanText {
  private CleanText() {}

  /**
   * Whether {@code s} is clean and holds no control character (C0, DEL or C1) either: what every
   * path segment and query parameter must be, since no id, code or filter of Shequ has one.
   */
  public static boolean isCleanLine(String s) {
    return isClean(s) && (s == null || s.chars().noneMatch(Character::isISOControl));
  }

  /** Whether {@code s} is clean; null is. */
  public static boolean isClean(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0000' || Character.isLowSurrogate(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }
}
