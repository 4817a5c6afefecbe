package org.shequ.plugins.changzhouxinbei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.changzhouxinbei.Plans.plan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.LostContent;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.ReviewFigure;
import org.shequ.plan.api.Unit;

/** Goals of 二(三), figures of the review in 一, and the table cells the captured text lost. */
class XinbeiContextTest {

  private static ReviewFigure review(String code) {
    return plan().reviewFigures().stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no review figure " + code));
  }

  private static String number(ReviewFigure r) {
    return Plans.text(r.value());
  }

  @Test
  void sixGoalsOfTheDevelopmentTargets() {
    List<Goal> goals = plan().goals();
    assertThat(goals)
        .extracting(g -> g.text().zh())
        .containsExactly(
            "建立健全基本公共服务、便民利民服务、社会组织服务有效衔接的城乡社区服务机制",
            "进一步完善城乡社区综合服务设施为主体、专项服务设施为配套、服务网点为补充的城乡社区服务设施布局",
            "基本形成网络联通、应用融合、信息共享、响应迅速的城乡社区服务信息化发展格局",
            "有效提升以城乡社区党组织、社区自治组织成员为骨干,社区社会工作者和其他社区专职工作者为支撑,社区志愿者为补充的城乡社区服务人才队伍",
            "全力提高网格化管理服务水平",
            "全面推行城乡社区多元共治");
    for (Goal g : goals) {
      assertThat(g.year()).as(g.code()).isEqualTo(2020);
      assertThat(g.provenance().section()).isEqualTo("二(三)发展目标");
      assertThat(g.provenance().derivation()).isEqualTo(Derivation.STATED);
      assertThat(g.provenance().originalText()).endsWith(g.text().zh());
      assertThat(g.text().en()).isNotBlank();
    }
    assertThat(goals.get(0).provenance().originalText()).startsWith("到“十三五”末,");
  }

  @Test
  void theRedrawOf2013IsKeptAsNumbers() {
    // 149 villages + 45 communities → 48 + 60, villages rural, communities urban.
    assertThat(number(review("XB-REVIEW-VILLAGES-BEFORE-REDRAW"))).isEqualTo("149");
    assertThat(number(review("XB-REVIEW-COMMUNITIES-BEFORE-REDRAW"))).isEqualTo("45");
    assertThat(number(review("XB-REVIEW-VILLAGES-AFTER-REDRAW"))).isEqualTo("48");
    assertThat(number(review("XB-REVIEW-COMMUNITIES-AFTER-REDRAW"))).isEqualTo("60");
    for (String code :
        List.of(
            "XB-REVIEW-VILLAGES-BEFORE-REDRAW",
            "XB-REVIEW-COMMUNITIES-BEFORE-REDRAW",
            "XB-REVIEW-VILLAGES-AFTER-REDRAW",
            "XB-REVIEW-COMMUNITIES-AFTER-REDRAW")) {
      ReviewFigure r = review(code);
      assertThat(r.year()).as(code).isEqualTo(2013);
      assertThat(r.unit()).as(code).isEqualTo(Unit.COUNT);
      assertThat(r.scope().level()).as(code).isEqualTo(OrgUnitLevel.COMMUNITY);
      assertThat(r.provenance().derivation()).as(code).isEqualTo(Derivation.STATED);
      assertThat(r.provenance().originalText()).contains("149个行政村、45个社区优化成48个行政村、60个社区");
    }
    assertThat(review("XB-REVIEW-VILLAGES-AFTER-REDRAW").scope().area()).isEqualTo(AreaType.RURAL);
    assertThat(review("XB-REVIEW-COMMUNITIES-AFTER-REDRAW").scope().area())
        .isEqualTo(AreaType.URBAN);
  }

