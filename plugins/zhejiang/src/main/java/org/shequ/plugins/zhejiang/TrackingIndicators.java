package org.shequ.plugins.zhejiang;

import static org.shequ.plugins.zhejiang.Fields.COMMUNITY_FORM;
import static org.shequ.plugins.zhejiang.Fields.STREET_FORM;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/**
 * Work the document calls for without a figure to reach. None of these measures is printed in the
 * document, so each is {@code DERIVED}, its note quoting the clause that motivates it.
 *
 * <p>Work the document calls for without a figure to reach (service centres, volunteers,
 * consultation, village rules, direct elections, certified workers). They carry no target, only the
 * 2015 baselines the document gives, and most map to the national catalogue so Zhejiang can be
 * compared with other regions.
 */
final class TrackingIndicators {
  private TrackingIndicators() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static List<Indicator> all() {
    return List.of(
        urbanServiceCentres(),
        streetServiceCentres(),
        streetServiceCentreCoverage(),
        volunteers(),
        volunteerRate(),
        consultation(),
        villageRules(),
        directElection(),
        certifiedShare(),
        socialWorkersPerCommunity());
  }

  private static Indicator urbanServiceCentres() {
    return Indicator.builder("ZJ-URBAN-SERVICE-CENTRE")
        .name("城市社区服务中心覆盖率", "Urban community service centre coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.URBAN))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.HAS_SERVICE_CENTRE)))
        .nationalIndicator(NationalCodes.URBAN_SERVICE_FACILITY_COVERAGE)
        .provenance(
            Sources.derived(
                Sections.FUNDING,
                Quotes.SERVICE_CENTRE_BUILDING,
                "The document sets no figure and names no such indicator; urban coverage is tracked because of «扎实推进社区办公场地、社区服务中心» and for the national comparison"))
        .build();
  }

  // The document counts centres, not streets; each street or township runs at most one centre.
  private static Indicator streetServiceCentres() {
    return Indicator.builder("ZJ-STREET-SERVICE-CENTRES")
        .name("街道、乡镇社区服务中心数", "Street and township community service centres")
        .unit(Unit.COUNT)
        .scope(Scope.streets())
        .baseline(
            Figure.number(1393),
            2015,
            Sources.derived(
                Sections.ACHIEVEMENTS_1,
                Quotes.CENTRES_2015,
                "478 street centres + 915 township centres = 1,393, counted as one per street or"
                    + " township"))
        .computation(
            new Computation.CountOfUnits(
                STREET_FORM, FieldCondition.isTrue(Fields.STREET_HAS_SERVICE_CENTRE)))
        .provenance(Sources.stated(Sections.ACHIEVEMENTS_1, Quotes.CENTRES_2015))
        .build();
  }

  private static Indicator streetServiceCentreCoverage() {
    return Indicator.builder("ZJ-STREET-SERVICE-CENTRE-COVERAGE")
        .name("街道、乡镇社区服务中心覆盖率", "Street and township community service centre coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.streets())
        .computation(
            new Computation.ShareOfUnits(
                STREET_FORM, FieldCondition.isTrue(Fields.STREET_HAS_SERVICE_CENTRE)))
        .nationalIndicator(NationalCodes.STREET_SERVICE_CENTRE_COVERAGE)
        .provenance(
            Sources.derived(
                Sections.ACHIEVEMENTS_1,
                Quotes.CENTRES_2015,
                "The document counts centres («全省共建成478个街道社区服务中心、915个乡镇社区服务中心») and states"
                    + " no coverage of streets and townships; the share is tracked for the"
                    + " national comparison"))
        .build();
  }

  private static Indicator volunteers() {
    return Indicator.builder("ZJ-VOLUNTEERS")
        .name("注册社区志愿者人数", "Registered community volunteers")
        .unit(Unit.PERSONS)
        .scope(Scope.communities(AreaType.ALL))
        .computation(new Computation.Sum(COMMUNITY_FORM, Fields.REGISTERED_VOLUNTEERS))
        .nationalIndicator(NationalCodes.REGISTERED_COMMUNITY_VOLUNTEERS)
        .provenance(
            Sources.derived(
                Sections.TALENT,
                Quotes.VOLUNTEERS,
                "The document sets no number of volunteers; the count is tracked because of"
                    + " «稳定一批以社区居民为主的、社区内生型的志愿者服务队伍» and for the national comparison"))
        .build();
  }

  private static Indicator volunteerRate() {
    return Indicator.builder("ZJ-VOLUNTEER-RATE")
        .name("注册社区志愿者占居民比例", "Registered community volunteers as a share of residents")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(
            new Computation.RatioToPopulation(
                COMMUNITY_FORM, Fields.REGISTERED_VOLUNTEERS, HUNDRED))
        .nationalIndicatorApproximately(
            NationalCodes.VOLUNTEER_REGISTRATION_RATE,
            "registered community volunteers over the registered residents of the reporting"
                + " communities; the national rate counts all registered volunteers over the"
                + " resident population")
        .provenance(
            Sources.derived(
                Sections.TALENT,
                Quotes.VOLUNTEERS,
                "The document states no registration rate; the share of residents is tracked"
                    + " because of «社区内生型的志愿者服务队伍» and for the national comparison"))
        .build();
  }

  private static Indicator consultation() {
    return Indicator.builder("ZJ-CONSULTATION")
        .name("建立居民协商议事会议制度的城市社区比例", "Urban communities with a residents' consultation council")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.URBAN))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.HAS_CONSULTATION_COUNCIL)))
        .nationalIndicatorApproximately(
            NationalCodes.COMMUNITY_CONSULTATION_COVERAGE,
            "urban communities with a residents' consultation meeting system (居民协商议事会议制度);"
                + " the national figure counts communities with a consultation committee or a"
                + " like standing body")
        .provenance(
            Sources.derived(
                Sections.CONSULTATION_2,
                Quotes.CONSULTATION_BODIES,
                "The document states no share; communities with a council are tracked because of «完善社区居民会议和居民协商议事会议制度»"))
        .build();
  }

  private static Indicator villageRules() {
    return Indicator.builder("ZJ-VILLAGE-RULES")
        .name("制订村规民约(自治章程)的农村社区比例", "Villages with village rules or a self-governance charter")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.HAS_RULES_OR_CHARTER)))
        .nationalIndicator(NationalCodes.VILLAGE_RULES_COVERAGE)
        .provenance(
            Sources.derived(
                Sections.SELF_GOVERNANCE_4,
                Quotes.VILLAGE_RULES,
                "The document states no share; villages with rules or a charter are tracked because of «指导深化村规民约、社区公约标准化建设»"))
        .build();
  }

  // “不断扩大...覆盖面” (keep widening) sets a direction, not a figure.
  private static Indicator directElection() {
    return Indicator.builder("ZJ-DIRECT-ELECTION")
        .name("社区居委会直接选举覆盖面", "Urban residents' committees directly elected")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.URBAN))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.COMMITTEE_DIRECTLY_ELECTED)))
        .provenance(
            Sources.derived(
                Sections.SELF_GOVERNANCE_1,
                Quotes.DIRECT_ELECTION,
                "A direction, not a figure: «不断扩大社区居委会直接选举的覆盖面»; the share of directly elected committees is how it is tracked"))
        .build();
  }

  private static Indicator certifiedShare() {
    return Indicator.builder("ZJ-CERTIFIED-SHARE")
        .name("社区工作者持证率", "Share of community workers holding a social-work qualification")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .baseline(
            Figure.number("8.19"),
            2015,
            Sources.derived(
                Sections.ACHIEVEMENTS_1,
                Quotes.WORKERS_2015,
                "10,550 certified community workers ÷ 128,833 community workers = 8.19%; both"
                    + " counts are of urban and rural communities together (全省城乡社区工作者),"
                    + " the scope this rate is measured over"))
        .computation(
            new Computation.RatioOfSums(
                COMMUNITY_FORM, Fields.CERTIFIED_SOCIAL_WORKERS, Fields.COMMUNITY_WORKERS, HUNDRED))
        .nationalIndicator(NationalCodes.CERTIFIED_COMMUNITY_WORKER_SHARE)
        .provenance(
            Sources.derived(
                Sections.ACHIEVEMENTS_1,
                Quotes.WORKERS_2015,
                "The document gives counts, not a rate («取得社会工作职业资格人数16133人,其中,社区工作者10550人»);"
                    + " the certified share is tracked for the national comparison"))
        .build();
  }

  private static Indicator socialWorkersPerCommunity() {
    return Indicator.builder("ZJ-SW-PER-COMMUNITY")
        .name("平均每个社区持证社会工作者数", "Certified social workers per community (average)")
        .unit(Unit.PERSONS)
        .scope(Scope.communities(AreaType.ALL))
        .computation(
            new Computation.AveragePerUnit(COMMUNITY_FORM, Fields.CERTIFIED_SOCIAL_WORKERS))
        .nationalIndicatorApproximately(
            NationalCodes.SOCIAL_WORKERS_PER_COMMUNITY,
            "certified community workers on the communities' own staff only; the national"
                + " figure counts all certified social-work professionals per community")
        .provenance(
            Sources.derived(
                Sections.THREE_SOCIETIES_3,
                Quotes.SOCIAL_WORKERS_2020,
                "The document sets no average per community; it is tracked because of «每个农村社区配备1名社区社会工作者» and for the national comparison"))
        .build();
  }
}
