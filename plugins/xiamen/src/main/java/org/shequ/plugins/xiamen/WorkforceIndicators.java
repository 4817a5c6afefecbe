package org.shequ.plugins.xiamen;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Baseline;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;

/**
 * Indicators of 四(三): the village and residents' committees after the 2018 elections, social
 * workers, community social organisations and volunteers.
 */
final class WorkforceIndicators {
  /**
   * The document compares the 2018 committees with the previous ones (上届). Fujian elected village
   * and residents' committees for three-year terms, so the previous round is that of 2015.
   */
  static final int PREVIOUS_ELECTION = 2015;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private WorkforceIndicators() {}

  static List<Indicator> all() {
    return List.of(
        committeeShare(
            "XM-COMMITTEE-NEW-MEMBERS",
            "村(居)“两委”新进班子成员比例",
            "Newly joined members of village and residents' committees",
            CommunityForm.NEW_COMMITTEE_MEMBERS,
            Source.NEW_MEMBERS_2018,
            "24.1",
            "24.2",
            "24.2% less the stated rise of 0.1 percentage points"),
        committeeShare(
            "XM-COMMITTEE-COLLEGE",
            "村(居)“两委”班子成员大专以上文化程度比例",
            "Committee members with junior-college education or above",
            CommunityForm.COLLEGE_COMMITTEE_MEMBERS,
            Source.COLLEGE_2018,
            "54.6",
            "59.6",
            "59.6% less the stated rise of 5 percentage points over the previous committees"),
        committeeShare(
            "XM-COMMITTEE-UNDER-35",
            "村(居)“两委”班子成员35岁以下占比",
            "Committee members under 35 years of age",
            CommunityForm.COMMITTEE_MEMBERS_UNDER_35,
            Source.UNDER_35_2018,
            "30.1",
            "32.3",
            "32.3% less the stated rise of 2.2 percentage points over the previous committees"),
        certifiedSocialWorkers(),
        socialWorkersPer10k(),
        socialWorkerInEachCommunity(),
        certifiedCommunityWorkers(),
        socialOrganisations(),
        registeredVolunteers(),
        volunteerShare());
  }

  private static Indicator committeeShare(
      String code,
      String zh,
      String en,
      String field,
      String wording,
      String baseline,
      String target,
      String baselineNote) {
    Baseline previous =
        new Baseline(
            Figure.number(baseline),
            PREVIOUS_ELECTION,
            Provenance.derived(
                Source.WORKERS,
                wording,
                baselineNote
                    + "; the year is that of the previous (上届) round of elections, three years"
                    + " before 2018"));
    // 提高…个百分点,达到…%: the rise stays a rule over the previous committees; the figure it
    // yields is the one the document prints.
    Figure.Relative rise =
        Figure.relativePoints(
            previous, new BigDecimal(target).subtract(new BigDecimal(baseline)).toPlainString());
    return Indicator.builder(code)
        .name(zh, en)
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .baseline(previous.value(), previous.year(), previous.provenance())
        .target(2018, Comparator.AT_LEAST, rise, Provenance.stated(Source.WORKERS, wording))
        .computation(
            new Computation.RatioOfSums(
                CommunityForm.CODE, field, CommunityForm.COMMITTEE_MEMBERS, HUNDRED))
        .provenance(Provenance.stated(Source.WORKERS, wording))
        .build();
  }

  /** The band of «7000人左右»: ±10 % of the stated figure. */
  static final Tolerance CERTIFIED_BAND = Tolerance.relative("0.10");

  private static Indicator certifiedSocialWorkers() {
    return Indicator.builder("XM-CERTIFIED-SOCIAL-WORKERS")
        .name("全市持证社工人数", "Certified social workers in the city")
        .unit(Unit.PERSONS)
        .scope(Scope.region())
        .target(
            2020,
            Comparator.APPROXIMATELY,
            Figure.about(7000, CERTIFIED_BAND),
            Provenance.derived(
                Source.WORKERS,
                Source.CERTIFIED_SOCIAL_WORKERS_2020,
                "“7000人左右” (about 7,000) held as 7,000 ± 10 %, i.e. 6,300–7,700: 左右 gives no"
                    + " band, and ±10 % is the usual reading of a round figure given as 'about'"))
        .computation(
            new Computation.Sum(GovernmentForms.REGION, GovernmentForms.CERTIFIED_SOCIAL_WORKERS))
        .provenance(Provenance.stated(Source.WORKERS, Source.CERTIFIED_SOCIAL_WORKERS_2020))
        .build();
  }

