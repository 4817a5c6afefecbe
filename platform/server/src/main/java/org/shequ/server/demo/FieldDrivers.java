package org.shequ.server.demo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;

/**
 * Finds, for each field of a form and each kind of unit (urban or rural), the indicator whose
 * computation reads it, preferring the one written for that kind of unit and the one that describes
 * single units best (a share or an average over a region-wide sum).
 */
final class FieldDrivers {
  private final Plan plan;
  private final String tenantId;
  private final long seed;
  private final Map<String, Integer> unitsInScope;
  private final Map<String, Optional<FieldDriver>> cache = new HashMap<>();

  /**
   * @param unitsInScope how many units each indicator covers, to spread a region-wide sum or count
   *     over them
   */
  FieldDrivers(Plan plan, String tenantId, long seed, Map<String, Integer> unitsInScope) {
    this.plan = plan;
    this.tenantId = tenantId;
    this.seed = seed;
    this.unitsInScope = unitsInScope;
  }

  /**
   * The driver of {@code field} of {@code form} for units of {@code area}, if any indicator reads
   * it.
   */
  Optional<FieldDriver> driver(Form form, String field, AreaType area) {
    return cache.computeIfAbsent(
        form.code() + "/" + field + "/" + area, k -> find(form, field, area));
  }

  /**
   * Whether some indicator reads the field but none for units of {@code area}: an optional field
   * meant for the other kind of community, left empty.
   */
  boolean readOnlyByOthers(Form form, String field, AreaType area) {
    List<Indicator> readers = readers(form, field);
    return !readers.isEmpty() && readers.stream().noneMatch(i -> covers(i, form.level(), area));
  }

