package org.shequ.plugins.xiamen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/** The timeline: tasks, their hierarchy, departments and dated milestones. */
class XiamenTasksTest {
  private final Plan plan = new XiamenPlanModule().plan();

  @Test
  void listsEveryTaskUnderItsParent() {
    assertThat(plan.tasks())
        .extracting(t -> t.code() + "<" + t.parent())
        .containsExactly(
            "XM-T1<null",
            "XM-T1-1<XM-T1",
            "XM-T1-2<XM-T1",
            "XM-T1-3<XM-T1",
            "XM-T2<null",
            "XM-T2-1<XM-T2",
            "XM-T2-2<XM-T2",
            "XM-T2-3<XM-T2",
            "XM-T2-4<XM-T2",
            "XM-T2-4-B5<XM-T2-4",
            "XM-T3<null",
            "XM-T3-1<XM-T3",
            "XM-T3-1-B6-1<XM-T3-1",
            "XM-T3-1-B6-2<XM-T3-1",
            "XM-T3-2<XM-T3",
            "XM-T3-3<XM-T3",
            "XM-T5<null",
            "XM-T5-1<XM-T5",
            "XM-T5-2<XM-T5",
            "XM-T5-3<XM-T5",
            "XM-T5-4<XM-T5",
            "XM-T5-5<XM-T5");
  }

  @Test
  void namesTheLeadAndResponsibleDepartmentsAsPrinted() {
    assertDepartments(
        "XM-T1-1",
        List.of("市规划委", "各区"),
        List.of(
            "市委组织部", "市发改委", "市建设局", "市商务局", "市文广新局", "市体育局", "市教育局", "市民政局", "市残联", "市国土房产局",
            "市农业局"));
    assertDepartments(
        "XM-T1-2",
        List.of("市委文明办"),
        List.of("市委组织部", "市文广新局", "市体育局", "市公安局", "市教育局", "市民政局", "市残联", "各区"));
    assertDepartments("XM-T1-3", List.of("市民政局"), List.of("市综治办", "市经信局", "各区"));
    assertDepartments(
        "XM-T2-1",
        List.of("市人社局", "市卫计委"),
        List.of("市民政局", "市文广新局", "市教育局", "市体育局", "市司法局", "市农业局", "市公安局", "市财政局", "各区"));
    assertDepartments("XM-T2-2", List.of("市商务局"), List.of("市人社局", "市民政局", "市质监局", "市妇联", "各区"));
    assertDepartments("XM-T2-3", List.of("市财政局"), List.of("市民政局", "各区"));
    assertDepartments(
        "XM-T2-4", List.of("市农业局"), List.of("市人社局", "市民政局", "市卫计委", "市教育局", "市体育局", "市司法局", "各区"));
    assertDepartments("XM-T3-1", List.of("市委组织部", "市民政局"), List.of("市农业局", "市人社局", "市财政局", "各区"));
    assertDepartments("XM-T3-2", List.of("市民政局"), List.of("市财政局", "各区"));
    assertDepartments("XM-T3-3", List.of("市民政局"), List.of("市委文明办", "团市委", "各区"));
  }

  @Test
  void tasksWithoutADepartmentLineNameNone() {
    List<String> none =
        plan.tasks().stream()
            .filter(t -> t.leadDepartments().isEmpty() && t.responsibleDepartments().isEmpty())
            .map(Task::code)
            .toList();
    assertThat(none)
        .containsExactly(
            "XM-T1",
            "XM-T2",
            "XM-T2-4-B5",
            "XM-T3",
            "XM-T3-1-B6-1",
            "XM-T3-1-B6-2",
            "XM-T5",
            "XM-T5-1",
            "XM-T5-2",
            "XM-T5-3",
            "XM-T5-4",
            "XM-T5-5");
  }

