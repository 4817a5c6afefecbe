package org.shequ.plugins.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/** The national policy measures on the timeline: dates, departments and hierarchy. */
class NationalTasksTest {
  private final Plan plan = new NationalPlanModule().plan();

  private Task task(String code) {
    return plan.task(code).orElseThrow(() -> new AssertionError("no task " + code));
  }

  @Test
  void planHasThirtyOneTasks() {
    assertThat(plan.tasks()).hasSize(31);
  }

  @Test
  void onlyTheDatesTheReviewPrintsAreMilestones() {
    Map<String, List<Integer>> dated = new TreeMap<>();
    for (Task t : plan.tasks()) {
      if (!t.milestones().isEmpty()) {
        dated.put(t.code(), t.milestones().stream().map(TaskMilestone::year).toList());
      }
    }
    assertThat(dated)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "NAT-T-SERVICE-PLAN", List.of(2016, 2020),
                "NAT-T-GOVERNANCE-OPINIONS", List.of(2017),
                "NAT-T-ORGANIC-LAW", List.of(2019),
                "NAT-T-PLENUM-4", List.of(2019),
                "NAT-T-PARTY-LEADERSHIP", List.of(2020)));
  }

  @Test
  void printedMonthsAreKeptAndYearEndIsDecember() {
    Map<String, List<String>> months = new TreeMap<>();
    for (Task t : plan.tasks()) {
      if (!t.milestones().isEmpty()) {
        months.put(
            t.code(),
            t.milestones().stream()
                .map(m -> m.month() == null ? m.year() + "" : m.year() + "-" + m.month())
                .toList());
      }
    }
    assertThat(months)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "NAT-T-SERVICE-PLAN", List.of("2016-10", "2020"),
                "NAT-T-GOVERNANCE-OPINIONS", List.of("2017-6"),
                "NAT-T-ORGANIC-LAW", List.of("2019-12"),
                "NAT-T-PLENUM-4", List.of("2019-10"),
                "NAT-T-PARTY-LEADERSHIP", List.of("2020-7")));
    assertThat(task("NAT-T-GOVERNANCE-OPINIONS").milestones().get(0).due())
        .isEqualTo(LocalDate.of(2017, 6, 30));
    // A printed month is stated; «2019年底» read as December is derived, and says so.
    assertThat(task("NAT-T-PLENUM-4").milestones().get(0).provenance().derivation())
        .isEqualTo(Derivation.STATED);
    TaskMilestone yearEnd = task("NAT-T-ORGANIC-LAW").milestones().get(0);
    assertThat(yearEnd.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(yearEnd.provenance().note()).contains("2019年底").contains("December");
    // The 2020 target of the 2016 plan gives no month.
    assertThat(task("NAT-T-SERVICE-PLAN").milestones().get(1).due())
        .isEqualTo(LocalDate.of(2020, 12, 31));
    // No measure of the review depends on the kind of org unit.
    assertThat(plan.tasks())
        .flatExtracting(Task::milestones)
        .allSatisfy(m -> assertThat(m.conditional()).isFalse());
  }

  @Test
  void servicePlanIsTheMinistrysWithTheOrganisationDepartment() {
    Task t = task("NAT-T-SERVICE-PLAN");
    assertThat(t.leadDepartments()).containsExactly("民政部");
    assertThat(t.responsibleDepartments()).containsExactly("中央组织部");
    assertThat(t.milestones().get(0).description().zh()).contains("2016年10月");
    assertThat(t.milestones().get(0).provenance().originalText())
        .isEqualTo("2016年10月,民政部会同中央组织部等联合印发《城乡社区服务体系建设规划(2016—2020年)》");
    assertThat(t.milestones().get(1).provenance().originalText())
        .contains("力争到2020年实现城市社区综合服务设施全覆盖,农村社区综合服务设施覆盖率达到50%");
  }

  @Test
  void governanceOpinionsAreIssuedByTheCentralCommitteeAndStateCouncilInJune2017() {
    Task t = task("NAT-T-GOVERNANCE-OPINIONS");
    assertThat(t.leadDepartments()).containsExactly("中共中央", "国务院");
    assertThat(t.milestones())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.year()).isEqualTo(2017);
              assertThat(m.description().zh()).contains("2017年6月");
              assertThat(m.provenance().originalText()).contains("《关于加强和完善城乡社区治理的意见》");
            });
  }

  @Test
  void departmentsAreAsTheReviewNamesThem() {
    assertThat(task("NAT-T-TOWNSHIP-CAPACITY").leadDepartments()).containsExactly("中办", "国办");
    assertThat(task("NAT-T-STREET-EXPERIMENT").leadDepartments()).containsExactly("民政部");
    assertThat(task("NAT-T-CERTIFICATES").leadDepartments()).containsExactly("民政部");
    assertThat(task("NAT-T-RULE-OF-LAW-OUTLINE").leadDepartments()).containsExactly("中共中央");
    Task pilots = task("NAT-T-INFO-BENEFIT-PILOTS");
    assertThat(pilots.leadDepartments()).containsExactly("国家发展改革委");
    assertThat(pilots.responsibleDepartments()).containsExactly("民政部");
    // Measures of local governments name no national department.
    assertThat(task("NAT-T-DELEGATION").leadDepartments()).isEmpty();
    assertThat(task("NAT-T-WORKERS").leadDepartments()).isEmpty();
  }

  @Test
  void digitalMeasuresWithoutASubjectAreTheMinistrysByDerivation() {
    for (String code :
        List.of(
            "NAT-T-COMMUNITY-PILOTS",
            "NAT-T-JINMIN",
            "NAT-T-INFO-SYSTEM",
            "NAT-T-STANDARDS",
            "NAT-T-CODING-SYSTEM",
            "NAT-T-EXPERIMENT-ZONES")) {
      Task t = task(code);
      assertThat(t.leadDepartments()).as(code).containsExactly("民政部");
      assertThat(t.provenance().derivation()).as(code).isEqualTo(Derivation.DERIVED);
      assertThat(t.provenance().note()).as(code).contains("民政部");
    }
    assertThat(task("NAT-T-JINMIN").provenance().originalText()).contains("金民工程一期");
  }

  @Test
  void planningOutlineGroupsItsSixWorkItems() {
    assertThat(task("NAT-T-FYP").parent()).isNull();
    assertThat(plan.tasks().stream().filter(t -> "NAT-T-FYP".equals(t.parent())).map(Task::code))
        .containsExactly(
            "NAT-T-FYP-POWERS",
            "NAT-T-FYP-THREE-SOCIETIES",
            "NAT-T-FYP-ONE-STOP",
            "NAT-T-FYP-URBAN-FACILITIES",
            "NAT-T-FYP-RURAL-FACILITIES",
            "NAT-T-FYP-WORKERS");
    assertThat(task("NAT-T-FYP-URBAN-FACILITIES").provenance().originalText())
        .isEqualTo("实现城市社区综合服务设施全覆盖");
    assertThat(plan.tasks().stream().filter(t -> t.parent() != null)).hasSize(6);
  }

  @Test
  void legalMilestonesQuoteTheReview() {
    TaskMilestone m = task("NAT-T-ORGANIC-LAW").milestones().get(0);
    assertThat(m.provenance().originalText()).startsWith("截至2019年底,全国有30个省");
    assertThat(task("NAT-T-TERM-OF-OFFICE").provenance().originalText()).contains("将村委会任期由3年修改为5年");
    assertThat(task("NAT-T-CIVIL-CODE").provenance().originalText()).contains("特别法人资格");
    assertThat(task("NAT-T-PARTY-LEADERSHIP").milestones().get(0).provenance().originalText())
        .startsWith("2020年7月,习近平总书记在吉林省长春市调研时指出");
  }
}
