package org.shequ.server.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/**
 * The plan's tasks with their milestones' status as of a period. Without task reports the status
 * follows the date: a milestone is due by the end of its month when the document gives one
 * («2017年初»: 31 January 2017), else by 31 December of its year; the reference date is the period's
 * 31 December for a past period, else today.
 */
public record TaskTimeline(String plan, int period, LocalDate asOf, List<TaskView> tasks) {

  /** Status of a task milestone by date. */
  public enum MilestoneStatus {
    /** Due before the reference date. */
    PAST_DUE("past_due", "已逾期"),
    /** Due on or after the reference date, in its year. */
    DUE("due", "本年到期"),
    /** Due in a later year. */
    UPCOMING("upcoming", "未到期");

    private final String code;
    private final String zh;

    MilestoneStatus(String code, String zh) {
      this.code = code;
      this.zh = zh;
    }

    @JsonValue
    public String code() {
      return code;
    }

    /** The status in Chinese, for the exports. */
    public String zh() {
      return zh;
    }
  }

  /** One task and its dated milestones. */
  public record TaskView(
      String code,
      LocalizedText title,
      String parent,
      List<String> leadDepartments,
      List<String> responsibleDepartments,
      List<MilestoneView> milestones) {}

  /**
   * One milestone: what must be done by {@code dueBy}.
   *
   * @param month the month the document gives («2017年初»: 1), or null when it gives the year only
   * @param dueBy the end of that month, or of the year
   * @param appliesTo the org units the step is for when the document limits it (e.g. 城镇社区 / urban
   *     communities); null when it is for every unit
   */
  public record MilestoneView(
      int year,
      Integer month,
      LocalDate dueBy,
      LocalizedText appliesTo,
      LocalizedText description,
      MilestoneStatus status) {}

  static TaskTimeline of(Plan plan, int period, LocalDate today) {
    LocalDate periodEnd = LocalDate.of(period, 12, 31);
    LocalDate asOf = periodEnd.isBefore(today) ? periodEnd : today;
    List<TaskView> tasks = plan.tasks().stream().map(t -> view(t, asOf)).toList();
    return new TaskTimeline(plan.id(), period, asOf, tasks);
  }

  private static TaskView view(Task t, LocalDate asOf) {
    return new TaskView(
        t.code(),
        t.title(),
        t.parent(),
        t.leadDepartments(),
        t.responsibleDepartments(),
        t.milestones().stream().map(m -> view(m, asOf)).toList());
  }

  private static MilestoneView view(TaskMilestone m, LocalDate asOf) {
    LocalDate due = m.due();
    return new MilestoneView(
        m.year(),
        m.month(),
        due,
        m.conditional() ? UnitConditionText.of(m.appliesTo()) : null,
        m.description(),
        status(due, asOf));
  }

  /** Past due before the reference date; due later in the reference year; else upcoming. */
  static MilestoneStatus status(LocalDate due, LocalDate asOf) {
    if (due.isBefore(asOf)) {
      return MilestoneStatus.PAST_DUE;
    }
    return due.getYear() == asOf.getYear() ? MilestoneStatus.DUE : MilestoneStatus.UPCOMING;
  }

  /** The timeline as a table with Chinese headers, one row per milestone, for CSV and XLSX. */
  Table table() {
    return table(java.util.Locale.CHINESE);
  }

  /**
   * The timeline as a table in {@code l}, one row per milestone: year and month as numbers, the due
   * date as a date.
   */
  Table table(java.util.Locale l) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (TaskView t : tasks) {
      for (MilestoneView m : t.milestones()) {
        rows.add(
            ProgressTables.row(
                t.code(),
                t.title().in(l),
                t.parent(),
                String.join(l.getLanguage().equals("en") ? ", " : "、", t.leadDepartments()),
                String.join(l.getLanguage().equals("en") ? ", " : "、", t.responsibleDepartments()),
                m.year(),
                m.month(),
                m.dueBy(),
                m.appliesTo() == null ? ExportText.ALL_UNITS.in(l) : m.appliesTo().in(l),
                m.description().in(l),
                statusText(m.status()).in(l)));
      }
    }
    return new Table(
        ExportText.SHEET_TASKS.in(l, period),
        ProgressTables.headers(
            l,
            ExportText.TASK_CODE,
            ExportText.TASK_NAME,
            ExportText.TASK_PARENT,
            ExportText.LEAD_DEPARTMENTS,
            ExportText.RESPONSIBLE_DEPARTMENTS,
            ExportText.YEAR,
            ExportText.MONTH,
            ExportText.DUE_DATE,
            ExportText.APPLIES_TO,
            ExportText.MILESTONE,
            ExportText.STATUS),
        rows);
  }

  private static ExportText statusText(MilestoneStatus status) {
    return switch (status) {
      case PAST_DUE -> ExportText.PAST_DUE;
      case DUE -> ExportText.DUE;
      case UPCOMING -> ExportText.UPCOMING;
    };
  }
}