  @Test
  void datesTheMilestonesTheDocumentDates() {
    assertThat(milestoneYears("XM-T1-1")).containsExactly(2020);
    assertThat(milestoneYears("XM-T2-1")).containsExactly(2020);
    assertThat(milestoneYears("XM-T2-3")).containsExactly(2020);
    assertThat(milestoneYears("XM-T2-4")).containsExactly(2020, 2020);
    assertThat(milestoneYears("XM-T3-1")).containsExactly(2018, 2020);
    assertThat(milestoneYears("XM-T3-3")).containsExactly(2020);
    assertThat(milestoneYears("XM-T5-1")).containsExactly(2020);
    long dated = plan.tasks().stream().filter(t -> !t.milestones().isEmpty()).count();
    assertThat(dated).isEqualTo(7);

    TaskMilestone elections = task("XM-T3-1").milestones().get(0);
    assertThat(elections.provenance().originalText())
        .contains("达到24.2%")
        .contains("达到59.6%")
        .contains("达到32.3%");
    assertThat(task("XM-T3-1").milestones().get(1).provenance().originalText())
        .contains("7000人左右")
        .contains("每个城乡社区至少配备1名社区社会工作者");
    assertThat(task("XM-T2-4").milestones().get(1).provenance().originalText())
        .contains("1—2个农村社区建设全国性或全省性示范品牌");
    // The document gives years only, no months.
    assertThat(plan.tasks())
        .flatExtracting(Task::milestones)
        .allSatisfy(m -> assertThat(m.month()).isNull());
  }

  @Test
  void milestonesForUrbanOrRuralCommunitiesOnlySaySo() {
    // «全面完成农村社区“六有”…»: rural communities.
    assertThat(task("XM-T1-1").milestones().get(0).appliesTo())
        .isEqualTo(new OrgUnitCondition.AreaIs(AreaType.RURAL));
    // «城市社区…全部实现政府购买服务,农村社区逐步推行»: only urban communities are due by 2020.
    TaskMilestone purchasing = task("XM-T2-3").milestones().get(0);
    assertThat(task("XM-T2-3").milestones()).hasSize(1);
    assertThat(purchasing.appliesTo()).isEqualTo(new OrgUnitCondition.AreaIs(AreaType.URBAN));
    assertThat(purchasing.description().zh()).startsWith("城市社区").doesNotContain("农村社区");
    assertThat(purchasing.provenance().originalText())
        .isEqualTo("到2020年,城市社区“三无”等弱势群体的养老、助残、康复、心理抚慰等服务项目全部实现政府购买服务");
    // Rural services by 2020 are the rural communities'; the brands are every district's.
    List<TaskMilestone> rural = task("XM-T2-4").milestones();
    assertThat(rural.get(0).appliesTo()).isEqualTo(new OrgUnitCondition.AreaIs(AreaType.RURAL));
    assertThat(rural.get(0).description().zh()).contains("达到上级部门规范标准").doesNotContain("示范品牌");
    assertThat(rural.get(1).conditional()).isFalse();
    assertThat(rural.get(1).description().zh()).contains("各区力争创出1—2个");
    // Everything else applies to every unit.
    long conditional =
        plan.tasks().stream()
            .flatMap(t -> t.milestones().stream())
            .filter(TaskMilestone::conditional)
            .count();
    assertThat(conditional).isEqualTo(3);
  }

  @Test
  void provenanceQuotesTheDepartmentLine() {
    Task t = task("XM-T2-1");
    assertThat(t.provenance().originalText())
        .isEqualTo("(牵头单位:市人社局 市卫计委 责任单位:市民政局、市文广新局、市教育局、市体育局、市司法局、市农业局、市公安局、市财政局、各区)");
    assertThat(t.provenance().section()).isEqualTo("四(二)1 推动基本公共服务均等化");
    assertThat(t.provenance().derivation()).isEqualTo(Derivation.STATED);
  }

  @Test
  void boxesKeepTheirFigures() {
    assertThat(task("XM-T3-1-B6-2").description().zh())
        .contains("10万元、5万元奖励")
        .contains("0.5万元、1万元、2万元一次性工作补贴");
    assertThat(task("XM-T3-1-B6-2").provenance().originalText()).contains("分别给予10万元、5万元奖励");
    assertThat(task("XM-T3-1-B6-1").description().zh()).contains("市委组织部每年至少举办基层党组织书记示范培训1次");
    assertThat(task("XM-T2-4-B5").provenance().section()).contains("专栏5");
    assertThat(task("XM-T2-4-B5").description().zh()).contains("依法在每个村(居)设立人民调解委员会");
  }

  private void assertDepartments(String code, List<String> lead, List<String> responsible) {
    Task t = task(code);
    assertThat(t.leadDepartments()).as(code + " lead").containsExactlyElementsOf(lead);
    assertThat(t.responsibleDepartments())
        .as(code + " responsible")
        .containsExactlyElementsOf(responsible);
  }

  private List<Integer> milestoneYears(String code) {
    return task(code).milestones().stream().map(TaskMilestone::year).toList();
  }

  private Task task(String code) {
    return plan.task(code).orElseThrow(() -> new AssertionError("no task " + code));
  }
}
