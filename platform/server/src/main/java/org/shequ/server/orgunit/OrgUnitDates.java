package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the org-unit history. Days are counted in China's time zone, where the units are. */
final class OrgUnitDates {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Validity start of a region root: before any date a plan or report can name. */
  static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);

  private OrgUnitDates() {}

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
