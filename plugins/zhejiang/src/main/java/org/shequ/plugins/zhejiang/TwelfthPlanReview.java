package org.shequ.plugins.zhejiang;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.ReviewFigure;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/**
 * The figures of section 一, the review of the 12th five-year period (十二五), kept as numbers: what
 * the province had reached by the end of 2015. Indicators take some of them as baselines; the rest
 * are context. Money is written in units of 10,000 CNY (万元), the unit the plan-api offers.
 */
final class TwelfthPlanReview {
  private TwelfthPlanReview() {}

  private static final int END_2015 = 2015;

  /** “目前” in the review: its studio counts add up to the end-2015 total, 2472 + 1773 = 4245. */
  private static final String NOW_IS_2015 =
      "“目前” (at present) read as the end of 2015: the same sentence's urban and rural studios,"
          + " 2,472 + 1,773, add up to the end-2015 total of 4,245";

  static List<ReviewFigure> all() {
    return List.of(
        // 一(一)1: service centres, funding, community workers.
        stated(
            "RF-STREET-CENTRES",
            "街道社区服务中心",
            "Street community service centres",
            "478",
            Unit.COUNT,
            Scope.streets(),
            Sections.ACHIEVEMENTS_1,
            Quotes.CENTRES_2015),
        stated(
            "RF-TOWNSHIP-CENTRES",
            "乡镇社区服务中心",
            "Township community service centres",
            "915",
            Unit.COUNT,
            Scope.streets(),
            Sections.ACHIEVEMENTS_1,
            Quotes.CENTRES_2015),
        stated(
            "RF-VILLAGE-CENTRES",
            "村级社区服务中心",
            "Village community service centres",
            "19549",
            Unit.COUNT,
            Scope.communities(AreaType.RURAL),
            Sections.ACHIEVEMENTS_1,
            Quotes.CENTRES_2015),
        stated(
            "RF-VILLAGE-CENTRE-COVERAGE",
            "村级社区服务中心覆盖村的比例",
            "Villages covered by a village community service centre",
            "93",
            Unit.PERCENT,
            Scope.communities(AreaType.RURAL),
            Sections.ACHIEVEMENTS_1,
            Quotes.CENTRES_2015),
        converted(
            "RF-FUNDING",
            "社区工作保障经费总计",
            "Funds for community work, in total",
            "440800",
            Scope.communities(AreaType.ALL),
            Sections.ACHIEVEMENTS_1,
            Quotes.FUNDING_2015,
            "44.08亿元 written in units of 10,000 CNY: 440,800 万元"),
        converted(
            "RF-FUNDING-FISCAL",
            "其中财政保障经费",
            "Of which funds from public finances",
            "312200",
            Scope.communities(AreaType.ALL),
            Sections.ACHIEVEMENTS_1,
            Quotes.FUNDING_2015,
            "31.22亿元 written in units of 10,000 CNY: 312,200 万元; the document's 占比超过70% is"
                + " this figure over RF-FUNDING (70.8%) and is not kept apart"),
        converted(
            "RF-VILLAGE-FUNDS-LARGE",
            "人口在1500人以上的村运转经费标准(不少于)",
            "Operating-fund standard of villages of over 1,500 residents (at least)",
            "10",
            Scope.communities(AreaType.RURAL),
            Sections.ACHIEVEMENTS_1,
            Quotes.VILLAGE_FUNDS,
            "10万元 written in units of 10,000 CNY; a standard in force from 2015 (从2015年开始),"
                + " which the plan's targets do not restate"),
        converted(
            "RF-VILLAGE-FUNDS-OTHER",
            "其他村运转经费标准(不少于)",
            "Operating-fund standard of the other villages (at least)",
            "5",
            Scope.communities(AreaType.RURAL),
            Sections.ACHIEVEMENTS_1,
            Quotes.VILLAGE_FUNDS,
            "5万元 written in units of 10,000 CNY; a standard in force from 2015 (从2015年开始),"
                + " which the plan's targets do not restate"),
        stated(
            "RF-COMMUNITY-WORKERS",
            "城乡社区工作者总人数",
            "Community workers, urban and rural",
            "128833",
            Unit.PERSONS,
            Scope.communities(AreaType.ALL),
            Sections.ACHIEVEMENTS_1,
            Quotes.WORKERS_2015),
        stated(
            "RF-QUALIFIED",
            "全省取得社会工作职业资格人数",
            "People holding a social-work qualification, province-wide",
            "16133",
            Unit.PERSONS,
            Scope.region(),
            Sections.ACHIEVEMENTS_1,
            Quotes.WORKERS_2015),
        stated(
            "RF-QUALIFIED-COMMUNITY-WORKERS",
            "其中社区工作者(城乡)",
            "Of whom community workers, urban and rural",
            "10550",
            Unit.PERSONS,
            Scope.communities(AreaType.ALL),
            Sections.ACHIEVEMENTS_1,
            Quotes.WORKERS_2015),
        stated(
            "RF-QUALIFIED-SOCIAL-WORKERS",
            "其中社会工作师",
            "Of whom social workers (社会工作师)",
            "3285",
            Unit.PERSONS,
            Scope.communities(AreaType.ALL),
            Sections.ACHIEVEMENTS_1,
            Quotes.WORKERS_2015),
        stated(
            "RF-QUALIFIED-ASSISTANT-SOCIAL-WORKERS",
            "其中助理社会工作师",
            "Of whom assistant social workers (助理社会工作师)",
            "7265",
            Unit.PERSONS,
            Scope.communities(AreaType.ALL),
            Sections.ACHIEVEMENTS_1,
            Quotes.WORKERS_2015),
        stated(
            "RF-QUALIFIED-COMMUNITY-SHARE",
            "社区工作者占全省社会工作职业资格人数的比例",
            "Community workers' share of all social-work qualification holders",
            "65.4",
            Unit.PERCENT,
            Scope.region(),
            Sections.ACHIEVEMENTS_1,
            Quotes.WORKERS_2015),
        // 一(一)2: services.
        converted(
            "RF-SERVICE-INDUSTRY",
            "城乡社区服务业增加值",
            "Value added of community services, urban and rural",
            "27600000",
            Scope.region(),
            Sections.ACHIEVEMENTS_2,
            Quotes.SERVICE_INDUSTRY_2015,
            "2760亿元 written in units of 10,000 CNY: 27,600,000 万元"),
        stated(
            "RF-SERVICE-INDUSTRY-GDP-SHARE",
            "社区服务业增加值占全省生产总值比例",
            "Community services' share of provincial GDP",
            "6.44",
            Unit.PERCENT,
            Scope.region(),
            Sections.ACHIEVEMENTS_2,
            Quotes.SERVICE_INDUSTRY_2015),
        stated(
            "RF-SW-STUDIOS",
            "社区社会工作室",
            "Community social-work studios",
            "4245",
            Unit.COUNT,
            Scope.communities(AreaType.ALL),
            Sections.ACHIEVEMENTS_2,
            Quotes.STUDIOS_2015),
        stated(
            "RF-CULTURAL-HALLS",
            "累计建成农村文化礼堂",
            "Rural cultural halls built (cumulative)",
            "5993",
            Unit.COUNT,
            Scope.communities(AreaType.RURAL),
            Sections.ACHIEVEMENTS_2,
            Quotes.HALLS_AND_STATIONS),
        floor(
            "RF-ECOMMERCE-STATIONS",
            "城乡电商服务站",
            "E-commerce service stations, urban and rural (over)",
            "21000",
            Unit.COUNT,
            Scope.communities(AreaType.ALL),
            END_2015,
            Sections.ACHIEVEMENTS_2,
            Quotes.HALLS_AND_STATIONS,
            "突破21000个 (past 21,000) kept as its floor, 21,000; the review gives no date"
                + " beyond its period, read as the end of 2015"),
        derived(
            "RF-ECOMMERCE-COMMUNITY-STATIONS",
            "社区电商服务站",
            "Community e-commerce service stations",
            "12262",
            Unit.COUNT,
            Scope.communities(AreaType.ALL),
            END_2015,
            Sections.ACHIEVEMENTS_2,
            Quotes.HALLS_AND_STATIONS,
            "the review gives no date beyond its period, read as the end of 2015"),
        floor(
            "RF-ECOMMERCE-RURAL-STATIONS",
            "农村电商服务站(点)",
            "Rural e-commerce service stations and points (over)",
            "8800",
            Unit.COUNT,
            Scope.communities(AreaType.RURAL),
            END_2015,
            Sections.ACHIEVEMENTS_2,
            Quotes.HALLS_AND_STATIONS,
            "8800多个 (over 8,800) kept as its floor, 8,800; the review gives no date beyond its"
                + " period, read as the end of 2015"),
        // 一(一)3: social work, “目前”.
        floor(
            "RF-SW-STAFF",
            "专职社会工作人员",
            "Full-time social-work staff",
            "25000",
            Unit.PERSONS,
            Scope.region(),
            END_2015,
            Sections.ACHIEVEMENTS_3,
            Quotes.AGENCIES_2015,
            "2.5万名 written out as 25,000; " + NOW_IS_2015),
        floor(
            "RF-PRIVATE-SW-AGENCIES",
            "民办社工机构",
            "Private social-work agencies (over)",
            "420",
            Unit.COUNT,
            Scope.region(),
            END_2015,
            Sections.ACHIEVEMENTS_3,
            Quotes.AGENCIES_2015,
            "420多家 (over 420) kept as its floor, 420; " + NOW_IS_2015),
        derived(
            "RF-SW-STUDIOS-URBAN",
            "城市社区社会工作室(累计)",
            "Urban community social-work studios (cumulative)",
            "2472",
            Unit.COUNT,
            Scope.communities(AreaType.URBAN),
            END_2015,
            Sections.ACHIEVEMENTS_3,
            Quotes.AGENCIES_2015,
            NOW_IS_2015),
        derived(
            "RF-SW-STUDIOS-RURAL",
            "农村社区社会工作室(累计)",
            "Rural community social-work studios (cumulative)",
            "1773",
            Unit.COUNT,
            Scope.communities(AreaType.RURAL),
            END_2015,
            Sections.ACHIEVEMENTS_3,
            Quotes.AGENCIES_2015,
            NOW_IS_2015),
        // 一(一)4 and 一(二)5.
        floor(
            "RF-ONE-STOP-SERVICE-ITEMS",
            "纳入农村社区“一站式”服务大厅的服务事项",
            "Service items handled in rural one-stop service halls (over)",
            "100",
            Unit.COUNT,
            Scope.communities(AreaType.RURAL),
            END_2015,
            Sections.ACHIEVEMENTS_4,
            Quotes.ONE_STOP_ITEMS,
            "100多项 (over 100) kept as its floor, 100; the review gives no date beyond its"
                + " period, read as the end of 2015"),
        stated(
            "RF-URBANISATION",
            "城镇化率",
            "Urbanisation rate",
            "66",
            Unit.PERCENT,
            Scope.region(),
            Sections.PROBLEMS_5,
            Quotes.URBANISATION_2015),
        // 附件: the table's “十二五” column where no indicator keeps it as a baseline of its own.
        floor(
            "RF-SOCIAL-ORGS",
            "社区社会组织",
            "Community social organisations (over)",
            "100000",
            Unit.COUNT,
            Scope.communities(AreaType.ALL),
            END_2015,
            Sections.TABLE,
            Quotes.T5_BASE,
            "10万余个 (over 100,000) kept as its floor, 100,000; the table's “十二五” column"
                + " describes the end of 2015"));
  }

