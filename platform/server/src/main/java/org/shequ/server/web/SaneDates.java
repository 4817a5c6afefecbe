package org.shequ.server.web;

import java.time.LocalDate;

/**
 * The days Shequ accepts from callers: 1900 to 2100. Plans and reports lie well inside; a date
 * outside is a typo or an attack (a unit "effective" in the year 5,881,580 could never change).
 */
public final class SaneDates {
  public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

  private SaneDates() {}

  public static boolean contains(LocalDate day) {
    return !day.isBefore(MIN) && !day.isAfter(MAX);
  }
}
