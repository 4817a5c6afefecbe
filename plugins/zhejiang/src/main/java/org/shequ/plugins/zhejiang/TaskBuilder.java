package org.shequ.plugins.zhejiang;

import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/** Builds a {@link Task}; the plan-api offers only the record's full constructor. */
final class TaskBuilder {
  private final String code;
  private LocalizedText title;
  private String parent;
  private LocalizedText description;
  private final List<TaskMilestone> milestones = new ArrayList<>();
  private final List<String> lead = new ArrayList<>();
  private final List<String> responsible = new ArrayList<>();
  private Provenance provenance;

  private TaskBuilder(String code) {
    this.code = code;
  }

  static TaskBuilder task(String code) {
    return new TaskBuilder(code);
  }

  /** A work item with a parent, a description and its source, and nothing else. */
  static Task child(
      String code,
      String parent,
      String titleZh,
      String titleEn,
      String descriptionZh,
      String descriptionEn,
      Provenance source) {
    return task(code)
        .parent(parent)
        .title(titleZh, titleEn)
        .description(descriptionZh, descriptionEn)
        .source(source)
        .build();
  }

  TaskBuilder title(String zh, String en) {
    this.title = LocalizedText.of(zh, en);
    return this;
  }

  TaskBuilder parent(String parentCode) {
    this.parent = parentCode;
    return this;
  }

  TaskBuilder description(String zh, String en) {
    this.description = LocalizedText.of(zh, en);
    return this;
  }

  TaskBuilder milestone(int year, String zh, String en, Provenance source) {
    milestones.add(new TaskMilestone(year, LocalizedText.of(zh, en), source));
    return this;
  }

  /** Any milestone: one due by a month, or one for some org units only. */
  TaskBuilder milestone(TaskMilestone milestone) {
    milestones.add(milestone);
    return this;
  }

  TaskBuilder lead(String department) {
    lead.add(department);
    return this;
  }

  TaskBuilder responsible(String department) {
    responsible.add(department);
    return this;
  }

  TaskBuilder source(Provenance source) {
    this.provenance = source;
    return this;
  }

  Task build() {
    return new Task(code, title, parent, description, milestones, lead, responsible, provenance);
  }
}
