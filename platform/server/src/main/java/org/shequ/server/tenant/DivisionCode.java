package org.shequ.server.tenant;

import java.util.Set;

/**
 * A GB/T 2260 administrative division code: six digits, the first two a province (省级) code; a
 * province's own code ends in {@code 0000}, a prefecture-level city's in {@code 00}, and a
 * county-level unit (district, county, county-level city) has digits of its own at the end.
 */
final class DivisionCode {
  /** The province-level codes of GB/T 2260 (including Taiwan, Hong Kong and Macao). */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private DivisionCode() {}

  /**
   * Why {@code code} is not a division code of {@code level}, as the code of a {@code field.<code>}
   * message taking the code as argument; null when it is one. The level is not checked when absent.
   */
  static String problem(String code, AdminLevel level) {
    if (code == null || !code.matches("[0-9]{6}")) {
      return "division-code-format";
    }
    if (!PROVINCES.contains(code.substring(0, 2))) {
      return "division-code-province";
    }
    if (level == null) {
      return null;
    }
    boolean province = code.endsWith("0000");
    boolean city = !province && code.endsWith("00");
    boolean fits =
        switch (level) {
          case PROVINCE -> province;
          case CITY -> city;
          case DISTRICT, COUNTY_CITY, COUNTY -> !province && !city;
        };
    return fits ? null : "division-code-level";
  }
}
