package org.shequ.plugins.national;

import java.util.List;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * The aims the review states for community governance, each as the national document it quotes sets
 * it: the 2016 service-system plan, the 19th Party Congress and its fourth plenum. The review gives
 * none of them a year of its own, so none has one here; the plan's measurable 2020 targets are
 * indicators instead.
 */
final class NationalGoals {
  private NationalGoals() {}

  static List<Goal> all() {
    return List.of(
        goal(
            "GOAL-1",
            "推进城乡社区服务均等化、智能化、多元化,提升城乡社区服务体系建设水平,让社区居民对社区服务水平的提升有切身感受",
            "Equal, smart and diverse community services in town and country, a better community"
                + " service system, and residents who feel the better service themselves",
            Sections.PLANNING,
            Wording.SERVICE_PLAN_AIMS,
            "an aim of the 2016 national plan 《城乡社区服务体系建设规划(2016—2020年)》 as the review"
                + " quotes it"),
        goal(
            "GOAL-2",
            "坚持和完善共建共治共享的社会治理制度,健全社区管理和服务机制,构建基层社会治理新格局",
            "Uphold and improve social governance built, run and shared by all, sound community"
                + " management and service mechanisms, and a new pattern of grassroots social"
                + " governance",
            Sections.PLANNING,
            Wording.PLENUM_4_SYSTEM,
            "an aim of the fourth plenum of the 19th Central Committee as the review quotes it"),
        goal(
            "GOAL-3",
            "建设人人有责、人人尽责、人人享有的社会治理共同体",
            "A community of social governance in which everyone is responsible, does their part"
                + " and shares the benefits",
            Sections.CONSULTATION,
            Wording.PLENUM_2019,
            "an aim of the fourth plenum of the 19th Central Committee (October 2019) as the review"
                + " quotes it"),
        goal(
            "GOAL-4",
            "提高社会治理法治化水平",
            "Social governance more firmly based on law",
            Sections.LAW,
            Wording.CONGRESS_19_LAW,
            "an aim of the report to the 19th Party Congress as the review quotes it"),
        goal(
            "GOAL-5",
            "提高社会治理智能化水平",
            "Smarter social governance",
            Sections.DIGITAL,
            Wording.CONGRESS_19_SMART,
            "an aim of the 19th Party Congress as the review quotes it"));
  }

  private static Goal goal(
      String code, String zh, String en, String section, String wording, String note) {
    return new Goal(
        code,
        LocalizedText.of(zh, en),
        null,
        new Provenance(section, wording, Derivation.STATED, note));
  }
}
