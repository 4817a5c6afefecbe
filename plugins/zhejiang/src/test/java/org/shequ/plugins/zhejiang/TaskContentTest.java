package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.zhejiang.PlanFixture.PLAN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/** The five projects of section 四 and the safeguards of section 五, as a timeline. */
class TaskContentTest {

  private static final OrgUnitCondition URBAN = new OrgUnitCondition.AreaIs(AreaType.URBAN);
  private static final OrgUnitCondition RURAL = new OrgUnitCondition.AreaIs(AreaType.RURAL);

  private static Task task(String code) {
    return PLAN.task(code).orElseThrow(() -> new AssertionError("no task " + code));
  }

  private static List<String> children(String parent) {
    return PLAN.tasks().stream().filter(t -> parent.equals(t.parent())).map(Task::code).toList();
  }

  @Test
  void counts() {
    assertThat(PLAN.tasks()).hasSize(44);
    assertThat(PLAN.tasks()).filteredOn(t -> t.parent() == null).hasSize(9);
  }

  @Test
  void theFiveProjectsAreTheTopLevelOfSectionFour() {
    assertThat(PLAN.tasks())
        .filteredOn(t -> t.parent() == null && t.code().startsWith("ZJ-P"))
        .extracting(t -> t.title().zh())
        .containsExactly("标准化引领工程", "居民自治强化工程", "社区协商制度化工程", "“三社联动”创新工程", "农村社区建设深化工程");
    assertThat(task("ZJ-P4").provenance().originalText()).isEqualTo("(四)“三社联动”创新工程");
    assertThat(task("ZJ-P4").provenance().section()).isEqualTo("四(四)");
  }

  @Test
  void workItemsOfEachProject() {
    assertThat(children("ZJ-P1")).containsExactly("ZJ-P1-1", "ZJ-P1-2");
    assertThat(children("ZJ-P2")).containsExactly("ZJ-P2-1", "ZJ-P2-2", "ZJ-P2-3", "ZJ-P2-4");
    assertThat(children("ZJ-P3")).containsExactly("ZJ-P3-1", "ZJ-P3-2", "ZJ-P3-3");
    assertThat(children("ZJ-P4")).containsExactly("ZJ-P4-1", "ZJ-P4-2", "ZJ-P4-3");
    assertThat(children("ZJ-P5")).containsExactly("ZJ-P5-1", "ZJ-P5-2", "ZJ-P5-3");
    assertThat(children("ZJ-P5-3")).containsExactly("ZJ-P5-3-1", "ZJ-P5-3-2", "ZJ-P5-3-3");
    assertThat(task("ZJ-P2-4").title().zh()).isEqualTo("充分发挥村规民约、社区公约的积极作用");
    assertThat(task("ZJ-P3-2").provenance().section()).isEqualTo("四(三)2");
  }

  @Test
  void safeguardsOfSectionFive() {
    assertThat(PLAN.tasks())
        .filteredOn(t -> t.parent() == null && t.code().startsWith("ZJ-S"))
        .extracting(t -> t.title().zh())
        .containsExactly("组织保障", "资金保障", "人才保障", "技术保障");
    assertThat(children("ZJ-S1")).hasSize(4);
    assertThat(children("ZJ-S2")).hasSize(4);
    assertThat(children("ZJ-S3")).hasSize(6);
    assertThat(children("ZJ-S4")).hasSize(3);
    assertThat(task("ZJ-S4-2").provenance().originalText()).contains("十五分钟社区服务圈");
  }

