package org.shequ.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Unit;

/**
 * Draws one field's value for one unit and year, from the field's driver when an indicator reads
 * it, otherwise a plausible value for its type, unit and the unit's level. Values are canonical
 * (BigDecimal, Boolean, String, LocalDate) and always within the field's limits; cross-field rules
 * are {@link ReportRepair}'s business.
 */
final class ValueDrawer {
  private final long seed;
  private final String tenantId;
  private final int startYear;
  private final int endYear;

  ValueDrawer(long seed, String tenantId, int startYear, int endYear) {
    this.seed = seed;
    this.tenantId = tenantId;
    this.startYear = startYear;
    this.endYear = endYear;
  }

  /** The value from the field's driver, or empty when the driver cannot say. */
  Optional<Object> driven(
      Field f,
      FieldDriver driver,
      DemoUnit unit,
      int year,
      Map<String, Object> drawn,
      SplittableRandom r) {
    double local = Seeds.uniform(seed, -1, 1, tenantId, locality(unit), driver.indicator().code());
    if (driver instanceof FieldDriver.Share s) {
      double p = shifted(s.share(year) / 100, local);
      boolean meets = r.nextDouble() < p;
      if (f.type() == FieldType.BOOLEAN) {
        return Optional.of(meets == s.condition().test(booleanValues(f, true)));
      }
      return numeric(f)
          ? Optional.of(meetOrMiss(f, s.condition().comparator(), s.condition().value(), meets, r))
          : Optional.empty();
    }
    if (driver instanceof FieldDriver.MeetTarget m) {
      Target target = m.indicator().target();
      var clause =
          target == null ? Optional.<Target.TargetClause>empty() : target.clauseFor(unit.profile());
      BigDecimal bound = clause.map(c -> Figures.representative(c.value())).orElse(null);
      if (bound == null || !numeric(f)) {
        return Optional.empty();
      }
      boolean meets = r.nextDouble() < shifted(m.trajectory().at(year) / 100, local);
      if (clause.get().value() instanceof Figure.About a) {
        // An "about" clause is missed below its band, the way a shortfall usually looks.
        return Optional.of(clamp(f, meets ? a.value() : a.min().subtract(BigDecimal.ONE)));
      }
      return Optional.of(meetOrMiss(f, clause.get().comparator(), bound, meets, r));
    }
    if (driver instanceof FieldDriver.Level l && numeric(f)) {
      double mean = l.trajectory().at(year) * l.perUnit() * (1 + 0.15 * local);
      if (l.perResident()) {
        if (unit.population() == null) {
          return Optional.empty();
        }
        mean *= unit.population();
      }
      return Optional.of(number(f, mean * (0.6 + 0.8 * r.nextDouble()), r));
    }
    if (driver instanceof FieldDriver.Ratio q && numeric(f)) {
      Object den = drawn.get(q.denominator());
      if (!(den instanceof BigDecimal d)) {
        return Optional.empty();
      }
      double ratio = q.trajectory().at(year) / q.scale().doubleValue() * (1 + 0.1 * local);
      return Optional.of(number(f, ratio * d.doubleValue() * (0.85 + 0.3 * r.nextDouble()), r));
    }
    if (driver instanceof FieldDriver.Checklist c && f.type() == FieldType.BOOLEAN) {
      return Optional.of(ticked(c, f, unit, year, local, r));
    }
    if (driver instanceof FieldDriver.Stage st && f.type() == FieldType.ENUM) {
      Indicator i = st.indicator();
      int index = (int) Math.floor(st.trajectory().at(year) + 1e-9);
      index = Math.max(0, Math.min(i.stages().size() - 1, index));
      String code = i.stages().get(index).code();
      return f.options().stream().anyMatch(o -> o.code().equals(code))
          ? Optional.of(code)
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether one item of a checklist is ticked. Whether the unit has the whole list is decided once
   * per unit and year (not per item), so the items agree; a unit short of it misses one item fixed
   * for that year and ticks the others at random.
   */
  private boolean ticked(
      FieldDriver.Checklist c, Field f, DemoUnit unit, int year, double local, SplittableRandom r) {
    double p = shifted(Math.max(0, Math.min(100, c.trajectory().at(year))) / 100, local);
    if (!c.wholeList()) {
      return r.nextDouble() < p;
    }
    String code = c.indicator().code();
    boolean whole = Seeds.random(seed, tenantId, code, unit.id(), year, "whole").nextDouble() < p;
    if (whole) {
      return true;
    }
    int missing =
        Seeds.random(seed, tenantId, code, unit.id(), year, "missing").nextInt(c.items().size());
    return !c.items().get(missing).equals(f.code()) && r.nextDouble() < 0.7;
  }

  /** A plausible value for a field no indicator reads for this unit. */
  Object plausible(Field f, DemoUnit unit, int year, DemoFacts facts, SplittableRandom r) {
    double progress =
        endYear == startYear ? 1 : (year - startYear + 1.0) / (endYear - startYear + 1);
    Optional<Double> known = facts.about(f, unit);
    if (known.isPresent() && numeric(f)) {
      return clamp(f, BigDecimal.valueOf(Math.round(known.get())));
    }
    return switch (f.type()) {
      case BOOLEAN -> r.nextDouble() < 0.5 + 0.4 * progress;
      case ENUM -> {
        int n = f.options().size();
        int index = (int) Math.round(progress * (n - 1) - r.nextDouble() * 0.6);
        yield f.options().get(Math.max(0, Math.min(n - 1, index))).code();
      }
      case TEXT -> {
        String text = "示例数据（非真实数据） synthetic demo data";
        int limit = f.maxLength() == null ? Field.DEFAULT_MAX_TEXT : f.maxLength();
        yield text.substring(0, Math.min(limit, text.length()));
      }
      case DATE -> LocalDate.of(year, 6, 30);
      case INTEGER, DECIMAL, PERCENT ->
          number(f, typical(f, unit.level()) * (0.5 + r.nextDouble()) * (0.9 + 0.2 * progress), r);
    };
  }

  /** A number on the meeting or the missing side of {@code comparator bound}. */
  static BigDecimal meetOrMiss(
      Field f, Comparator comparator, BigDecimal bound, boolean meets, SplittableRandom r) {
    double t = bound.doubleValue();
    boolean integer = f.type() == FieldType.INTEGER;
    boolean upward =
        switch (comparator) {
          case AT_LEAST, GREATER_THAN -> meets;
          case AT_MOST, LESS_THAN -> !meets;
          case EQUAL, BETWEEN, APPROXIMATELY -> false;
        };
    if (comparator == Comparator.EQUAL
        || comparator == Comparator.BETWEEN
        || comparator == Comparator.APPROXIMATELY) {
      return clamp(f, meets ? bound : bound.add(BigDecimal.ONE));
    }
    boolean strict =
        comparator == Comparator.GREATER_THAN && meets
            || comparator == Comparator.AT_LEAST && !meets
            || comparator == Comparator.LESS_THAN && meets
            || comparator == Comparator.AT_MOST && !meets;
    double v;
    if (upward) {
      v = t * (1 + 0.6 * r.nextDouble());
      if (integer) {
        v = Math.max(Math.ceil(v), strict ? Math.floor(t) + 1 : Math.ceil(t));
      } else if (strict && v <= t) {
        v = t + 0.5;
      }
    } else {
      v = t * (0.4 + 0.58 * r.nextDouble());
      if (integer) {
        v = Math.min(Math.floor(v), strict ? Math.ceil(t) - 1 : Math.floor(t));
      } else if (strict && v >= t) {
        v = t - 0.5;
      }
    }
    BigDecimal d = integer ? BigDecimal.valueOf((long) v) : scaled(v);
    return clamp(f, d);
  }

  /** A number of the field's type near {@code mean}, rounded at random so the mean holds. */
  static BigDecimal number(Field f, double mean, SplittableRandom r) {
    if (f.type() == FieldType.INTEGER) {
      double floor = Math.floor(mean);
      long n = (long) floor + (r.nextDouble() < mean - floor ? 1 : 0);
      return clamp(f, BigDecimal.valueOf(n));
    }
    return clamp(f, scaled(mean));
  }

  static BigDecimal clamp(Field f, BigDecimal v) {
    BigDecimal min = f.min() == null ? BigDecimal.ZERO : f.min();
    if (v.compareTo(min) < 0) {
      v = min;
    }
    if (f.max() != null && v.compareTo(f.max()) > 0) {
      v = f.max();
    }
    return v;
  }

  static boolean numeric(Field f) {
    return f.type() == FieldType.INTEGER
        || f.type() == FieldType.DECIMAL
        || f.type() == FieldType.PERCENT;
  }

  private static BigDecimal scaled(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
  }

  /** The probability {@code p} moved up or down for one part of the region ({@code local} ±1). */
  private static double shifted(double p, double local) {
    double q = Math.max(1e-4, Math.min(1 - 1e-4, p));
    double logit = Math.log(q / (1 - q)) + 0.4 * local;
    return p >= 1 ? (local > -0.5 ? 1 : 1 / (1 + Math.exp(-logit))) : 1 / (1 + Math.exp(-logit));
  }

  private static org.shequ.plan.api.FormValues booleanValues(Field f, boolean value) {
    return new org.shequ.plan.api.FormValues(Map.of(f.code(), value));
  }

  /** The part of the region a unit belongs to, for regional differences. */
  private static String locality(DemoUnit unit) {
    return unit.street() != null ? unit.street() : unit.id();
  }

  /** A typical magnitude of a number of this unit at this level. */
  private static double typical(Field f, OrgUnitLevel level) {
    double size =
        switch (level) {
          case COMMUNITY -> 1;
          case STREET -> 4;
          case COUNTY -> 20;
          case CITY -> 100;
          case REGION -> 400;
        };
    Unit unit = f.unit();
    double v =
        switch (unit) {
          case PERCENT -> 70;
          case PERSONS -> 14 * size;
          case PERSON_TIMES -> 300 * size;
          case HOURS -> 400 * size;
          case SQUARE_METRES -> 800 * size;
          case CNY -> 65_000;
          case TEN_THOUSAND_CNY -> 15 * size;
          case PER_10K_RESIDENTS -> 5;
          case HOUSEHOLDS -> 1_500 * size;
          case COUNT -> 6 * Math.sqrt(size);
          case TIMES -> 2 * Math.sqrt(size);
          case STAGE, NONE -> 8;
          // A unit added to plan-api later (e.g. 次, times) still gets a plausible count.
          default -> 10 * size;
        };
    return f.type() == FieldType.PERCENT ? Math.min(v, 70) : v;
  }
}
