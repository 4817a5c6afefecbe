package org.shequ.plugins.national;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/** A small builder for {@link Task}s, so that the task lists read like the review. */
final class TaskSpec {
  private final String code;
  private final LocalizedText title;
  private final Provenance provenance;
  private String parent;
  private LocalizedText description;
  private final List<TaskMilestone> milestones = new ArrayList<>();
  private List<String> lead = List.of();
  private List<String> responsible = List.of();

  private TaskSpec(String code, LocalizedText title, Provenance provenance) {
    this.code = code;
    this.title = title;
    this.provenance = provenance;
  }

  static TaskSpec task(String code, String zh, String en, Provenance provenance) {
    return new TaskSpec(code, LocalizedText.of(zh, en), provenance);
  }

  TaskSpec parent(String parentCode) {
    this.parent = parentCode;
    return this;
  }

  TaskSpec description(String zh, String en) {
    this.description = LocalizedText.of(zh, en);
    return this;
  }

  TaskSpec lead(String... departments) {
    this.lead = List.of(departments);
    return this;
  }

  TaskSpec responsible(String... departments) {
    this.responsible = List.of(departments);
    return this;
  }

  TaskSpec milestone(int year, String zh, String en, Provenance where) {
    this.milestones.add(new TaskMilestone(year, LocalizedText.of(zh, en), where));
    return this;
  }

  /** A step the review dates to the month («2017年6月»), due by the end of that month. */
  TaskSpec milestone(YearMonth month, String zh, String en, Provenance where) {
    this.milestones.add(
        new TaskMilestone(
            month.getYear(),
            month.getMonthValue(),
            OrgUnitCondition.any(),
            LocalizedText.of(zh, en),
            where));
    return this;
  }

  Task build() {
    return new Task(code, title, parent, description, milestones, lead, responsible, provenance);
  }
}