  private static Indicator socialWorkersPer10k() {
    return Indicator.builder("XM-SOCIAL-WORKERS-PER-10K")
        .name("每万人拥有专业社工人数", "Professional social workers per 10,000 residents")
        .unit(Unit.PER_10K_RESIDENTS)
        .scope(Scope.region())
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(2),
            Provenance.stated(Source.WORKERS, Source.SOCIAL_WORKERS_PER_10K_2020))
        .computation(
            new Computation.RatioOfSums(
                GovernmentForms.REGION,
                GovernmentForms.PROFESSIONAL_SOCIAL_WORKERS,
                GovernmentForms.RESIDENT_POPULATION,
                BigDecimal.valueOf(10_000)))
        .provenance(Provenance.stated(Source.WORKERS, Source.SOCIAL_WORKERS_PER_10K_2020))
        .build();
  }

  /** “每个城乡社区至少配备1名”: a per-community target; the actual is the share meeting it. */
  private static Indicator socialWorkerInEachCommunity() {
    return Indicator.builder("XM-COMMUNITY-SOCIAL-WORKER")
        .name("每个城乡社区配备的社区社会工作者人数", "Community social workers in each community")
        .unit(Unit.PERSONS)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(1),
            Provenance.derived(
                Source.WORKERS,
                Source.SOCIAL_WORKER_EACH_COMMUNITY,
                "the sentence gives no year; it follows the 到2020年 targets for social workers in"
                    + " the same passage, so 2020"))
        .computation(
            new Computation.ShareMeetingTarget(
                CommunityForm.CODE, CommunityForm.COMMUNITY_SOCIAL_WORKERS))
        .provenance(Provenance.stated(Source.WORKERS, Source.SOCIAL_WORKER_EACH_COMMUNITY))
        .build();
  }

  /** The document encourages the exam but sets no figure: tracked for the national comparison. */
  private static Indicator certifiedCommunityWorkers() {
    return Indicator.builder("XM-CERTIFIED-COMMUNITY-WORKERS")
        .name("社区工作者持证率", "Community workers holding the national social-work certificate")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(
            new Computation.RatioOfSums(
                CommunityForm.CODE,
                CommunityForm.CERTIFIED_COMMUNITY_WORKERS,
                CommunityForm.COMMUNITY_WORKERS,
                HUNDRED))
        .nationalIndicator(NationalCodes.CERTIFIED_COMMUNITY_WORKER_SHARE)
        .provenance(
            Provenance.derived(
                Source.WORKERS,
                Source.EXAM,
                "The document sets no certification rate; it is tracked because of «鼓励社区工作者参加全国社会工作者职业水平考试» and for the national comparison"))
        .build();
  }

  /** “发展社区社会组织” sets no figure: tracked for the national comparison. */
  private static Indicator socialOrganisations() {
    return Indicator.builder("XM-SOCIAL-ORGS-PER-COMMUNITY")
        .name("每个社区社会组织数", "Community social organisations per community")
        .unit(Unit.COUNT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(
            new Computation.AveragePerUnit(CommunityForm.CODE, CommunityForm.SOCIAL_ORGANISATIONS))
        .nationalIndicator(NationalCodes.SOCIAL_ORGS_PER_COMMUNITY)
        .provenance(
            Provenance.derived(
                Source.THREE_SOCIETIES,
                Source.SOCIAL_ORGS,
                "The document sets no number per community; it is tracked because of «发展社区社会组织» and for the national comparison"))
        .build();
  }

  private static Indicator registeredVolunteers() {
    return Indicator.builder("XM-REGISTERED-VOLUNTEERS")
        .name("全市注册志愿者人数", "Registered volunteers in the city")
        .unit(Unit.PERSONS)
        .scope(Scope.region())
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(548_200),
            new Provenance(
                Source.VOLUNTEERS,
                Source.VOLUNTEERS_2020,
                Derivation.STATED,
                "54.82万人 written out as 548,200"))
        .computation(
            new Computation.Sum(GovernmentForms.REGION, GovernmentForms.REGISTERED_VOLUNTEERS))
        .nationalIndicatorApproximately(
            NationalCodes.REGISTERED_COMMUNITY_VOLUNTEERS,
            "all registered volunteers of the city; the national figure counts registered"
                + " community volunteers only")
        .provenance(Provenance.stated(Source.VOLUNTEERS, Source.VOLUNTEERS_2020))
        .build();
  }

  private static Indicator volunteerShare() {
    return Indicator.builder("XM-VOLUNTEER-SHARE")
        .name("注册志愿者人数占本地区居民比例", "Registered volunteers as a share of residents")
        .unit(Unit.PERCENT)
        .scope(Scope.region())
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(13),
            Provenance.stated(Source.VOLUNTEERS, Source.VOLUNTEERS_2020))
        .computation(
            new Computation.RatioOfSums(
                GovernmentForms.REGION,
                GovernmentForms.REGISTERED_VOLUNTEERS,
                GovernmentForms.RESIDENT_POPULATION,
                HUNDRED))
        .nationalIndicator(NationalCodes.VOLUNTEER_REGISTRATION_RATE)
        .provenance(Provenance.stated(Source.VOLUNTEERS, Source.VOLUNTEERS_2020))
        .build();
  }
}