  @Test
  void theOtherReviewFigures() {
    assertThat(number(review("XB-REVIEW-ACTION-PLAN-DOCUMENTS"))).isEqualTo("11");
    assertThat(number(review("XB-REVIEW-ACTION-PLAN-MEETINGS"))).isEqualTo("5");
    assertThat(number(review("XB-REVIEW-VILLAGE-POPULATION-BEFORE"))).isEqualTo("1801");
    assertThat(number(review("XB-REVIEW-VILLAGE-POPULATION-AFTER"))).isEqualTo("3208");
    assertThat(review("XB-REVIEW-VILLAGE-POPULATION-AFTER").unit()).isEqualTo(Unit.PERSONS);
    // 3.8 and 5.2 km², in m² with the conversion said.
    ReviewFigure areaBefore = review("XB-REVIEW-VILLAGE-AREA-BEFORE");
    assertThat(number(areaBefore)).isEqualTo("3800000");
    assertThat(areaBefore.unit()).isEqualTo(Unit.SQUARE_METRES);
    assertThat(areaBefore.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(areaBefore.provenance().note()).contains("3.8平方公里");
    assertThat(number(review("XB-REVIEW-VILLAGE-AREA-AFTER"))).isEqualTo("5200000");
    assertThat(number(review("XB-REVIEW-NEW-COMMUNITIES"))).isEqualTo("28");
    assertThat(number(review("XB-REVIEW-NEW-COMMUNITY-HOUSEHOLDS"))).isEqualTo("2793");
    assertThat(review("XB-REVIEW-NEW-COMMUNITY-HOUSEHOLDS").unit()).isEqualTo(Unit.HOUSEHOLDS);
    assertThat(number(review("XB-REVIEW-TASKS-CANCELLED"))).isEqualTo("23");
    assertThat(number(review("XB-REVIEW-CAMPAIGNS-CANCELLED"))).isEqualTo("32");
    assertThat(number(review("XB-REVIEW-CERTIFICATES-CANCELLED"))).isEqualTo("60");
    ReviewFigure harmonious = review("XB-REVIEW-HARMONIOUS-COMPLIANCE");
    assertThat(number(harmonious)).isEqualTo("100");
    assertThat(harmonious.unit()).isEqualTo(Unit.PERCENT);
    assertThat(harmonious.year()).isEqualTo(2015);
    assertThat(harmonious.provenance().originalText()).isEqualTo("全区城乡和谐社区达标率为100%。");
    // A year the review does not print is read, and the note says so.
    assertThat(harmonious.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(harmonious.provenance().note()).contains("gives no year");
    assertThat(plan().reviewFigures()).hasSize(16);
  }

  @Test
  void lostCellsAreRecordedNotGuessed() {
    assertThat(plan().lost())
        .extracting(LostContent::section)
        .containsExactly(
            XinbeiSections.TABLE_1 + " 第6项",
            XinbeiSections.TABLE_1 + " 第9项",
            XinbeiSections.TABLE_2 + " 第1行",
            XinbeiSections.TABLE_2 + " 第2行",
            XinbeiSections.TABLE_2 + " 第3行",
            XinbeiSections.TABLE_2 + " 第4行",
            XinbeiSections.TABLE_2 + " 第5行",
            XinbeiSections.TABLE_2 + " 第6行");
    LostContent centres = plan().lost().get(5);
    assertThat(centres.title()).isEqualTo("镇(街道)社区服务中心 2017–2020年");
    assertThat(centres.note()).contains("all four cells").contains("分别达50%、70%、90%和100%");
    LostContent pay = plan().lost().get(7);
    assertThat(pay.title()).startsWith("社工平均待遇达城镇职工上年度平均工资水平");
    assertThat(pay.note()).contains("No yearly milestone is set for 2017–2019");
    // Nothing was guessed for the pay's lost years.
    assertThat(Plans.indicator("XB-WORKER-PAY").milestones())
        .extracting(m -> m.year())
        .containsExactly(2020);
  }

  @Test
  void everyPieceOfMetadataIsPrinted() {
    // The notice prints its issuer and date; it has no document number, so none is given.
    for (MetadataField f : MetadataField.values()) {
      assertThat(plan().inferredReason(f)).as(f.name()).isEmpty();
    }
  }
}
