package org.shequ.server.progress;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Unit;

/** Small indicators of plan-api 1.1's new shapes, built here so no plugin's wording is assumed. */
final class NewSemanticsPlans {
  static final Provenance SOURCE = Provenance.stated("test", "test");
  static final String FORM = "F";

  private NewSemanticsPlans() {}

  /**
   * Jiexiu's shape: rural communities under 3,000 residents need ≥ 2 social organisations, other
   * rural ones ≥ 5, urban ones ≥ 10; milestones are shares of communities in percent.
   */
  static Indicator socialOrgsPerCommunity() {
    return Indicator.builder("PER-UNIT")
        .name("社区社会组织", "Social organisations per community")
        .unit(Unit.COUNT)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .baseline(Figure.number(1), 2015, SOURCE)
        .target(
            new Target(
                2020,
                List.of(
                    new Target.TargetClause(
                        new OrgUnitCondition.AllOf(
                            List.of(
                                new OrgUnitCondition.AreaIs(AreaType.RURAL),
                                new OrgUnitCondition.PopulationBelow(3000))),
                        Comparator.AT_LEAST,
                        Figure.number(2)),
                    new Target.TargetClause(
                        new OrgUnitCondition.AllOf(
                            List.of(
                                new OrgUnitCondition.AreaIs(AreaType.RURAL),
                                new OrgUnitCondition.PopulationAtLeast(3000))),
                        Comparator.AT_LEAST,
                        Figure.number(5)),
                    new Target.TargetClause(
                        new OrgUnitCondition.AreaIs(AreaType.URBAN),
                        Comparator.AT_LEAST,
                        Figure.number(10))),
                SOURCE))
        .milestone(2019, Comparator.AT_LEAST, Figure.number(60), SOURCE)
        .computation(new Computation.ShareMeetingTarget(FORM, "orgs"))
        .provenance(SOURCE)
        .build();
  }

  /** "At least 1 social worker per community", one unconditional clause. */
  static Indicator workerPerCommunity() {
    return Indicator.builder("PER-UNIT-ANY")
        .name("社区社工", "Social workers per community")
        .unit(Unit.PERSONS)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(1), SOURCE)
        .computation(new Computation.ShareMeetingTarget(FORM, "workers"))
        .provenance(SOURCE)
        .build();
  }

  /**
   * A population clause before a catch-all: a unit of unknown population is undecided, not judged
   * against the catch-all.
   */
  static Indicator smallOrCatchAll() {
    return Indicator.builder("PER-UNIT-CATCH-ALL")
        .name("社区社会组织(兜底)", "Social organisations, with a catch-all clause")
        .unit(Unit.COUNT)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(
            new Target(
                2020,
                List.of(
                    new Target.TargetClause(
                        new OrgUnitCondition.PopulationBelow(3000),
                        Comparator.AT_LEAST,
                        Figure.number(2)),
                    new Target.TargetClause(
                        OrgUnitCondition.any(), Comparator.AT_LEAST, Figure.number(5))),
                SOURCE))
        .computation(new Computation.ShareMeetingTarget(FORM, "orgs"))
        .provenance(SOURCE)
        .build();
  }

  /** A per-unit cap on each unit's own ratio of two fields: workers per organisation ≤ 40%. */
  static Indicator ratioCapPerCommunity() {
    return Indicator.builder("PER-UNIT-RATIO")
        .name("社工与社会组织之比", "Workers as a share of organisations")
        .unit(Unit.PERCENT)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(2020, Comparator.AT_MOST, Figure.number(40), SOURCE)
        .computation(
            new Computation.ShareMeetingRatio(FORM, "workers", "orgs", Computation.HUNDRED))
        .provenance(SOURCE)
        .build();
  }

  static final List<String> ITEMS = List.of("office", "clinic", "library");

  static Indicator checklistComplete() {
    return Indicator.builder("CHECKLIST-COMPLETE")
        .name("三室齐全的社区", "Communities with all three rooms")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(90), SOURCE)
        .computation(new Computation.ChecklistComplete(FORM, ITEMS))
        .provenance(SOURCE)
        .build();
  }

  static Indicator checklistItems() {
    return Indicator.builder("CHECKLIST-ITEMS")
        .name("三室建成率", "Rooms built")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(95), SOURCE)
        .computation(new Computation.ChecklistItems(FORM, ITEMS))
        .provenance(SOURCE)
        .build();
  }

  /** «城镇社区、农村社区…至2020年均达到95%»: each area on its own. */
  static Indicator eachAreaCoverage() {
    return Indicator.builder("EACH-AREA")
        .name("综合服务设施覆盖率", "Service facility coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(95), SOURCE)
        .milestone(2019, Comparator.AT_LEAST, Figure.number(80), SOURCE)
        .eachArea(AreaType.URBAN, AreaType.RURAL)
        .computation(new Computation.ShareOfUnits(FORM, FieldCondition.isTrue("office")))
        .provenance(SOURCE)
        .build();
  }

  /** Every shape above, in one form. */
  static List<Indicator> all() {
    return List.of(
        socialOrgsPerCommunity(),
        workerPerCommunity(),
        smallOrCatchAll(),
        ratioCapPerCommunity(),
        checklistComplete(),
        checklistItems(),
        eachAreaCoverage());
  }
}
