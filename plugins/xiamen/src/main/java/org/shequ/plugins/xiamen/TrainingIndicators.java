package org.shequ.plugins.xiamen;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/**
 * The yearly Party-secretary trainings of 专栏6. “每年” binds every year; the plan was issued in
 * September 2017 and cannot oblige a year already over, so each year from 2017 to 2020 has its own
 * milestone, the last included.
 */
final class TrainingIndicators {
  static final int FIRST_YEAR = 2017;
  static final int LAST_YEAR = 2020;

  /** Every district (every town or street) trained that year: 100 % of the units. */
  private static final Figure ALL_UNITS = Figure.number(100);

  private TrainingIndicators() {}

  static List<Indicator> all() {
    return List.of(
        Indicator.builder("XM-CITY-SECRETARY-TRAINING")
            .name(
                "市委组织部举办基层党组织书记示范培训次数",
                "Demonstration trainings for grassroots Party secretaries held by the municipal"
                    + " Party organisation department")
            .unit(Unit.TIMES)
            .scope(Scope.region())
            .computation(
                new Computation.Sum(
                    GovernmentForms.REGION, GovernmentForms.SECRETARY_DEMO_TRAININGS))
            .heldEveryYear(
                FIRST_YEAR,
                LAST_YEAR,
                Comparator.AT_LEAST,
                Figure.number(1),
                Provenance.derived(
                    Source.BOX_6,
                    Source.CITY_TRAINING,
                    "“每年至少…1次” (at least once a year) applied to each year from the plan's issue"
                        + " in 2017 to 2020"))
            .provenance(Provenance.stated(Source.BOX_6, Source.CITY_TRAINING))
            .build(),
        eachUnitEveryYear(
            Indicator.builder("XM-DISTRICT-ROTATION-TRAINING")
                .name(
                    "各区委组织部集中轮训次数",
                    "Rotation trainings by each district Party organisation department for street"
                        + " deputy secretaries, organisation committee members and community Party"
                        + " secretaries")
                .scope(new Scope(AreaType.ALL, OrgUnitLevel.COUNTY, true))
                .computation(
                    new Computation.ShareMeetingTarget(
                        GovernmentForms.DISTRICT, GovernmentForms.ROTATION_TRAININGS)),
            Source.DISTRICT_TRAINING,
            "“每年…至少集中轮训1次” (at least once a year) binds each district in each year from the"
                + " plan's issue in 2017 to 2020"),
        eachUnitEveryYear(
            Indicator.builder("XM-STREET-ROTATION-TRAINING")
                .name(
                    "镇(街)对社区党组织及小区党支部(党小组)书记集中轮训次数",
                    "Rotation trainings by each town or street for secretaries of community Party"
                        + " organisations and residential-estate Party branches (groups)")
                .scope(new Scope(AreaType.ALL, OrgUnitLevel.STREET, true))
                .computation(
                    new Computation.ShareMeetingTarget(
                        GovernmentForms.STREET, GovernmentForms.ROTATION_TRAININGS)),
            Source.STREET_TRAINING,
            "the clause shares the “每年” (every year) of the districts' clause before it; it binds"
                + " each town or street in each year from the plan's issue in 2017 to 2020"),
        Indicator.builder("XM-SYSTEM-ROTATION-TRAINING")
            .name(
                "各系统对所属基层党组织书记集中轮训覆盖率",
                "Party systems (sectors) that held a rotation training for their grassroots"
                    + " Party secretaries")
            .unit(Unit.PERCENT)
            .scope(Scope.region())
            .computation(
                new Computation.RatioOfSums(
                    GovernmentForms.REGION,
                    GovernmentForms.PARTY_SYSTEMS_TRAINED,
                    GovernmentForms.PARTY_SYSTEMS,
                    BigDecimal.valueOf(100)))
            .heldEveryYear(
                FIRST_YEAR,
                LAST_YEAR,
                Comparator.AT_LEAST,
                ALL_UNITS,
                Provenance.derived(
                    Source.BOX_6,
                    Source.SYSTEM_TRAINING,
                    "“各系统每年至少…1次” read as every system (100%) in each year from the plan's"
                        + " issue in 2017 to 2020"))
            .provenance(Provenance.stated(Source.BOX_6, Source.SYSTEM_TRAINING))
            .build());
  }

  /**
   * A per-unit yearly duty: the target is the clause each unit must meet (≥ 1 training that year),
   * and the milestone of every year, 2020 included, is the share of units meeting it: all of them.
   */
  private static Indicator eachUnitEveryYear(Indicator.Builder b, String wording, String note) {
    Provenance derived = Provenance.derived(Source.BOX_6, wording, note);
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      b.milestone(
          year,
          Comparator.AT_LEAST,
          ALL_UNITS,
          Provenance.derived(
              Source.BOX_6, wording, note + "; the milestone is the share of units: all, 100%"));
    }
    return b.unit(Unit.TIMES)
        .target(LAST_YEAR, Comparator.AT_LEAST, Figure.number(1), derived)
        .provenance(Provenance.stated(Source.BOX_6, wording))
        .build();
  }
}
