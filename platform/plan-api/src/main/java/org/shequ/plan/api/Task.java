package org.shequ.plan.api;

import java.util.List;
import java.util.Objects;

/**
 * A work item of the plan, on its timeline. Projects (Zhejiang's 五大工程) are tasks without a parent;
 * their work items name them as {@code parent}.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; served by the host with the
 * plan and on the task timeline. Immutable; never blocks.
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

  public static Builder builder(String code) {
    return new Builder(code);
  }

  /** Builds a {@link Task}; code, title and provenance are required. */
  public static final class Builder {
    private final String code;
    private LocalizedText title;
    private String parent;
    private LocalizedText description;
    private final java.util.List<TaskMilestone> milestones = new java.util.ArrayList<>();
    private final java.util.List<String> lead = new java.util.ArrayList<>();
    private final java.util.List<String> responsible = new java.util.ArrayList<>();
    private Provenance provenance;

    private Builder(String code) {
      this.code = code;
    }

    public Builder title(String zh, String en) {
      this.title = LocalizedText.of(zh, en);
      return this;
    }

    /** The project (a task without parent) this work item belongs to. */
    public Builder parent(String parentCode) {
      this.parent = parentCode;
      return this;
    }

    public Builder description(String zh, String en) {
      this.description = LocalizedText.of(zh, en);
      return this;
    }

    public Builder milestone(int year, String zh, String en, Provenance provenance) {
      this.milestones.add(new TaskMilestone(year, LocalizedText.of(zh, en), provenance));
      return this;
    }

    /**
     * A step due by the end of {@code month} («2017年初» is January 2017).
     *
     * @since 1.1
     */
    public Builder milestone(
        java.time.YearMonth month, String zh, String en, Provenance provenance) {
      this.milestones.add(
          new TaskMilestone(
              month.getYear(),
              month.getMonthValue(),
              OrgUnitCondition.any(),
              LocalizedText.of(zh, en),
              provenance));
      return this;
    }

    /**
     * A step due by the end of {@code year} for the org units {@code appliesTo} accepts only (urban
     * communities by one year, rural ones by another).
     *
     * @since 1.1
     */
    public Builder milestone(
        int year, OrgUnitCondition appliesTo, String zh, String en, Provenance provenance) {
      this.milestones.add(
          new TaskMilestone(year, null, appliesTo, LocalizedText.of(zh, en), provenance));
      return this;
    }

    /** Any milestone, month and condition included. */
    public Builder milestone(TaskMilestone milestone) {
      this.milestones.add(milestone);
      return this;
    }

    /** 牵头单位, as the document names them. */
    public Builder lead(String... departments) {
      this.lead.addAll(List.of(departments));
      return this;
    }

    /** 责任单位, as the document names them. */
    public Builder responsible(String... departments) {
      this.responsible.addAll(List.of(departments));
      return this;
    }

    public Builder provenance(Provenance provenance) {
      this.provenance = provenance;
      return this;
    }

    public Task build() {
      return new Task(code, title, parent, description, milestones, lead, responsible, provenance);
    }
  }
}
