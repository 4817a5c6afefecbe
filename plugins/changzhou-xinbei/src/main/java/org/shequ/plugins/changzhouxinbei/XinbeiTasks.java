package org.shequ.plugins.changzhouxinbei;

import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.Task;

/** Every task of the plan, in the document's order: section 三(一)–(六), then 四. */
final class XinbeiTasks {
  private XinbeiTasks() {}

  static List<Task> all() {
    List<Task> tasks = new ArrayList<>(XinbeiBuildingTasks.all());
    tasks.addAll(XinbeiGovernanceTasks.all());
    return List.copyOf(tasks);
  }
}
