package org.shequ.plugins.national;

import static org.shequ.plugins.national.TaskSpec.task;

import java.time.YearMonth;
import java.util.List;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;

/**
 * The national policy measures of the 13th five-year period that the review recounts, from the
 * planning outline to the rule of law, in the review's order. Only the dates the review prints
 * become milestones, to the month where it gives one («2017年6月»); «2019年底» is read as December.
 */
final class PolicyTasks {
  private PolicyTasks() {}

  static final String MCA = "民政部";

  static final String FYP = "NAT-T-FYP";

  static List<Task> all() {
    return List.of(
        task(
                FYP,
                "“十三五”规划纲要部署完善城乡社区治理体制",
                "13th five-year plan outline: improving the urban and rural community governance"
                    + " system",
                Provenance.stated(Sections.PLANNING, Wording.FYP_OUTLINE))
            .description(
                "国民经济和社会发展第十三个五年规划纲要专门部署推进完善城乡社区治理体制",
                "The national 13th five-year plan outline (2016–2020) sets out the improvement of"
                    + " urban and rural community governance")
            .build(),
        outlineItem(
            "NAT-T-FYP-POWERS",
            "依法厘清基层政府和社区组织权责边界",
            "Clarify by law the powers and duties of grassroots governments and community"
                + " organisations",
            Wording.FYP_POWERS),
        outlineItem(
            "NAT-T-FYP-THREE-SOCIETIES",
            "建立社区、社会组织、社会工作者联动机制",
            "Link communities, social organisations and social workers (“three-society linkage”)",
            Wording.FYP_THREE_SOCIETIES),
        outlineItem(
            "NAT-T-FYP-ONE-STOP",
            "健全城乡社区综合服务管理平台,实现一站式服务",
            "Build integrated community service and management platforms offering one-stop"
                + " service",
            Wording.FYP_ONE_STOP),
        outlineItem(
            "NAT-T-FYP-URBAN-FACILITIES",
            "实现城市社区综合服务设施全覆盖",
            "Give every urban community a comprehensive service facility",
            Wording.FYP_URBAN_FACILITIES),
        outlineItem(
            "NAT-T-FYP-RURAL-FACILITIES",
            "推进农村社区综合服务设施建设",
            "Build comprehensive service facilities in rural communities",
            Wording.FYP_RURAL_FACILITIES),
        outlineItem(
            "NAT-T-FYP-WORKERS",
            "提升社区工作者队伍职业素质",
            "Raise the professional quality of community workers",
            Wording.FYP_WORKERS),
        task(
                "NAT-T-GOVERNANCE-OPINIONS",
                "《关于加强和完善城乡社区治理的意见》",
                "Opinions on strengthening and improving urban and rural community governance",
                Provenance.stated(Sections.PLANNING, Wording.OPINIONS_2017))
            .description(
                "从健全体系、提升能力、补齐短板、强化保障等方面对各地社区治理工作提出明确要求",
                "Sets clear requirements for community governance: a sound system, stronger"
                    + " capacity, closing gaps and firmer support")
            .lead("中共中央", "国务院")
            .milestone(
                YearMonth.of(2017, 6),
                "2017年6月出台《关于加强和完善城乡社区治理的意见》",
                "June 2017: the Opinions are issued",
                Provenance.stated(Sections.PLANNING, Wording.OPINIONS_2017))
            .build(),
        task(
                "NAT-T-CONGRESS-19",
                "党的十九大:加强社区治理体系建设",
                "19th Party Congress: strengthen the community governance system",
                Provenance.stated(Sections.PLANNING, Wording.CONGRESS_19))
            .description(
                "推动社会治理重心向基层下移,发挥社会组织作用,实现政府治理和社会调节、居民自治良性互动",
                "Move the focus of social governance down to the grassroots, let social"
                    + " organisations play their part, and let government, society and"
                    + " residents' self-governance interact well")
            .build(),
        task(
                "NAT-T-SERVICE-PLAN",
                "《城乡社区服务体系建设规划(2016—2020年)》",
                "Plan for building the urban and rural community service system (2016–2020)",
                Provenance.stated(Sections.PLANNING, Wording.SERVICE_PLAN_2016))
            .description(
                "首次从统筹城乡角度对社区服务发展进行整体规划,推进城乡社区服务均等化、智能化、多元化",
                "The first plan of community services for town and country together: equal,"
                    + " smart and diverse community services")
            .lead(MCA)
            .responsible("中央组织部")
            .milestone(
                YearMonth.of(2016, 10),
                "2016年10月联合印发规划",
                "October 2016: the plan is issued jointly",
                Provenance.stated(Sections.PLANNING, Wording.SERVICE_PLAN_2016))
            .milestone(
                2020,
                "力争实现城市社区综合服务设施全覆盖,农村社区综合服务设施覆盖率达到50%",
                "Strive for service facilities in every urban community and in 50% of rural"
                    + " communities",
                Provenance.stated(Sections.PLANNING, Wording.SERVICE_PLAN_TARGETS))
            .build(),
        task(
                "NAT-T-PARTY-LEADERSHIP",
                "坚持党建引领社区治理",
                "Party building leads community governance",
                Provenance.stated(Sections.PARTY, Wording.PARTY_LEADERSHIP))
            .description(
                "把党的建设贯穿社区治理全过程、各方面,强化基层党组织战斗堡垒的政治引领作用",
                "Carry Party building through every stage and aspect of community governance and"
                    + " strengthen the political leadership of grassroots Party organisations")
            .milestone(
                YearMonth.of(2020, 7),
                "2020年7月习近平总书记在长春调研时指出:提高社区治理效能,关键是加强党的领导",
                "July 2020: in Changchun, General Secretary Xi Jinping says the key to more"
                    + " effective community governance is stronger Party leadership",
                Provenance.stated(Sections.PARTY, Wording.CHANGCHUN_2020))
            .build(),
        task(
                "NAT-T-TOWNSHIP-CAPACITY",
                "《关于加强乡镇政府服务能力建设的意见》",
                "Opinions on strengthening the service capacity of township governments",
                Provenance.stated(Sections.GOVERNMENT, Wording.TOWNSHIP_OPINIONS))
            .description(
                "为巩固基层政权、加强基层基础,加强乡镇政府服务能力建设",
                "Strengthen township governments' service capacity to consolidate grassroots"
                    + " government")
            .lead("中办", "国办")
            .build(),
        task(
                "NAT-T-STREET-EXPERIMENT",
                "街道服务管理创新实验",
                "Experiments in street-level service and management",
                Provenance.stated(Sections.GOVERNMENT, Wording.STREET_EXPERIMENT))
            .description(
                "民政部组织开展街道服务管理创新实验",
                "The Ministry of Civil Affairs runs experiments in street-level service and"
                    + " management")
            .lead(MCA)
            .build(),
        task(
                "NAT-T-DELEGATION",
                "为乡镇(街道)赋权增能减负",
                "Empower and unburden townships and streets",
                Provenance.stated(Sections.GOVERNMENT, Wording.DELEGATION))
            .description(
                "深化“放管服”改革,推动资源、服务、管理向乡镇(街道)下沉",
                "Deepen the streamline-delegate-serve reform and move resources, services and"
                    + " management down to townships and streets")
            .build(),
        task(
                "NAT-T-CERTIFICATES",
                "《关于改进和规范基层群众性自治组织出具证明工作的指导意见》",
                "Guiding opinions on improving and regulating certificates issued by grassroots"
                    + " self-governing organisations",
                Provenance.stated(Sections.GOVERNMENT, Wording.CERTIFICATES))
            .description(
                "深化“社区减负”,建立基层群众性自治组织出具证明工作的规范化制度体系和长效机制,推进“社区万能章”治理",
                "Lighten communities' burden: regular rules and lasting mechanisms for the"
                    + " certificates self-governing organisations issue, ending the"
                    + " “all-purpose community stamp”")
            .lead(MCA)
            .build(),
        task(
                "NAT-T-WORKERS",
                "加强社区服务队伍建设",
                "Build up the community service workforce",
                Provenance.stated(Sections.GOVERNMENT, Wording.WORKERS))
            .description(
                "研究制定社区工作者管理办法,建立健全职业资格与薪酬待遇挂钩机制、社区工作者培训制度",
                "Draw up rules for managing community workers, link professional qualifications"
                    + " to pay, and set up training for community workers")
            .build(),
        task(
                "NAT-T-VOLUNTEER-REGISTRATION",
                "推行社区志愿者注册登记制度",
                "Registration of community volunteers",
                Provenance.stated(Sections.GOVERNMENT, Wording.VOLUNTEERS))
            .description(
                "普遍推行社区志愿者注册登记制度", "Introduce the registration of community volunteers everywhere")
            .build(),
        task(
                "NAT-T-PLENUM-4",
                "党的十九届四中全会:建设社会治理共同体",
                "Fourth plenum of the 19th Central Committee: a community of social governance",
                Provenance.stated(Sections.CONSULTATION, Wording.PLENUM_2019))
            .description(
                "建设人人有责、人人尽责、人人享有的社会治理共同体",
                "Build a community of social governance in which everyone is responsible, does"
                    + " their part and shares the benefits")
            .milestone(
                YearMonth.of(2019, 10),
                "2019年10月党的十九届四中全会明确提出建设社会治理共同体",
                "October 2019: the fourth plenum calls for a community of social governance",
                Provenance.stated(Sections.CONSULTATION, Wording.PLENUM_2019))
            .build(),
        task(
                "NAT-T-CONSULTATION",
                "把城乡社区协商纳入重要议事日程",
                "Put urban and rural community consultation on the agenda",
                Provenance.stated(Sections.CONSULTATION, Wording.CONSULTATION_AGENDA))
            .description(
                "各级党委政府把城乡社区协商纳入重要议事日程,结合实际制定具体办法",
                "Party committees and governments at every level put community consultation on"
                    + " their agenda and make concrete rules for it")
            .build(),
        task(
                "NAT-T-ORGANIC-LAW",
                "落实《中华人民共和国村民委员会组织法》",
                "Implement the Organic Law of Villagers' Committees",
                Provenance.stated(Sections.LAW, Wording.ORGANIC_LAW))
            .description(
                "各省(自治区、直辖市)制定或者修订村民委员会组织法实施办法和村民委员会选举办法",
                "Provinces make or revise measures implementing the Organic Law and villagers'"
                    + " committee election measures")
            .milestone(
                YearMonth.of(2019, 12),
                "截至2019年底,30个省(自治区、直辖市)制定或者修订实施办法,29个省份制定或者修订选举办法",
                "By the end of 2019: implementing measures in 30 provinces, election measures in 29",
                Provenance.derived(
                    Sections.LAW,
                    Wording.PROVINCIAL_MEASURES,
                    "“2019年底” (end of 2019) read as December 2019"))
            .build(),
        task(
                "NAT-T-CIVIL-CODE",
                "《中华人民共和国民法总则》明确村(居)民委员会特别法人资格",
                "General Provisions of the Civil Law: villagers' and residents' committees as"
                    + " special legal persons",
                Provenance.stated(Sections.LAW, Wording.CIVIL_CODE))
            .description(
                "第十二届全国人民代表大会第五次会议审议通过《中华人民共和国民法总则》",
                "Adopted by the fifth session of the 12th National People's Congress")
            .build(),
        task(
                "NAT-T-TERM-OF-OFFICE",
                "村委会任期由3年修改为5年及配套法规修改",
                "Villagers' committee term extended from three to five years, with provincial"
                    + " regulations amended",
                Provenance.stated(Sections.LAW, Wording.TERM_OF_OFFICE))
            .description(
                "第十三届全国人大常委会第七次会议将村委会任期由3年修改为5年,各省(区、市)完成相应的配套法规修改工作",
                "The seventh session of the 13th NPC Standing Committee extends the term; provinces"
                    + " amend their regulations to match")
            .build(),
        task(
                "NAT-T-RULE-OF-LAW-OUTLINE",
                "《法治社会建设实施纲要(2020—2025年)》",
                "Outline for building a law-based society (2020–2025)",
                Provenance.stated(Sections.LAW, Wording.RULE_OF_LAW_OUTLINE))
            .description(
                "对未来五年法治社会建设作了全面部署",
                "Lays out the building of a law-based society for the next five years")
            .lead("中共中央")
            .build(),
        task(
                "NAT-T-OPEN-AFFAIRS",
                "村(居)务公开、述职问责与整治“村霸”",
                "Open village and community affairs, accountability, and action against village"
                    + " bullies",
                Provenance.stated(Sections.LAW, Wording.OPEN_AFFAIRS))
            .description(
                "普遍实行村(居)务公开,健全述职、问责等机制,整治“村霸”和宗族恶势力",
                "Open village and community affairs everywhere, strengthen reporting and"
                    + " accountability, and act against village bullies and clan gangs")
            .build());
  }

  /** A work item of the 13th five-year plan outline. */
  private static Task outlineItem(String code, String zh, String en, String wording) {
    return task(code, zh, en, Provenance.stated(Sections.PLANNING, wording))
        .parent(FYP)
        .description(wording, en)
        .build();
  }
}