  private static ReviewFigure stated(
      String code,
      String zh,
      String en,
      String value,
      Unit unit,
      Scope scope,
      String section,
      String quote) {
    return figure(code, zh, en, value, unit, scope, END_2015, Sources.stated(section, quote));
  }

  /** A sum of money the document states in 亿元 or 万元, kept in 万元: the same figure. */
  private static ReviewFigure converted(
      String code,
      String zh,
      String en,
      String value,
      Scope scope,
      String section,
      String quote,
      String note) {
    return figure(
        code,
        zh,
        en,
        value,
        Unit.TEN_THOUSAND_CNY,
        scope,
        END_2015,
        Sources.stated(section, quote, note));
  }

  /** “多”, “余”, “突破”: more than the figure, kept as the figure. */
  private static ReviewFigure floor(
      String code,
      String zh,
      String en,
      String value,
      Unit unit,
      Scope scope,
      int year,
      String section,
      String quote,
      String note) {
    return derived(code, zh, en, value, unit, scope, year, section, quote, note);
  }

  private static ReviewFigure derived(
      String code,
      String zh,
      String en,
      String value,
      Unit unit,
      Scope scope,
      int year,
      String section,
      String quote,
      String note) {
    return figure(code, zh, en, value, unit, scope, year, Sources.derived(section, quote, note));
  }

  private static ReviewFigure figure(
      String code,
      String zh,
      String en,
      String value,
      Unit unit,
      Scope scope,
      int year,
      Provenance provenance) {
    return new ReviewFigure(
        code, LocalizedText.of(zh, en), Figure.number(value), unit, year, scope, provenance);
  }
}
