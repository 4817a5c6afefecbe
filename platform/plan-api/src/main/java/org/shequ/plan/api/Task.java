package org.shequ.plan.api;

import java.util.List;
import java.util.Objects;

/**
 * A work item of the plan, on its timeline. Projects (Zhejiang's 五大工程) are tasks without a parent;
 * their work items name them as {@code parent}.
 *
 * @param leadDepartments 牵头单位, as the document names them
 * @param responsibleDepartments 责任单位, as the document names them
 */
public record Task(
    String code,
    LocalizedText title,
    String parent,
    LocalizedText description,
    List<TaskMilestone> milestones,
    List<String> leadDepartments,
    List<String> responsibleDepartments,
    Provenance provenance) {
  public Task {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    leadDepartments = leadDepartments == null ? List.of() : List.copyOf(leadDepartments);
    responsibleDepartments =
        responsibleDepartments == null ? List.of() : List.copyOf(responsibleDepartments);
    Objects.requireNonNull(provenance, "provenance");
  }
}
