package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;

/** Task milestones with a month («2017年初») or for some units only, in JSON and the exports. */
class TaskMilestoneTimelineTest {
  private static final Provenance SOURCE = Provenance.stated("test", "test");

  private static Plan plan() {
    return Plan.builder("test-plan")
        .title("测试规划", "Test plan")
        .region("test")
        .issueDate(LocalDate.of(2016, 6, 1))
        .period(2016, 2020)
        .task(
            Task.builder("T1")
                .title("社区减负", "Lighten community workloads")
                .milestone(YearMonth.of(2017, 1), "2017年初完成清理", "Cleared by early 2017", SOURCE)
                .milestone(
                    2018,
                    new OrgUnitCondition.AreaIs(AreaType.URBAN),
                    "城市社区全面推行",
                    "All urban communities",
                    SOURCE)
                .milestone(2019, "农村社区全面推行", "All rural communities", SOURCE)
                .lead("民政局")
                .provenance(SOURCE)
                .build())
        .build();
  }

  @Test
  void aMilestoneWithAMonthIsDueAtTheEndOfThatMonth() {
    TaskTimeline early2017 = TaskTimeline.of(plan(), 2016, LocalDate.of(2026, 1, 1));
    var first = early2017.tasks().get(0).milestones().get(0);
    assertThat(first.month()).isEqualTo(1);
    assertThat(first.dueBy()).isEqualTo(LocalDate.of(2017, 1, 31));
    assertThat(first.appliesTo()).isNull();
    assertThat(first.status()).isEqualTo(TaskTimeline.MilestoneStatus.UPCOMING);
    // By the end of 2017 «2017年初» is long past, though its year is the period's.
    var in2017 = TaskTimeline.of(plan(), 2017, LocalDate.of(2026, 1, 1));
    assertThat(in2017.tasks().get(0).milestones().get(0).status())
        .isEqualTo(TaskTimeline.MilestoneStatus.PAST_DUE);
    // Today, 15 January 2017, within the period: due this month.
    var today = TaskTimeline.of(plan(), 2017, LocalDate.of(2017, 1, 15));
    assertThat(today.tasks().get(0).milestones().get(0).status())
        .isEqualTo(TaskTimeline.MilestoneStatus.DUE);
  }

  @Test
  void aMilestoneForSomeUnitsSaysForWhich() {
    var m = TaskTimeline.of(plan(), 2018, LocalDate.of(2026, 1, 1)).tasks().get(0).milestones();
    assertThat(m.get(1).appliesTo().zh()).isEqualTo("城镇社区");
    assertThat(m.get(1).appliesTo().en()).isEqualTo("urban communities");
    assertThat(m.get(1).month()).isNull();
    assertThat(m.get(1).dueBy()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(m.get(1).status()).isEqualTo(TaskTimeline.MilestoneStatus.DUE);
    assertThat(m.get(2).appliesTo()).isNull();
  }

  @Test
  void theExportHasTheMonthTheDueDateAndTheUnits() {
    String csv =
        new String(
            TableExport.csv(TaskTimeline.of(plan(), 2018, LocalDate.of(2026, 1, 1)).table()),
            StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFF任务代码,任务名称,所属工程,牵头单位,责任单位,年份,月份,截止日期,适用单位,里程碑,状态");
    assertThat(lines.get(1)).isEqualTo("T1,社区减负,,民政局,,2017,1,2017-01-31,全部单位,2017年初完成清理,已逾期");
    assertThat(lines.get(2)).isEqualTo("T1,社区减负,,民政局,,2018,,2018-12-31,城镇社区,城市社区全面推行,本年到期");
  }
}
