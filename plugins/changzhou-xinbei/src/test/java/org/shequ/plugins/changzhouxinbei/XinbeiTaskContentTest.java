package org.shequ.plugins.changzhouxinbei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.changzhouxinbei.Plans.plan;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/** The timeline against sections 三 and 四 of the document. */
class XinbeiTaskContentTest {

  private static Task task(String code) {
    return plan().task(code).orElseThrow(() -> new AssertionError("no task " + code));
  }

  private static List<Integer> years(String code) {
    return task(code).milestones().stream().map(TaskMilestone::year).toList();
  }

  @Test
  void sevenGroupsOfTwentyOneTasks() {
    List<Task> tasks = plan().tasks();
    assertThat(tasks).hasSize(28);
    assertThat(tasks.stream().filter(t -> t.parent() == null).map(Task::code))
        .containsExactly("XB-3-1", "XB-3-2", "XB-3-3", "XB-3-4", "XB-3-5", "XB-3-6", "XB-4");
    for (String group :
        List.of("XB-3-1", "XB-3-2", "XB-3-3", "XB-3-4", "XB-3-5", "XB-3-6", "XB-4")) {
      assertThat(tasks.stream().filter(t -> group.equals(t.parent())).map(Task::code))
          .as(group)
          .containsExactly(group + "-1", group + "-2", group + "-3");
    }
  }

  @Test
  void titlesFollowTheDocument() {
    assertThat(task("XB-3-1-1").title().zh()).isEqualTo("修订城乡社区规划");
    assertThat(task("XB-3-2-3").title().zh()).isEqualTo("建立镇(街道)社区服务中心");
    assertThat(task("XB-3-5-2").title().zh()).isEqualTo("深入开展网格化精细管理和服务");
    assertThat(task("XB-3-6-3").title().zh()).isEqualTo("解决社区工作难题");
    assertThat(task("XB-4-3").title().zh()).isEqualTo("强化责任落实");
  }

  @Test
  void departments() {
    assertThat(task("XB-3-1-1").leadDepartments()).containsExactly("区人社局");
    assertThat(task("XB-3-1-1").responsibleDepartments()).containsExactly("区规划分局", "各镇(街道)");
    assertThat(task("XB-3-2-1").responsibleDepartments()).containsExactly("各镇(街道)");
    assertThat(task("XB-3-3-1").responsibleDepartments()).containsExactly("镇(街道)党(工)委", "城乡社区党组织");
    assertThat(task("XB-3-6-1").leadDepartments()).containsExactly("社区党组织");
    assertThat(task("XB-3-6-2").leadDepartments()).containsExactly("镇(街道)");
    assertThat(task("XB-3-6-2").responsibleDepartments()).containsExactly("社区居委会", "区房管局");
    assertThat(task("XB-3-6-3").leadDepartments()).containsExactly("区房管部门");
    assertThat(task("XB-3-6-3").responsibleDepartments()).containsExactly("镇(街道)", "业委会(物管会)");
    assertThat(task("XB-4-1").leadDepartments()).containsExactly("区分管领导");
    assertThat(task("XB-4-1").responsibleDepartments()).containsExactly("区各相关职能部门");
    assertThat(task("XB-4-3").leadDepartments()).containsExactly("区人民政府");
    // Where the document names no one, the task names no one.
    assertThat(task("XB-4-2").leadDepartments()).isEmpty();
    assertThat(task("XB-3-1-3").responsibleDepartments()).isEmpty();
  }

  @Test
  void datedMilestones() {
    assertThat(years("XB-3-1-1")).containsExactly(2017);
    assertThat(years("XB-3-1-2")).containsExactly(2017, 2018, 2019);
    assertThat(years("XB-3-2-1")).containsExactly(2017, 2018, 2019, 2020);
    assertThat(years("XB-3-2-2")).containsExactly(2017, 2018, 2019, 2020);
    assertThat(years("XB-3-2-3")).containsExactly(2017, 2018, 2019, 2020);
    assertThat(years("XB-3-3-3")).containsExactly(2017, 2018, 2019, 2020);
    assertThat(years("XB-3-4-3")).containsExactly(2017, 2017, 2018, 2018, 2019, 2019, 2020, 2020);
    assertThat(years("XB-3-5-2")).containsExactly(2017, 2018, 2019, 2020);
    assertThat(years("XB-3-5-3")).containsExactly(2017, 2018, 2020, 2020, 2020);
    assertThat(years("XB-3-3-1")).isEmpty();
    assertThat(years("XB-4-1")).isEmpty();
  }