  @Test
  void catalogueOfStandardsIsDueInJanuary2017() {
    TaskMilestone m = task("ZJ-P1-1").milestones().get(0);
    assertThat(task("ZJ-P1-1").milestones()).hasSize(1);
    assertThat(m.year()).isEqualTo(2017);
    // «2017年初»: early 2017, read as January and said so.
    assertThat(m.month()).isEqualTo(1);
    assertThat(m.due()).isEqualTo(LocalDate.of(2017, 1, 31));
    assertThat(m.provenance().originalText()).startsWith("2017年初出台社区公共服务相关标准目录");
    assertThat(m.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(m.provenance().note()).contains("2017年初", "January 2017");
  }

  @Test
  void endOf2020TargetsOfTheThreeSocietyProject() {
    assertThat(task("ZJ-P4-2").milestones())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.year()).isEqualTo(2020);
              assertThat(m.month()).isEqualTo(12);
              assertThat(m.conditional()).isFalse();
              assertThat(m.provenance().originalText()).contains("达到15万个以上");
              assertThat(m.provenance().note()).contains("到2020年末");
            });
    List<TaskMilestone> work = task("ZJ-P4-3").milestones();
    assertThat(work).extracting(TaskMilestone::due).containsOnly(LocalDate.of(2020, 12, 31));
    // Urban and rural communities each have their own step.
    assertThat(work)
        .extracting(TaskMilestone::appliesTo)
        .containsExactly(URBAN, RURAL, URBAN, RURAL);
    assertThat(work.get(0).description().zh()).contains("提高40%以上");
    assertThat(work.get(0).provenance().originalText()).contains("提高40%以上");
    assertThat(work.get(1).description().zh()).isEqualTo("每个农村社区配备1名社区社会工作者");
    assertThat(work.get(3).description().zh()).contains("三分之一以上的农村社区");
    assertThat(work.get(3).provenance().originalText()).contains("三分之一以上的农村社区");
  }

  @Test
  void demonstrationCountiesEveryYearFrom2017() {
    List<TaskMilestone> milestones = task("ZJ-P5-3-1").milestones();
    // 每年: each year from the plan's issue, 2020 included.
    assertThat(milestones).extracting(TaskMilestone::year).containsExactly(2017, 2018, 2019, 2020);
    assertThat(milestones)
        .allSatisfy(
            m -> {
              assertThat(m.provenance().derivation()).isEqualTo(Derivation.DERIVED);
              assertThat(m.provenance().originalText()).contains("每年建设10个左右的示范县");
            });
  }

  @Test
  void onlyDatedWorkItemsHaveMilestones() {
    assertThat(PLAN.tasks())
        .filteredOn(t -> !t.milestones().isEmpty())
        .extracting(Task::code)
        .containsExactlyInAnyOrder("ZJ-P1-1", "ZJ-P4-2", "ZJ-P4-3", "ZJ-P5-3-1");
  }

  @Test
  void departmentsWhereTheDocumentNamesThem() {
    assertThat(task("ZJ-S2-1").leadDepartments()).containsExactly("省民政厅");
    assertThat(task("ZJ-S2-1").provenance().originalText()).startsWith("省厅将农村社区建设示范县");
    assertThat(task("ZJ-S2-2").responsibleDepartments()).containsExactly("各级政府");
    assertThat(task("ZJ-P5-3-1").responsibleDepartments()).containsExactly("省级");
    assertThat(task("ZJ-P5-3-2").responsibleDepartments()).containsExactly("市级");
    assertThat(task("ZJ-P5-3-3").responsibleDepartments()).containsExactly("县级");
    assertThat(PLAN.tasks())
        .filteredOn(t -> !t.leadDepartments().isEmpty() || !t.responsibleDepartments().isEmpty())
        .extracting(Task::code)
        .containsExactlyInAnyOrder("ZJ-S2-1", "ZJ-S2-2", "ZJ-P5-3-1", "ZJ-P5-3-2", "ZJ-P5-3-3");
  }

  @Test
  void everyTaskHasBothLanguages() {
    assertThat(PLAN.tasks())
        .allSatisfy(
            t -> {
              assertThat(t.description()).as(t.code()).isNotNull();
              assertThat(t.description().zh()).as(t.code()).isNotBlank();
              assertThat(t.description().en()).as(t.code()).isNotBlank();
            });
  }
}
