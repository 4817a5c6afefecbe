package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shequ.plan.api.TestPlans.P;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task milestones to the month («2017年初») and for some org units only («城市社区…农村社区…»). */
class TaskMilestoneTest {
  private static final OrgUnitProfile URBAN = OrgUnitProfile.community("u", AreaType.URBAN, 900);
  private static final OrgUnitProfile RURAL = OrgUnitProfile.community("r", AreaType.RURAL, null);

  @Test
  void aYearOnlyMilestoneIsDueAtTheEndOfTheYearForEveryUnit() {
    TaskMilestone m = new TaskMilestone(2018, LocalizedText.of("完成", "Done"), P);

    assertThat(m.month()).isNull();
    assertThat(m.due()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(m.conditional()).isFalse();
    assertThat(m.appliesTo()).isEqualTo(OrgUnitCondition.any());
    assertThat(m.appliesTo().test(URBAN)).isTrue();
    assertThat(m.appliesTo().test(RURAL)).isTrue();
  }

  @Test
  void aMonthMilestoneIsDueAtTheEndOfItsMonth() {
    Task t =
        Task.builder("K-1")
            .title("出台意见", "Issue the guidance")
            .milestone(YearMonth.of(2017, 1), "2017年初出台", "Issued early 2017", P)
            .milestone(YearMonth.of(2020, 2), "2月底", "End of February", P)
            .milestone(YearMonth.of(2019, 12), "年底", "Year end", P)
            .provenance(P)
            .build();

    assertThat(t.milestones()).extracting(TaskMilestone::month).containsExactly(1, 2, 12);
    assertThat(t.milestones())
        .extracting(TaskMilestone::due)
        .containsExactly(
            LocalDate.of(2017, 1, 31), LocalDate.of(2020, 2, 29), LocalDate.of(2019, 12, 31));
    assertThat(t.milestones()).noneMatch(TaskMilestone::conditional);
  }

  @Test
  void aMonthOutsideOneToTwelveIsRefused() {
    LocalizedText d = LocalizedText.of("完成", "Done");
    OrgUnitCondition any = OrgUnitCondition.any();

    assertThatThrownBy(() -> new TaskMilestone(2018, 0, any, d, P))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new TaskMilestone(2018, 13, any, d, P))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new TaskMilestone(2018, 12, null, d, P).appliesTo()).isEqualTo(any);
  }

  @Test
  void aConditionalMilestoneAppliesOnlyToItsUnits() {
    OrgUnitCondition urban = new OrgUnitCondition.AreaIs(AreaType.URBAN);
    OrgUnitCondition rural = new OrgUnitCondition.AreaIs(AreaType.RURAL);
    Task t =
        Task.builder("K-2")
            .title("服务中心全覆盖", "Service centres everywhere")
            .milestone(2018, urban, "城市社区2018年", "Urban by 2018", P)
            .milestone(2020, rural, "农村社区2020年", "Rural by 2020", P)
            .provenance(P)
            .build();

    TaskMilestone first = t.milestones().get(0);
    TaskMilestone second = t.milestones().get(1);
    assertThat(first.conditional()).isTrue();
    assertThat(first.month()).isNull();
    assertThat(first.due()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(first.appliesTo().test(URBAN)).isTrue();
    assertThat(first.appliesTo().test(RURAL)).isFalse();
    assertThat(second.appliesTo().test(RURAL)).isTrue();
    assertThat(second.appliesTo().test(URBAN)).isFalse();
    assertThat(TestPlans.problems(TestPlans.plan().task(t).build())).isEmpty();
  }

  @Test
  void aMilestoneOnAPopulationIsAcceptedAndAnUnknownPopulationDoesNotMeetIt() {
    OrgUnitCondition large = new OrgUnitCondition.PopulationAtLeast(800);
    TaskMilestone m = new TaskMilestone(2019, 6, large, LocalizedText.of("建成", "Built"), P);

    assertThat(m.appliesTo().test(URBAN)).isTrue();
    assertThat(m.appliesTo().test(RURAL)).isFalse();
    assertThat(m.due()).isEqualTo(LocalDate.of(2019, 6, 30));
    Task t = Task.builder("K-3").title("建设", "Build").milestone(m).provenance(P).build();
    assertThat(TestPlans.problems(TestPlans.plan().task(t).build())).isEmpty();
  }

  @Test
  void aMilestoneOnATenantsTagIsRefused() {
    Task t =
        Task.builder("K-4")
            .title("欠发达地区", "Less developed areas")
            .milestone(
                2019,
                new OrgUnitCondition.HasTag("less-developed"),
                "欠发达地区2019年",
                "Less developed by 2019",
                P)
            .provenance(P)
            .build();

    assertThat(TestPlans.problems(TestPlans.plan().task(t).build()))
        .containsExactly(
            "tasks[K-4].milestones[2019]: a task milestone depends on area or population, not on"
                + " a tenant's tag");
  }

  @Test
  void aTagNestedInAllOfIsRefusedToo() {
    Task t =
        Task.builder("K-6")
            .title("欠发达农村", "Less developed rural areas")
            .milestone(
                2019,
                new OrgUnitCondition.AllOf(
                    List.of(
                        new OrgUnitCondition.AreaIs(AreaType.RURAL),
                        new OrgUnitCondition.HasTag("less-developed"))),
                "欠发达农村2019年",
                "Less developed rural areas by 2019",
                P)
            .provenance(P)
            .build();

    assertThat(TestPlans.problems(TestPlans.plan().task(t).build()))
        .containsExactly(
            "tasks[K-6].milestones[2019]: a task milestone depends on area or population, not on"
                + " a tenant's tag");
  }

  @Test
  void milestonesOutsideThePeriodOrWithoutWordingAreRefused() {
    Task t =
        Task.builder("K-5")
            .title("任务", "Task")
            .milestone(YearMonth.of(2021, 1), "2021年初", "Early 2021", P)
            .milestone(2019, "", "Blank", Provenance.stated("三", ""))
            .provenance(P)
            .build();

    assertThat(TestPlans.problems(TestPlans.plan().task(t).build()))
        .containsExactly(
            "tasks[K-5].milestones[2021]: milestone outside the period",
            "tasks[K-5].milestones[2019]: needs both a Chinese and an English text",
            "tasks[K-5].milestones[2019]: needs the section and the document's original wording");
  }

  @Test
  void theTaskKeepsDepartmentsAndMilestonesInOrder() {
    Task t =
        Task.builder("K-6")
            .title("任务", "Task")
            .parent("K-0")
            .lead("省民政厅")
            .responsible("省财政厅", "省住建厅")
            .milestone(2020, "完成", "Done", P)
            .milestone(YearMonth.of(2017, 3), "启动", "Start", P)
            .provenance(P)
            .build();

    assertThat(t.leadDepartments()).containsExactly("省民政厅");
    assertThat(t.responsibleDepartments()).containsExactly("省财政厅", "省住建厅");
    assertThat(t.milestones()).extracting(TaskMilestone::year).containsExactly(2020, 2017);
    assertThat(TestPlans.problems(TestPlans.plan().task(t).build()))
        .containsExactly("tasks[K-6].parent: unknown parent task K-0");
    assertThat(
            new Task("K", LocalizedText.of("任务", "Task"), null, null, null, null, null, P)
                .milestones())
        .isEqualTo(List.of());
  }
}