  @Test
  void milestoneWordings() {
    TaskMilestone grid2018 = task("XB-3-5-2").milestones().get(1);
    assertThat(grid2018.description().zh()).isEqualTo("在城区3个街道推行");
    assertThat(grid2018.provenance().originalText()).contains("2018年,在城区3个街道推行");
    TaskMilestone centre2019 = task("XB-3-2-3").milestones().get(2);
    assertThat(centre2019.description().zh()).contains("90%");
    assertThat(task("XB-3-1-1").milestones().get(0).provenance().originalText())
        .contains("由区人社局会同区规划分局、各镇(街道)");
    assertThat(task("XB-3-3-3").milestones().get(3).provenance().originalText())
        .contains("基层民主协商实现全覆盖");
    assertThat(task("XB-3-5-3").milestones().get(4).provenance().originalText())
        .contains("平均待遇达到上年度城镇职工平均工资水平");
    assertThat(task("XB-4-3").provenance().originalText()).contains("本规划由区人民政府组织实施");
  }

  @Test
  void urbanAndRuralCommunitiesHaveTheirOwnSteps() {
    // 专栏二 row 8: «城乡社区分别达6个、3个» gives each kind of community its own figure.
    List<TaskMilestone> orgs = task("XB-3-4-3").milestones();
    assertThat(orgs).allMatch(TaskMilestone::conditional);
    assertThat(orgs)
        .extracting(m -> m.year() + " " + area(m) + " " + m.description().zh())
        .containsExactly(
            "2017 URBAN 城镇社区平均社会组织达6个",
            "2017 RURAL 农村社区平均社会组织达3个",
            "2018 URBAN 城镇社区平均社会组织达8个",
            "2018 RURAL 农村社区平均社会组织达3个",
            "2019 URBAN 城镇社区平均社会组织达9个",
            "2019 RURAL 农村社区平均社会组织达4个",
            "2020 URBAN 城市社区平均拥有社区社会组织不少于10个",
            "2020 RURAL 农村社区平均拥有社区社会组织不少于5个");
    assertThat(orgs.get(2).provenance().originalText()).endsWith("城乡社区分别达8个、3个");
    // «45周岁以下城镇社区、农村社区…均达到95%»: a step for each.
    List<TaskMilestone> workers = task("XB-3-5-3").milestones();
    assertThat(workers.subList(2, 4))
        .extracting(XinbeiTaskContentTest::area)
        .containsExactly(AreaType.URBAN, AreaType.RURAL);
    assertThat(workers.get(4).conditional()).isFalse();
  }

  @Test
  void noStepIsDatedToTheMonth() {
    // The document dates its steps by year only (no 年初, 上半年 or 年底): every step is due at year end.
    for (Task t : plan().tasks()) {
      for (TaskMilestone m : t.milestones()) {
        assertThat(m.month()).as(t.code()).isNull();
        assertThat(m.due()).as(t.code()).isEqualTo(LocalDate.of(m.year(), 12, 31));
      }
    }
  }

  private static AreaType area(TaskMilestone m) {
    return ((OrgUnitCondition.AreaIs) m.appliesTo()).area();
  }

  @Test
  void everyTaskWordingIsStated() {
    for (Task t : plan().tasks()) {
      assertThat(t.provenance().derivation()).as(t.code()).isEqualTo(Derivation.STATED);
      assertThat(t.title().en()).as(t.code()).isNotBlank();
      for (TaskMilestone m : t.milestones()) {
        assertThat(m.year()).as(t.code()).isBetween(2016, 2020);
        assertThat(m.provenance().originalText()).as(t.code()).isNotBlank();
      }
    }
  }
}
