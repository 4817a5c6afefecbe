package org.shequ.plugins.national;

import java.time.LocalDate;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.NationalIndicator.Benchmark;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Unit;

/**
 * The national indicator catalogue: common codes that regional indicators map to. Benchmarks are
 * the national figures as of September 2020 (or end of 2019) from the Ministry of Civil Affairs'
 * review of the 13th five-year period; targets are those of the 2016 national plan 《城乡社区服务体系建设规划
 * (2016—2020年)》 as that review quotes them. Its codes are plan-api's {@link NationalCodes}, which
 * regional plugins name; {@code NationalCodesTest} keeps the two equal.
 */
final class NationalCatalogue {
  private NationalCatalogue() {}

  static final String DOC_SECTION_PLANNING = Sections.PLANNING;
  static final String DOC_SECTION_GOVERNMENT = Sections.GOVERNMENT;
  static final String DOC_SECTION_CONSULTATION = Sections.CONSULTATION;
  static final String DOC_SECTION_LAW = Sections.LAW;

  private static final LocalDate SEPTEMBER_2020 = LocalDate.of(2020, 9, 30);

  static final String PLAN_2016_WORDING = Wording.SERVICE_PLAN_TARGETS;
  static final String COVERAGE_2020_WORDING = Wording.COVERAGE_2020;

