package org.shequ.server.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;

/**
 * Generates every report of one plan for one tenant's synthetic units: each form at each unit of
 * its level and area, for each year of the plan. Every report passes {@link Form#validate}; only
 * its canonical values are kept. A report that cannot be made valid is left out (and counted).
 */
final class ReportGenerator {
  private static final int ATTEMPTS = 20;
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private final Plan plan;
  private final String tenantId;
  private final List<DemoUnit> units;
  private final long seed;
  private final FieldDrivers drivers;
  private final ValueDrawer drawer;
  private final DemoFacts facts;
  private int unrepairable;
  private RuntimeException firstFailure;

  ReportGenerator(Plan plan, String tenantId, List<DemoUnit> units, long seed) {
    this.plan = plan;
    this.tenantId = tenantId;
    this.units = units;
    this.seed = seed;
    this.drivers = new FieldDrivers(plan, tenantId, seed, unitsInScope(plan, units));
    this.drawer =
        new ValueDrawer(seed, tenantId, plan.period().startYear(), plan.period().endYear());
    this.facts = new DemoFacts(units);
  }

  /** All the plan's reports, in a fixed order. */
  List<DemoReport> generate() {
    List<DemoReport> out = new ArrayList<>();
    for (Form form : plan.forms()) {
      for (DemoUnit unit : units) {
        if (!unit.reports(form.level(), form.appliesTo())) {
          continue;
        }
        for (int year = plan.period().startYear(); year <= plan.period().endYear(); year++) {
          report(form, unit, year).ifPresentOrElse(out::add, () -> unrepairable++);
        }
      }
    }
    return out;
  }

  /** How many reports could not be made valid and were left out. */
  int unrepairable() {
    return unrepairable;
  }

  /** The first failure of a plugin's rule or of drawing, if any report hit one. */
  Optional<RuntimeException> firstFailure() {
    return Optional.ofNullable(firstFailure);
  }

  /**
   * One report, or empty when none could be made valid. A form rule is plugin code: one that throws
   * on a drawn value costs that report, not the tenant's demo data.
   */
  private Optional<DemoReport> report(Form form, DemoUnit unit, int year) {
    try {
      return attempt(form, unit, year);
    } catch (RuntimeException e) {
      if (firstFailure == null) {
        firstFailure = e;
      }
      return Optional.empty();
    }
  }

  private Optional<DemoReport> attempt(Form form, DemoUnit unit, int year) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      SplittableRandom r = Seeds.random(seed, tenantId, form.code(), unit.id(), year, attempt);
      Map<String, Object> values = draw(form, unit, year, r);
      if (!ReportRepair.repair(form, values, r)) {
        continue;
      }
      Form.Validation validation = form.validate(raw(values));
      if (validation.valid()) {
        return Optional.of(
            new DemoReport(
                plan.id(),
                form.code(),
                unit.id(),
                Integer.toString(year),
                status(form, unit, year),
                validation.values(),
                at(form, unit, year)));
      }
    }
    return Optional.empty();
  }

  private Map<String, Object> draw(Form form, DemoUnit unit, int year, SplittableRandom r) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Field> later = new ArrayList<>();
    for (Field f : form.fields()) {
      Optional<FieldDriver> driver = drivers.driver(form, f.code(), unit.area());
      if (driver.isPresent() && driver.get() instanceof FieldDriver.Ratio) {
        later.add(f); // after its denominator
        continue;
      }
      put(form, f, driver, unit, year, values, r);
    }
    for (Field f : later) {
      put(form, f, drivers.driver(form, f.code(), unit.area()), unit, year, values, r);
    }
    // Keep the form's field order, which is how people read a stored report.
    Map<String, Object> ordered = new LinkedHashMap<>();
    form.fields()
        .forEach(
            f ->
                Optional.ofNullable(values.get(f.code())).ifPresent(v -> ordered.put(f.code(), v)));
    return ordered;
  }

  private void put(
      Form form,
      Field f,
      Optional<FieldDriver> driver,
      DemoUnit unit,
      int year,
      Map<String, Object> values,
      SplittableRandom r) {
    if (!f.required() && drivers.readOnlyByOthers(form, f.code(), unit.area())) {
      return; // e.g. an urban-only question left empty by a village
    }
    Object v =
        driver
            .flatMap(d -> drawer.driven(f, d, unit, year, values, r))
            .orElseGet(() -> drawer.plausible(f, unit, year, facts, r));
    values.put(f.code(), v);
  }

  /** Values as a JSON body would carry them: dates as ISO text. */
  private static Map<String, Object> raw(Map<String, Object> values) {
    Map<String, Object> raw = new LinkedHashMap<>();
    values.forEach((k, v) -> raw.put(k, v instanceof LocalDate d ? d.toString() : v));
    return raw;
  }

  /** Mostly approved; a few still submitted, returned or in draft, more so in the latest year. */
  private DemoReport.Status status(Form form, DemoUnit unit, int year) {
    double x = Seeds.random(seed, tenantId, form.code(), unit.id(), year, "status").nextDouble();
    boolean latest = year == plan.period().endYear();
    if (x < (latest ? 0.06 : 0.01)) {
      return DemoReport.Status.SUBMITTED;
    }
    if (x < (latest ? 0.08 : 0.015)) {
      return DemoReport.Status.RETURNED;
    }
    if (latest && x < 0.10) {
      return DemoReport.Status.DRAFT;
    }
    return DemoReport.Status.APPROVED;
  }

  /** Early in the following year, when annual reports are filed. */
  private OffsetDateTime at(Form form, DemoUnit unit, int year) {
    SplittableRandom r = Seeds.random(seed, tenantId, form.code(), unit.id(), year, "at");
    return OffsetDateTime.of(year + 1, 1, 5, 9, 0, 0, 0, CHINA)
        .plusDays(r.nextInt(60))
        .plusMinutes(r.nextInt(480));
  }

  private static Map<String, Integer> unitsInScope(Plan plan, List<DemoUnit> units) {
    Map<String, Integer> counts = new HashMap<>();
    for (Indicator i : plan.indicators()) {
      int n = 0;
      for (DemoUnit u : units) {
        if (u.level() == i.scope().level()
            && (u.level() != OrgUnitLevel.COMMUNITY || i.scope().area().covers(u.area()))) {
          n++;
        }
      }
      counts.put(i.code(), n);
    }
    return counts;
  }
}
