package org.shequ.plugins.xiamen;

import org.shequ.plan.api.Plan;

/**
 * The 专栏 boxes of section 四 whose contents the captured text lost: only their title lines survive
 * (boxes 5 and 6 survive as text). The plan records them by title and takes nothing from them.
 */
final class LostBoxes {
  private static final String NOTE =
      "only the title line survives in the captured text; the box's contents (a table or image in"
          + " the published page) are missing, so the plan takes no figure, date or department"
          + " from it";

  private LostBoxes() {}

  static void addTo(Plan.Builder plan) {
    plan.lost("四(一)1 专栏1", Source.BOX_1, NOTE)
        .lost("四(一)2 专栏2", Source.BOX_2, NOTE)
        .lost(
            "四(二)1 专栏3",
            Source.BOX_3,
            NOTE
                + "; by its title it set out the public-service tasks of the period, perhaps the"
                + " items that «到2020年,实现城乡社区基本公共服务的项目全覆盖» covers, so reporters judge that"
                + " coverage without such a list")
        .lost("四(二)2 专栏4", Source.BOX_4, NOTE);
  }
}