  static List<NationalIndicator> indicators() {
    return List.of(
        new NationalIndicator(
            NationalCodes.URBAN_SERVICE_FACILITY_COVERAGE,
            text("城市社区综合服务设施覆盖率", "Urban community service facility coverage"),
            Unit.PERCENT,
            AreaType.URBAN,
            text(
                "建有社区综合服务设施的城市社区(居民委员会)数占城市社区总数的百分比",
                "Urban communities (residents' committees) that have a comprehensive community"
                    + " service facility, as a percentage of all urban communities"),
            List.of(
                benchmark(
                    Figure.number("96.4"),
                    SEPTEMBER_2020,
                    Provenance.stated(DOC_SECTION_GOVERNMENT, COVERAGE_2020_WORDING))),
            Target.of(
                2020,
                Comparator.AT_LEAST,
                Figure.number(100),
                Provenance.derived(
                    DOC_SECTION_PLANNING,
                    PLAN_2016_WORDING,
                    "“全覆盖” read as 100%; target of the 2016 national plan as quoted by the"
                        + " review"))),
        new NationalIndicator(
            NationalCodes.RURAL_SERVICE_FACILITY_COVERAGE,
            text("农村社区综合服务设施覆盖率", "Rural community service facility coverage"),
            Unit.PERCENT,
            AreaType.RURAL,
            text(
                "建有社区综合服务设施的村(农村社区)数占村总数的百分比",
                "Villages (rural communities) that have a comprehensive community service facility,"
                    + " as a percentage of all villages"),
            List.of(
                benchmark(
                    Figure.number("83.7"),
                    SEPTEMBER_2020,
                    Provenance.stated(DOC_SECTION_GOVERNMENT, COVERAGE_2020_WORDING))),
            Target.of(
                2020,
                Comparator.AT_LEAST,
                Figure.number(50),
                Provenance.stated(DOC_SECTION_PLANNING, PLAN_2016_WORDING))),
        new NationalIndicator(
            NationalCodes.REGISTERED_COMMUNITY_VOLUNTEERS,
            text("注册社区志愿者人数", "Registered community volunteers"),
            Unit.PERSONS,
            AreaType.ALL,
            text(
                "按社区志愿者注册登记制度注册的社区志愿者人数;未注册为社区志愿者的其他注册志愿者不计",
                "People registered as community volunteers under the community volunteer"
                    + " registration system; volunteers registered otherwise than as community"
                    + " volunteers are not counted"),
            List.of(
                benchmark(
                    Figure.number(37_410_000),
                    SEPTEMBER_2020,
                    Provenance.derived(
                        DOC_SECTION_GOVERNMENT,
                        Wording.VOLUNTEERS,
                        "3741万 written out as 37,410,000; the date is that of the section's other"
                            + " figures (截至2020年9月)"))),
            null),
        new NationalIndicator(
            NationalCodes.VOLUNTEER_REGISTRATION_RATE,
            text("注册志愿者占常住人口比例", "Registered volunteers as a share of the resident population"),
            Unit.PERCENT,
            AreaType.ALL,
            text(
                "全部注册志愿者(不限于社区志愿者)人数占常住人口的百分比",
                "All registered volunteers (not only community volunteers) as a percentage of the"
                    + " resident population"),
            List.of(),
            null),
        new NationalIndicator(
            NationalCodes.SOCIAL_ORGS_PER_COMMUNITY,
            text("每个社区社会组织数", "Social organisations per community"),
            Unit.COUNT,
            AreaType.ALL,
            text(
                "社区社会组织数(含已登记的和由街道、乡镇管理的未登记的)除以城乡社区(含村)总数",
                "Community-based social organisations, registered or not (unregistered ones managed"
                    + " by streets and towns included), divided by the number of urban and rural"
                    + " communities (villages included)"),
            List.of(),
            null),
        new NationalIndicator(
            NationalCodes.SOCIAL_WORKERS_PER_COMMUNITY,
            text("每个社区持证社会工作者数", "Certified social workers per community"),
            Unit.PERSONS,
            AreaType.ALL,
            text(
                "在城乡社区工作、取得社会工作者职业资格(水平)证书的人数除以城乡社区(含村)总数;未持证的社会工作从业人员不计",
                "People working in urban and rural communities who hold a social-work"
                    + " qualification certificate, divided by the number of communities (villages"
                    + " included); uncertified social-work staff are not counted"),
            List.of(),
            null),
        new NationalIndicator(
            NationalCodes.CERTIFIED_COMMUNITY_WORKER_SHARE,
            text("社区工作者持证率", "Share of community workers holding a social-work certificate"),
            Unit.PERCENT,
            AreaType.ALL,
            text(
                "取得社会工作者职业资格(水平)证书的社区工作者占全部社区工作者(不限年龄)的百分比",
                "Community workers of any age holding a social-work qualification certificate, as"
                    + " a percentage of all community workers"),
            List.of(),
            null),
        new NationalIndicator(
            NationalCodes.INFORMATION_PLATFORM_COVERAGE,
            text("社区公共服务综合信息平台覆盖率", "Community public-service information platform coverage"),
            Unit.PERCENT,
            AreaType.ALL,
            text(
                "接入社区公共服务综合信息平台的城乡社区数占城乡社区(含村)总数的百分比",
                "Urban and rural communities connected to an integrated community public-service"
                    + " information platform, as a percentage of all communities (villages"
                    + " included)"),
            List.of(),
            null),
        new NationalIndicator(
            NationalCodes.COMMUNITY_CONSULTATION_COVERAGE,
            text("社区协商议事机构覆盖率", "Community consultation body coverage"),
            Unit.PERCENT,
            AreaType.URBAN,
            text(
                "建立协商议事委员会的城市社区(居民委员会)数占城市社区总数的百分比;村不计",
                "Urban communities (residents' committees) with a consultation and deliberation"
                    + " committee, as a percentage of all urban communities; villages are not"
                    + " counted"),
            List.of(
                benchmark(
                    Figure.number(64),
                    SEPTEMBER_2020,
                    Provenance.derived(
                        DOC_SECTION_CONSULTATION,
                        Wording.CONSULTATION_COMMITTEE,
                        "the review gives no date; taken as of its other 2020 figures"))),
            null),
        new NationalIndicator(
            NationalCodes.VILLAGE_ASSEMBLY_SYSTEM_COVERAGE,
            text("村民会议或村民代表会议制度覆盖率", "Village assembly system coverage"),
            Unit.PERCENT,
            AreaType.RURAL,
            text(
                "建立村民会议或者村民代表会议制度的村数占村总数的百分比",
                "Villages with a villagers' assembly or villagers' representative assembly system,"
                    + " as a percentage of all villages"),
            List.of(
                benchmark(
                    Figure.number(85),
                    SEPTEMBER_2020,
                    Provenance.derived(
                        DOC_SECTION_CONSULTATION,
                        Wording.VILLAGE_ASSEMBLY,
                        "the review gives no date; taken as of its other 2020 figures"))),
            null),
        new NationalIndicator(
            NationalCodes.VILLAGE_RULES_COVERAGE,
            text("村规民约(村民自治章程)覆盖率", "Village rules and self-governance charter coverage"),
            Unit.PERCENT,
            AreaType.RURAL,
            text(
                "制订村规民约或村民自治章程的村数占村总数的百分比;城市社区的居民公约不计",
                "Villages with village rules or a self-governance charter, as a percentage of all"
                    + " villages; residents' conventions of urban communities are not counted"),
            List.of(
                benchmark(
                    Figure.number(98),
                    SEPTEMBER_2020,
                    Provenance.derived(
                        DOC_SECTION_LAW,
                        Wording.VILLAGE_RULES,
                        "the review gives no date; taken as of its other 2020 figures"))),
            null),
        new NationalIndicator(
            NationalCodes.TOWN_ONE_STOP_SERVICE_COVERAGE,
            text("乡镇一站式服务中心覆盖率", "Township one-stop service centre coverage"),
            Unit.PERCENT,
            AreaType.ALL,
            text(
                "建有一站式服务中心的乡镇(乡、镇人民政府,不含街道)数占乡镇总数的百分比;全国数为抽样调查结果",
                "Townships (township and town governments, streets not included) with a one-stop"
                    + " service centre, as a percentage of all townships; the national figure comes"
                    + " from a sample survey"),
            List.of(
                benchmark(
                    Figure.number("95.5"),
                    SEPTEMBER_2020,
                    Provenance.derived(
                        DOC_SECTION_GOVERNMENT,
                        "根据抽样调查,有95.5%的乡镇建有一站式服务中心",
                        "sample survey; the review gives no date, taken as of its other 2020"
                            + " figures"))),
            null),
        new NationalIndicator(
            NationalCodes.STREET_SERVICE_CENTRE_COVERAGE,
            text("镇(街道)社区服务中心覆盖率", "Town and street community service centre coverage"),
            Unit.PERCENT,
            AreaType.ALL,
            text(
                "建有社区服务中心的镇(街道)数占镇(街道)总数的百分比",
                "Towns and streets with a community service centre, as a percentage of all towns"
                    + " and streets"),
            List.of(),
            null),
        new NationalIndicator(
            NationalCodes.ELECTION_TURNOUT,
            text("村(居)委会换届选举参选率", "Turnout in village and residents' committee elections"),
            Unit.PERCENT,
            AreaType.ALL,
            text(
                "参加村(居)民委员会换届选举投票的选民数占登记选民数的百分比",
                "Voters who took part in village and residents' committee elections, as a"
                    + " percentage of registered voters"),
            List.of(
                benchmark(
                    Figure.number(90),
                    SEPTEMBER_2020,
                    Provenance.derived(
                        DOC_SECTION_LAW,
                        Wording.UNIFIED_ELECTIONS,
                        "“90%以上” recorded as its lower bound, 90; the review gives no date,"
                            + " taken as of its other 2020 figures"))),
            null));
  }

  private static LocalizedText text(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  private static Benchmark benchmark(Figure value, LocalDate asOf, Provenance provenance) {
    return new Benchmark(value, asOf, provenance);
  }
}