  private Optional<FieldDriver> find(Form form, String field, AreaType area) {
    return readers(form, field).stream()
        .filter(i -> covers(i, form.level(), area))
        .sorted(
            Comparator.comparingInt((Indicator i) -> i.scope().area() == AreaType.ALL ? 1 : 0)
                .thenComparingInt(i -> rank(i.computation(), field))
                .thenComparing(Indicator::code))
        .map(i -> driver(i, field, area))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private List<Indicator> readers(Form form, String field) {
    return plan.indicators().stream()
        .filter(i -> i.computation().formCode().equals(form.code()))
        .filter(i -> i.computation().fields().contains(field))
        .toList();
  }

  private static boolean covers(Indicator i, OrgUnitLevel level, AreaType area) {
    if (i.scope().level() != level) {
      return false;
    }
    return level != OrgUnitLevel.COMMUNITY || area == null || i.scope().area().covers(area);
  }

  /** Lower is a better description of one unit's value. */
  private static int rank(Computation c, String field) {
    if (c instanceof Computation.ShareOfUnits
        || c instanceof Computation.ChecklistComplete
        || c instanceof Computation.ChecklistItems) {
      return 0;
    }
    if (c instanceof Computation.ShareMeetingTarget || c instanceof Computation.LatestStage) {
      return 1;
    }
    if (c instanceof Computation.AveragePerUnit) {
      return 2;
    }
    if (c instanceof Computation.RatioOfSums r) {
      return r.numerator().equals(field) ? 3 : 9;
    }
    if (c instanceof Computation.ShareMeetingRatio r) {
      return r.numerator().equals(field) ? 3 : 9;
    }
    if (c instanceof Computation.RatioToPopulation) {
      return 4;
    }
    return c instanceof Computation.CountOfUnits ? 5 : 6;
  }

  private Optional<FieldDriver> driver(Indicator i, String field, AreaType area) {
    // An indicator each area must meet on its own gets a pace per area, so they can differ.
    double pace =
        i.judgedPerArea() && area != null
            ? Seeds.uniform(seed, 0.6, 1.2, tenantId, i.code(), "pace", area)
            : Seeds.uniform(seed, 0.6, 1.2, tenantId, i.code(), "pace");
    int units = Math.max(1, unitsInScope.getOrDefault(i.code(), 1));
    Optional<Trajectory> own = Trajectory.of(i, plan.period(), pace);
    Computation c = i.computation();
    if (c instanceof Computation.ShareOfUnits s) {
      return Optional.of(
          new FieldDriver.Share(
              i, own.orElseGet(() -> Trajectory.share(plan.period(), 55, pace)), s.condition(), 1));
    }
    if (c instanceof Computation.CountOfUnits s) {
      return own.map(t -> new FieldDriver.Share(i, t, s.condition(), 100.0 / units));
    }
    if (c instanceof Computation.ShareMeetingTarget) {
      // Its milestones, when the plan sets them, are shares of units in percent.
      return Optional.of(
          new FieldDriver.MeetTarget(i, Trajectory.shareOfUnits(i, plan.period(), pace)));
    }
    if (c instanceof Computation.ChecklistComplete list) {
      return Optional.of(
          new FieldDriver.Checklist(
              i,
              own.orElseGet(() -> Trajectory.share(plan.period(), 55, pace)),
              list.items(),
              true));
    }
    if (c instanceof Computation.ChecklistItems list) {
      return Optional.of(
          new FieldDriver.Checklist(
              i,
              own.orElseGet(() -> Trajectory.share(plan.period(), 65, pace)),
              list.items(),
              false));
    }
    if (c instanceof Computation.LatestStage) {
      return i.qualitative()
          ? Optional.of(new FieldDriver.Stage(i, stagePath(i, pace)))
          : Optional.empty();
    }
    if (c instanceof Computation.AveragePerUnit) {
      return own.map(t -> new FieldDriver.Level(i, t, 1, false));
    }
    if (c instanceof Computation.Sum) {
      return own.map(t -> new FieldDriver.Level(i, t, 1.0 / units, false));
    }
    if (c instanceof Computation.RatioToPopulation r) {
      return own.map(t -> new FieldDriver.Level(i, t, 1 / r.scale().doubleValue(), true));
    }
    if (c instanceof Computation.RatioOfSums r && r.numerator().equals(field)) {
      return own.map(t -> new FieldDriver.Ratio(i, t, r.denominator(), r.scale()));
    }
    if (c instanceof Computation.ShareMeetingRatio r && r.numerator().equals(field)) {
      // Each unit's own ratio scatters around the path to the clause, so some miss it.
      return own.map(t -> new FieldDriver.Ratio(i, t, r.denominator(), r.scale()));
    }
    return Optional.empty();
  }

  /** The stage's position as a number: baseline, milestones and target as stage indexes. */
  private Trajectory stagePath(Indicator i, double pace) {
    java.util.ArrayList<double[]> points = new java.util.ArrayList<>();
    points.add(new double[] {plan.period().startYear() - 1, 0});
    if (i.baseline() != null && i.baseline().value() instanceof Figure.StageReached s) {
      points.set(0, new double[] {i.baseline().year(), Math.max(0, i.stageOrder(s.stage()))});
    }
    i.milestones().stream()
        .filter(m -> m.value() instanceof Figure.StageReached)
        .forEach(
            m ->
                points.add(
                    new double[] {
                      m.year(), Math.max(0, i.stageOrder(((Figure.StageReached) m.value()).stage()))
                    }));
    if (i.target() != null) {
      i.target().clauses().stream()
          .map(c -> c.value())
          .filter(v -> v instanceof Figure.StageReached)
          .findFirst()
          .ifPresent(
              v ->
                  points.add(
                      new double[] {
                        i.target().year(),
                        Math.max(0, i.stageOrder(((Figure.StageReached) v).stage()))
                      }));
    }
    if (points.size() == 1) {
      points.add(new double[] {plan.period().endYear(), i.stages().size() - 1});
    }
    points.sort(Comparator.comparingDouble(p -> p[0]));
    return new Trajectory(List.copyOf(points), pace);
  }
}
