package org.shequ.server.progress;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;

/**
 * The measures of one form, in a fixed order: the units that should report it ({@code expected}),
 * those with a counted report ({@code reported}), then each indicator's measures. The same layout
 * is used to aggregate reports directly, to keep {@code progress_rollup} and to read it back; its
 * fingerprint changes whenever a plan changes a computation, a target clause or a stage, so a
 * roll-up summed under another layout is never read.
 */
final class RollupLayout {
  static final int EXPECTED = 0;
  static final int REPORTED = 1;

  private final String planId;
  private final String formCode;
  private final OrgUnitLevel level;
  private final AreaType area;
  private final List<Indicator> indicators;
  // Derived once: every read and every report write of the form asks for them, and the plan a
  // layout is made from does not change under it.
  private final Map<String, Integer> offsets;
  private final int width;
  private volatile String fingerprint;

  /**
   * @param formCode the form
   * @param level the org-unit level that reports the form
   * @param area the area of the reporting communities (ALL for other levels)
   * @param indicators every indicator of the plan computed from the form, in plan order
   */
  RollupLayout(
      String planId,
      String formCode,
      OrgUnitLevel level,
      AreaType area,
      List<Indicator> indicators) {
    this.planId = planId;
    this.formCode = formCode;
    this.level = level;
    this.area = area;
    this.indicators = List.copyOf(indicators);
    Map<String, Integer> at = new LinkedHashMap<>();
    int next = 2;
    for (Indicator i : this.indicators) {
      at.put(i.code(), next);
      next += ComputationSql.width(i);
    }
    this.offsets = Collections.unmodifiableMap(at);
    this.width = next;
  }

  String planId() {
    return planId;
  }

  String formCode() {
    return formCode;
  }

  OrgUnitLevel level() {
    return level;
  }

  AreaType area() {
    return area;
  }

  List<Indicator> indicators() {
    return indicators;
  }

  /** The aggregate expressions, each never null, in layout order. */
  List<String> expressions(SqlParameters p) {
    String formLevel = "level = " + p.bind(level.name());
    String reporting =
        area == AreaType.ALL ? formLevel : formLevel + " AND area = " + p.bind(area.name());
    List<String> out = new ArrayList<>();
    out.add("count(*) FILTER (WHERE " + reporting + ")::numeric");
    out.add("count(*) FILTER (WHERE " + reporting + " AND fv IS NOT NULL)::numeric");
    for (Indicator i : indicators) {
      out.addAll(ComputationSql.measures(i, p));
    }
    return out;
  }

  /** {@code ARRAY[…]} of the expressions, as one SQL value. */
  String array(SqlParameters p) {
    return "ARRAY[" + String.join(",\n  ", expressions(p)) + "]::numeric[]";
  }

  /** Where each indicator's measures start. */
  Map<String, Integer> offsets() {
    return offsets;
  }

  int width() {
    return width;
  }

  /** The figures of {@code wanted} (indicators of this form) from summed measures. */
  Map<String, IndicatorFigures> figures(List<Indicator> wanted, BigDecimal[] sums) {
    Map<String, IndicatorFigures> out = new LinkedHashMap<>();
    for (Indicator i : wanted) {
      Integer offset = offsets.get(i.code());
      if (offset == null) {
        throw new IllegalArgumentException(i.code() + " is not computed from " + formCode);
      }
      out.put(i.code(), ComputationSql.figures(i, sums, offset));
    }
    return out;
  }

  /** A fingerprint of the measures: the SQL of every expression and every value bound in it. */
  String fingerprint() {
    String known = fingerprint;
    if (known == null) {
      known = digest();
      fingerprint = known;
    }
    return known;
  }

  private String digest() {
    SqlParameters p = new SqlParameters();
    String sql = planId + "\n" + formCode + "\n" + array(p) + "\n" + p.describe();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(sql.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
