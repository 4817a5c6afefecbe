package org.shequ.plugins.changzhouxinbei;

import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/** A fluent way to write a {@link Task}, so the task list reads like the document. */
final class TaskSpec {
  private final String code;
  private final String parent;
  private final LocalizedText title;
  private final Provenance provenance;
  private LocalizedText description;
  private final List<TaskMilestone> milestones = new ArrayList<>();
  private List<String> lead = List.of();
  private List<String> responsible = List.of();

  private TaskSpec(String code, String parent, LocalizedText title, Provenance provenance) {
    this.code = code;
    this.parent = parent;
    this.title = title;
    this.provenance = provenance;
  }

  /** A top-level group of tasks (a numbered part of section 三 or 四). */
  static TaskSpec group(String code, String zh, String en, Provenance provenance) {
    return new TaskSpec(code, null, LocalizedText.of(zh, en), provenance);
  }

  /** A task inside {@code parent}. */
  static TaskSpec task(String code, String parent, String zh, String en, Provenance provenance) {
    return new TaskSpec(code, parent, LocalizedText.of(zh, en), provenance);
  }

  TaskSpec description(String zh, String en) {
    this.description = LocalizedText.of(zh, en);
    return this;
  }

  TaskSpec milestone(int year, String zh, String en, Provenance provenance) {
    milestones.add(new TaskMilestone(year, LocalizedText.of(zh, en), provenance));
    return this;
  }

  /** A step for the org units {@code appliesTo} accepts only (urban or rural communities). */
  TaskSpec milestone(
      int year, OrgUnitCondition appliesTo, String zh, String en, Provenance provenance) {
    milestones.add(new TaskMilestone(year, null, appliesTo, LocalizedText.of(zh, en), provenance));
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

  Task build() {
    return new Task(code, title, parent, description, milestones, lead, responsible, provenance);
  }
}
