package ${package};

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/**
 * The plan's indicators, one of each common kind of clause: a coverage share, a per-unit target, a
 * total and a stage. Replace each placeholder with the document's own section and sentence, and
 * delete the kinds the document does not have.
 *
 * <p>Provenance: {@code Provenance.stated(section, sentence)} only when the document prints the
 * figure or measure; anything read from the text is {@code Provenance.derived(section, sentence,
 * note)}, the note saying how, quoting the clause in «…». Never invent a target.
 */
final class ${classPrefix}Indicators {
  private ${classPrefix}Indicators() {}

  static final String FACILITY_COVERAGE = "${pluginId.toUpperCase()}-FACILITY-COVERAGE";
  static final String SOCIAL_WORKERS_PER_COMMUNITY = "${pluginId.toUpperCase()}-SOCIAL-WORKERS";
  static final String VOLUNTEERS_TOTAL = "${pluginId.toUpperCase()}-VOLUNTEERS";
  static final String CONSULTATION = "${pluginId.toUpperCase()}-CONSULTATION";

  static List<Indicator> all() {
    return List.of(facilityCoverage(), socialWorkersPerCommunity(), volunteersTotal(), consultation());
  }

  /**
   * A coverage share: the share of communities whose report ticks a box. For a clause like
   * «努力实现社区综合服务设施全覆盖» («全覆盖» read as 100%, hence DERIVED).
   */
  private static Indicator facilityCoverage() {
    return Indicator.builder(FACILITY_COVERAGE)
        .name("社区综合服务设施覆盖率", "Community comprehensive service facility coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            ${lastYear},
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                "TODO section, e.g. 三(一)2 改善服务设施",
                "TODO: the sentence verbatim, e.g. 努力实现社区综合服务设施全覆盖",
                "TODO: how the figure is read, e.g. «全覆盖» read as 100% of communities"))
        .computation(
            new Computation.ShareOfUnits(
                ${classPrefix}Forms.COMMUNITY,
                FieldCondition.isTrue(${classPrefix}Forms.HAS_SERVICE_FACILITY)))
        .provenance(
            Provenance.stated(
                "TODO section, e.g. 三(一)2 改善服务设施",
                "TODO: the sentence verbatim, e.g. 努力实现社区综合服务设施全覆盖"))
        .build();
  }

  /**
   * A per-unit target: every community must meet the clause on its own, e.g. «每个农村社区至少配备1名社会工作专业
   * 人才». The unit is the clause's (persons); the actual is the share of communities meeting it.
   * A target that depends on the community (urban/rural, population) is several TargetClauses
   * with OrgUnitCondition; see docs/plugin-guide.md.
   */
  private static Indicator socialWorkersPerCommunity() {
    return Indicator.builder(SOCIAL_WORKERS_PER_COMMUNITY)
        .name("每个社区配备社会工作专业人才", "Professional social workers in each community")
        .unit(Unit.PERSONS)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(
            ${lastYear},
            Comparator.AT_LEAST,
            Figure.number(1),
            Provenance.stated(
                "TODO section, e.g. 二(三) 总体目标",
                "TODO: the sentence verbatim, e.g. 每个农村社区至少配备1名社会工作专业人才"))
        .computation(
            new Computation.ShareMeetingTarget(
                ${classPrefix}Forms.COMMUNITY, ${classPrefix}Forms.SOCIAL_WORKERS))
        .provenance(
            Provenance.stated(
                "TODO section, e.g. 二(三) 总体目标",
                "TODO: the sentence verbatim, e.g. 每个农村社区至少配备1名社会工作专业人才"))
        .build();
  }

  /** A total over the region: the sum of one field of every report, e.g. «注册志愿者人数达到5000人». */
  private static Indicator volunteersTotal() {
    return Indicator.builder(VOLUNTEERS_TOTAL)
        .name("注册志愿者总数", "Registered volunteers in total")
        .unit(Unit.PERSONS)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            ${lastYear},
            Comparator.AT_LEAST,
            Figure.number(5000),
            Provenance.stated(
                "TODO section, e.g. 二(二) 主要指标",
                "TODO: the sentence verbatim, e.g. 注册志愿者人数达到5000人"))
        .computation(
            new Computation.Sum(${classPrefix}Forms.COMMUNITY, ${classPrefix}Forms.VOLUNTEERS))
        .provenance(
            Provenance.stated(
                "TODO section, e.g. 二(二) 主要指标",
                "TODO: the sentence verbatim, e.g. 注册志愿者人数达到5000人"))
        .build();
  }

  /**
   * A stage: the document schedules steps rather than figures, e.g. «${firstYear}年建立协商议事规则,开展试点,到${lastYear}年全面推行».
   * The actual is the stage every reporting community has reached (the earliest of theirs).
   */
  static Indicator consultation() {
    Provenance wording =
        Provenance.stated(
            "TODO section, e.g. 三(二)1 健全社区协商机制",
            "TODO: the sentence verbatim, e.g. 建立协商议事规则,开展试点,到${lastYear}年全面推行");
    return Indicator.builder(CONSULTATION)
        // The stages, in order, declared once: the form's stage field takes its options from here.
        .stage("rules", "建立协商议事规则", "Consultation rules adopted", wording)
        .stage("pilot", "开展试点", "Piloted", wording)
        .stage("all", "全面推行", "In place everywhere", wording)
        .name("社区协商推进阶段", "Stage of community consultation")
        .unit(Unit.STAGE)
        .scope(Scope.communities(AreaType.ALL))
        .target(${lastYear}, Comparator.AT_LEAST, Figure.stage("all"), wording)
        .computation(
            new Computation.LatestStage(
                ${classPrefix}Forms.COMMUNITY, ${classPrefix}Forms.CONSULTATION_STAGE))
        .provenance(wording)
        .build();
  }
}
