package org.shequ.plugins.xiamen;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;

/**
 * The plan's timeline: the three main tasks of section 四 with their work items and boxes, and the
 * five safeguards of section 五. Work items carry the departments the document names for them.
 */
final class XiamenTasks {
  private XiamenTasks() {}

  static List<Task> all() {
    return Stream.of(FacilityAndSupplyTasks.all(), WorkforceTasks.all(), SafeguardTasks.all())
        .flatMap(List::stream)
        .toList();
  }

  static Builder task(String code, String zh, String en) {
    return new Builder(code, LocalizedText.of(zh, en));
  }

  /** Builds one {@link Task}; departments come from the document's own line. */
  static final class Builder {
    private final String code;
    private final LocalizedText title;
    private String parent;
    private LocalizedText description;
    private final List<TaskMilestone> milestones = new ArrayList<>();
    private List<String> lead = List.of();
    private List<String> responsible = List.of();
    private Provenance provenance;

    private Builder(String code, LocalizedText title) {
      this.code = code;
      this.title = title;
    }

    Builder parent(String parentCode) {
      this.parent = parentCode;
      return this;
    }

    Builder description(String zh, String en) {
      this.description = LocalizedText.of(zh, en);
      return this;
    }

    /** Departments and provenance from the task's “(牵头单位:… 责任单位:…)” line. */
    Builder departments(String section, String line) {
      Departments d = Departments.of(line);
      this.lead = d.lead();
      this.responsible = d.responsible();
      this.provenance = Provenance.stated(section, line);
      return this;
    }

    Builder source(String section, String wording) {
      this.provenance = Provenance.stated(section, wording);
      return this;
    }

    Builder milestone(int year, String zh, String en, String section, String wording) {
      milestones.add(
          new TaskMilestone(year, LocalizedText.of(zh, en), Provenance.stated(section, wording)));
      return this;
    }

    /**
     * A step due by the end of {@code year} for the communities of {@code area} only, where the
     * document names urban or rural communities for it.
     */
    Builder milestone(
        int year, AreaType area, String zh, String en, String section, String wording) {
      milestones.add(
          new TaskMilestone(
              year,
              null,
              new OrgUnitCondition.AreaIs(area),
              LocalizedText.of(zh, en),
              Provenance.stated(section, wording)));
      return this;
    }

    Task build() {
      return new Task(code, title, parent, description, milestones, lead, responsible, provenance);
    }
  }
}
