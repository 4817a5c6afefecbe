package org.shequ.server.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Task;

/**
 * The plan's tasks with their milestones' status as of a period. Without task reports the status
 * follows the date: a milestone is due by 31 December of its year; the reference date is the
 * period's 31 December for a past period, else today.
 */
public record TaskTimeline(String plan, int period, LocalDate asOf, List<TaskView> tasks) {

  /** Status of a task milestone by date. */
  public enum MilestoneStatus {
    PAST_DUE("past_due"),
    DUE("due"),
    UPCOMING("upcoming");

    private final String code;

    MilestoneStatus(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
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

  /** One milestone: what must be done by the end of {@code year}. */
  public record MilestoneView(
      int year, LocalDate dueBy, LocalizedText description, MilestoneStatus status) {}

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
        t.milestones().stream()
            .map(
                m -> {
                  LocalDate due = LocalDate.of(m.year(), 12, 31);
                  MilestoneStatus s =
                      due.isBefore(asOf)
                          ? MilestoneStatus.PAST_DUE
                          : m.year() == asOf.getYear()
                              ? MilestoneStatus.DUE
                              : MilestoneStatus.UPCOMING;
                  return new MilestoneView(m.year(), due, m.description(), s);
                })
            .toList());
  }
}
