package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.zhejiang.PlanFixture.PLAN;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.LostContent;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.ReviewFigure;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/** The plan's goals, the 十二五 review's figures, and what the captured text lost. */
class ContextTest {

  private static ReviewFigure review(String code) {
    return PLAN.reviewFigures().stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no review figure " + code));
  }

  @Test
  void theDevelopmentGoalsOfSectionThreeAreGoals() {
    assertThat(PLAN.goals()).extracting(Goal::code).containsExactly("GOAL-1", "GOAL-2", "GOAL-3");
    Goal brand = PLAN.goals().get(0);
    assertThat(brand.provenance().section()).isEqualTo("三(三)");
    assertThat(brand.provenance().originalText()).contains("共建、共治、共享社区治理品牌");
    assertThat(brand.provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(PLAN.goals().get(1).text().zh())
        .isEqualTo(PLAN.goals().get(1).provenance().originalText());
    assertThat(PLAN.goals().get(1).text().zh()).contains("社区生活共同体");
    assertThat(PLAN.goals().get(2).provenance().section()).isEqualTo("三(一)");
    assertThat(PLAN.goals().get(2).provenance().originalText()).contains("浙江品牌");
    // The document gives these goals no year of their own.
    assertThat(PLAN.goals()).allSatisfy(g -> assertThat(g.year()).isNull());
  }

  /** Figure, unit and the wording it is read from, as the review prints it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RF-FUNDING                    | 440800   | TEN_THOUSAND_CNY | 44.08亿元",
        "RF-FUNDING-FISCAL             | 312200   | TEN_THOUSAND_CNY | 31.22亿元",
        "RF-COMMUNITY-WORKERS          | 128833   | PERSONS          | 128833人",
        "RF-QUALIFIED                  | 16133    | PERSONS          | 16133人",
        "RF-QUALIFIED-COMMUNITY-WORKERS| 10550    | PERSONS          | 社区工作者10550人",
        "RF-QUALIFIED-COMMUNITY-SHARE  | 65.4     | PERCENT          | 65.4%",
        "RF-STREET-CENTRES             | 478      | COUNT            | 478个街道社区服务中心",
        "RF-TOWNSHIP-CENTRES           | 915      | COUNT            | 915个乡镇社区服务中心",
        "RF-VILLAGE-CENTRES            | 19549    | COUNT            | 19549个村级社区服务中心",
        "RF-VILLAGE-CENTRE-COVERAGE    | 93       | PERCENT          | 覆盖93%的村",
        "RF-VILLAGE-FUNDS-LARGE        | 10       | TEN_THOUSAND_CNY | 1500人以上的村不少于10万元",
        "RF-VILLAGE-FUNDS-OTHER        | 5        | TEN_THOUSAND_CNY | 其他村不少于5万元",
        "RF-SERVICE-INDUSTRY           | 27600000 | TEN_THOUSAND_CNY | 2760亿元",
        "RF-SERVICE-INDUSTRY-GDP-SHARE | 6.44     | PERCENT          | 6.44%",
        "RF-SW-STUDIOS                 | 4245     | COUNT            | 社区社会工作室4245个",
        "RF-SW-STUDIOS-URBAN           | 2472     | COUNT            | 2472个城市社区社会工作室",
        "RF-SW-STUDIOS-RURAL           | 1773     | COUNT            | 1773个农村社区社会工作室",
        "RF-PRIVATE-SW-AGENCIES        | 420      | COUNT            | 420多家",
        "RF-SW-STAFF                   | 25000    | PERSONS          | 2.5万名",
        "RF-URBANISATION               | 66       | PERCENT          | 城镇化率达到66%",
        "RF-SOCIAL-ORGS                | 100000   | COUNT            | 10万余个",
      })
  void reviewFiguresAreNumbersWithTheirWording(
      String code, String value, Unit unit, String wording) {
    ReviewFigure r = review(code);
    assertThat(r.value()).isEqualTo(Figure.number(value));
    assertThat(r.unit()).isEqualTo(unit);
    assertThat(r.year()).isEqualTo(2015);
    assertThat(r.provenance().originalText()).contains(wording);
  }

  @Test
  void moneyIsConvertedNotDerived() {
    assertThat(review("RF-FUNDING").provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(review("RF-FUNDING").provenance().note()).contains("44.08亿元", "440,800");
    // “多”, “余”, “目前”: the plan's reading, so derived and explained.
    assertThat(review("RF-PRIVATE-SW-AGENCIES").provenance().derivation())
        .isEqualTo(Derivation.DERIVED);
    assertThat(review("RF-SW-STUDIOS-URBAN").provenance().note()).contains("2,472 + 1,773");
  }

  @Test
  void reviewFiguresKeepTheirScope() {
    // The 10,550 certified community workers are urban and rural together.
    assertThat(review("RF-QUALIFIED-COMMUNITY-WORKERS").scope())
        .isEqualTo(Scope.communities(AreaType.ALL));
    assertThat(review("RF-QUALIFIED").scope().level()).isEqualTo(OrgUnitLevel.REGION);
    assertThat(review("RF-STREET-CENTRES").scope()).isEqualTo(Scope.streets());
    assertThat(review("RF-VILLAGE-CENTRES").scope()).isEqualTo(Scope.communities(AreaType.RURAL));
    assertThat(review("RF-SW-STUDIOS-URBAN").scope()).isEqualTo(Scope.communities(AreaType.URBAN));
  }

  @Test
  void theReviewsPartsAddUp() {
    // 3285 社会工作师 + 7265 助理社会工作师 = 10550; 2472 + 1773 studios = 4245.
    assertThat(
            number("RF-QUALIFIED-SOCIAL-WORKERS")
                .add(number("RF-QUALIFIED-ASSISTANT-SOCIAL-WORKERS")))
        .isEqualByComparingTo(number("RF-QUALIFIED-COMMUNITY-WORKERS"));
    assertThat(number("RF-SW-STUDIOS-URBAN").add(number("RF-SW-STUDIOS-RURAL")))
        .isEqualByComparingTo(number("RF-SW-STUDIOS"));
  }

  @Test
  void lostContentIsRecordedNotGuessed() {
    assertThat(PLAN.lost())
        .extracting(LostContent::section)
        .containsExactly("附件 浙江省城乡社区治理“十三五”规划指标汇总表", "附件 浙江省城乡社区治理“十三五”规划指标汇总表", "五(二)");
    assertThat(PLAN.lost().get(0).title()).contains("社区公共服务综合信息平台覆盖率");
    assertThat(PLAN.lost().get(0).note()).contains("ZJ-04-URBAN", "no baseline");
    assertThat(PLAN.lost().get(2).note()).contains("内部治理结构");
    // The platform rows the capture left blank carry no invented baseline.
    assertThat(PLAN.indicator("ZJ-04-URBAN").orElseThrow().baseline()).isNull();
    assertThat(PLAN.indicator("ZJ-04-RURAL").orElseThrow().baseline()).isNull();
  }

  private static java.math.BigDecimal number(String code) {
    return ((Figure.Number) review(code).value()).value();
  }
}
