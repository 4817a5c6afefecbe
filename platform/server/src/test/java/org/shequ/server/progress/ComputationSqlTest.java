package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.FormValues;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.UnitReport;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL measures and {@link ComputationSql#finish} against {@link Indicator#evaluate} on the same
 * reports, in a real PostgreSQL: per-unit shares with units of unknown population, checklists
 * counted from ticks, areas judged on their own, and each indicator's reporting rate.
 */
class ComputationSqlTest extends ShequServerTest {
  @Autowired TenantDatabase tenantDatabase;

  /** One org unit as of the period, with its counted report's values or none. */
  private record Row(String id, AreaType area, Integer population, Map<String, Object> values) {
    UnitReport report() {
      return new UnitReport(OrgUnitProfile.community(id, area, population), new FormValues(values));
    }
  }

  private Map<String, IndicatorFigures> sql(List<Indicator> indicators, List<Row> rows) {
    RollupLayout layout =
        new RollupLayout(
            "test-plan", NewSemanticsPlans.FORM, OrgUnitLevel.COMMUNITY, AreaType.ALL, indicators);
    SqlParameters p = new SqlParameters();
    List<String> values = new ArrayList<>();
    for (Row r : rows) {
      values.add(
          "(CAST("
              + (r.values() == null ? "NULL" : p.bind(json(r.values())))
              + " AS jsonb), 'COMMUNITY', "
              + p.bind(r.area().name())
              + ", CAST("
              + (r.population() == null ? "NULL" : p.bind(r.population()))
              + " AS int), ARRAY[]::text[])");
    }
    String sql =
        "SELECT "
            + layout.array(p)
            + " AS m FROM (VALUES "
            + String.join(", ", values)
            + ") AS t (fv, level, area, population, tags)";
    BigDecimal[] sums =
        tenantDatabase
            .inTenant(
                "test-jiexiu",
                db -> p.applyTo(db.sql(sql)).map(r -> r.get("m", BigDecimal[].class)).one())
            .blockLast();
    return layout.figures(indicators, sums);
  }

  private static String json(Map<String, Object> values) {
    return values.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static Actual reference(Indicator indicator, List<Row> rows, AreaType area) {
    List<UnitReport> reports =
        rows.stream()
            .filter(r -> r.values() != null && area.covers(r.area()))
            .map(ComputationSqlTest::typed)
            .map(Row::report)
            .toList();
    return area == indicator.scope().area()
        ? indicator.evaluate(reports)
        : indicator.computation().evaluate(reports, indicator);
  }

  private static void assertSame(Actual sql, Actual reference, String what) {
    assertThat(sql.reports()).as(what + " reports").isEqualTo(reference.reports());
    assertThat(sql.unknown()).as(what + " unknown").isEqualTo(reference.unknown());
    assertThat(sql.stage()).as(what + " stage").isEqualTo(reference.stage());
    if (reference.number() == null) {
      assertThat(sql.number()).as(what).isNull();
    } else {
      assertThat(sql.number()).as(what).isNotNull();
      assertThat(sql.number().compareTo(reference.number()))
          .as(what + ": " + sql.number() + " vs " + reference.number())
          .isZero();
    }
  }

  @Test
  void unitsOfUnknownPopulationAreCountedAsUnknownNotDropped() {
    List<Row> rows =
        List.of(
            new Row("a", AreaType.RURAL, 2000, Map.of("orgs", 2)), // meets ≥ 2
            new Row("b", AreaType.RURAL, 4000, Map.of("orgs", 4)), // misses ≥ 5
            new Row("c", AreaType.URBAN, null, Map.of("orgs", 12)), // urban: no population needed
            new Row("d", AreaType.RURAL, null, Map.of("orgs", 9)), // which clause? unknown
            new Row("e", AreaType.RURAL, null, Map.of()), // reported nothing for the field
            new Row("f", AreaType.RURAL, 2500, null)); // no report
    Indicator perUnit = NewSemanticsPlans.socialOrgsPerCommunity();
    IndicatorFigures f = sql(List.of(perUnit), rows).get(perUnit.code());
    assertThat(f.actual().number()).isEqualByComparingTo("66.6667");
    assertThat(f.actual().reports()).isEqualTo(3);
    assertThat(f.actual().unknown()).isEqualTo(1);
    assertSame(f.actual(), reference(perUnit, rows, AreaType.ALL), "per-unit");
    // Six communities in the registry, five with a counted report.
    assertThat(f.reporting().expected()).isEqualTo(6);
    assertThat(f.reporting().reported()).isEqualTo(5);
    assertThat(f.reporting().rate()).isEqualByComparingTo("83.3333");
  }

  @Test
  void onlyUnknownUnitsGiveNoValueButStillCountThem() {
    List<Row> rows = List.of(new Row("d", AreaType.RURAL, null, Map.of("orgs", 9)));
    Indicator perUnit = NewSemanticsPlans.socialOrgsPerCommunity();
    Actual a = sql(List.of(perUnit), rows).get(perUnit.code()).actual();
    assertThat(a.number()).isNull();
    assertThat(a.unknown()).isEqualTo(1);
    assertSame(a, reference(perUnit, rows, AreaType.ALL), "only unknown");
  }

  @Test
  void checklistsAreCountedFromTheTicks() {
    List<Row> rows =
        List.of(
            new Row(
                "a", AreaType.URBAN, 5000, Map.of("office", true, "clinic", true, "library", true)),
            new Row("b", AreaType.URBAN, 5000, Map.of("office", true, "clinic", false)),
            new Row("c", AreaType.RURAL, 900, Map.of("office", 1, "clinic", 1, "library", 0)));
    var f =
        sql(
            List.of(NewSemanticsPlans.checklistComplete(), NewSemanticsPlans.checklistItems()),
            rows);
    // One of three units ticked every item; 3 + 1 + 2 = 6 of 9 items ticked.
    assertThat(f.get("CHECKLIST-COMPLETE").actual().number()).isEqualByComparingTo("33.3333");
    assertThat(f.get("CHECKLIST-ITEMS").actual().number()).isEqualByComparingTo("66.6667");
    for (Indicator i :
        List.of(NewSemanticsPlans.checklistComplete(), NewSemanticsPlans.checklistItems())) {
      assertSame(f.get(i.code()).actual(), reference(i, rows, AreaType.ALL), i.code());
    }
  }

  @Test
  void eachAreaHasItsOwnValueAndReportingRate() {
    List<Row> rows =
        List.of(
            new Row("u1", AreaType.URBAN, 5000, Map.of("office", true)),
            new Row("u2", AreaType.URBAN, 5000, Map.of("office", true)),
            new Row("r1", AreaType.RURAL, 900, Map.of("office", true)),
            new Row("r2", AreaType.RURAL, 900, Map.of("office", false)),
            new Row("r3", AreaType.RURAL, 900, null));
    Indicator i = NewSemanticsPlans.eachAreaCoverage();
    IndicatorFigures f = sql(List.of(i), rows).get(i.code());
    assertThat(f.actual().number()).isEqualByComparingTo("75");
    assertThat(f.areas())
        .extracting(IndicatorFigures.Area::area)
        .containsExactly(AreaType.URBAN, AreaType.RURAL);
    assertThat(f.areas().get(0).actual().number()).isEqualByComparingTo("100");
    assertThat(f.areas().get(1).actual().number()).isEqualByComparingTo("50");
    assertThat(f.areas().get(1).reporting().expected()).isEqualTo(3);
    assertThat(f.areas().get(1).reporting().reported()).isEqualTo(2);
  }

  /** Generated registries and reports: SQL and evaluate() agree on every indicator and area. */
  @Test
  void sqlAgreesWithEvaluateOnGeneratedReports() {
    List<Indicator> indicators = NewSemanticsPlans.all();
    for (int seed = 1; seed <= 6; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      List<Row> rows = new ArrayList<>();
      for (int n = 0; n < 40; n++) {
        AreaType area = r.nextBoolean() ? AreaType.URBAN : AreaType.RURAL;
        Integer population = r.nextInt(5) == 0 ? null : 1000 + r.nextInt(5000);
        Map<String, Object> v = null;
        if (r.nextInt(6) != 0) {
          v = new LinkedHashMap<>();
          for (String item : NewSemanticsPlans.ITEMS) {
            int pick = r.nextInt(4);
            if (pick > 0) {
              v.put(
                  item, pick == 1 ? "false" : pick == 2 ? "true" : Integer.toString(r.nextInt(2)));
            }
          }
          if (r.nextInt(5) != 0) {
            v.put("orgs", r.nextInt(14));
          }
          if (r.nextInt(5) != 0) {
            v.put("workers", r.nextInt(3));
          }
        }
        rows.add(new Row("u" + n, area, population, v));
      }
      Map<String, IndicatorFigures> figures = sql(indicators, rows);
      for (Indicator i : indicators) {
        IndicatorFigures f = figures.get(i.code());
        assertSame(
            f.actual(), reference(i, rows, i.scope().area()), "seed " + seed + " " + i.code());
        for (IndicatorFigures.Area a : f.areas()) {
          assertSame(
              a.actual(),
              reference(i, rows, a.area()),
              "seed " + seed + " " + i.code() + " " + a.area());
        }
      }
    }
  }

  /** The values as FormValues holds them: booleans and numbers, not their JSON text. */
  private static Row typed(Row row) {
    if (row.values() == null) {
      return row;
    }
    Map<String, Object> v = new LinkedHashMap<>();
    row.values()
        .forEach(
            (k, x) ->
                v.put(
                    k,
                    x.toString().equals("true") || x.toString().equals("false")
                        ? (Object) Boolean.valueOf(x.toString())
                        : new BigDecimal(x.toString())));
    return new Row(row.id(), row.area(), row.population(), v);
  }
}
