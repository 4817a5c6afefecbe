package org.shequ.plugins.changzhouxinbei;

import static org.shequ.plugins.changzhouxinbei.XinbeiSections.TABLE_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.TABLE_2;

import java.util.List;
import org.shequ.plan.api.LostContent;

/**
 * The table cells the captured text lost: two target cells of 专栏一 and thirteen of the forty year
 * cells of 专栏二's rows 1–6. Each says where, if anywhere, the plan takes the figure from instead.
 */
final class XinbeiLost {
  private XinbeiLost() {}

  static List<LostContent> all() {
    return List.of(
        new LostContent(
            TABLE_1 + " 第6项",
            XinbeiWording.T1_CENTRE + " 2020年规划目标",
            "the target cell is blank; the 2020 rate of 100% is taken from 三(二)3: "
                + XinbeiWording.CENTRE_2017_2020),
        new LostContent(
            TABLE_1 + " 第9项",
            XinbeiWording.T1_INFORMATISATION + " 2020年规划目标",
            "the target cell is blank; the 2020 coverage of 100% is read from 三(二)2's"
                + " 2020年实现平台功能扩展全覆盖"),
        new LostContent(
            TABLE_2 + " 第1行",
            XinbeiStages.ROW_1 + " 2020年",
            "three cells survive (拟定方案, 调整到位, 动态达标), read as 2017–2019; no 2020 milestone"
                + " is set"),
        new LostContent(
            TABLE_2 + " 第2行",
            XinbeiWording.T2_HARMONIOUS + " 2020年",
            "three cells survive (25%, 50%, 75%), read as 2017–2019; 2020's 100% is taken from"
                + " 三(二)1: "
                + XinbeiWording.HARMONIOUS_2020),
        new LostContent(
            TABLE_2 + " 第3行",
            XinbeiWording.T2_PREMISES + " 2020年",
            "three cells survive (70%, 80%, 90%), read as 2017–2019; 2020's 100% of communities is"
                + " derived from 专栏一 items 3 and 4, which set the area for every community"),
        new LostContent(
            TABLE_2 + " 第4行",
            XinbeiWording.T2_CENTRE + " 2017–2020年",
            "all four cells are blank; the yearly rates are taken from 三(二)3: "
                + XinbeiWording.CENTRE_2017_2020),
        new LostContent(
            TABLE_2 + " 第5行",
            XinbeiWording.T2_CERTIFIED + " 2019–2020年",
            "two cells survive (40%, 60%), read as 2017 and 2018; 2019's 80% is derived from"
                + " 每年提高20% in 三(五)3 and 2020's 95% taken from 至2020年均达到95%"),
        new LostContent(
            TABLE_2 + " 第6行",
            XinbeiWording.T2_PAY + " 2017–2020年",
            "all four cells are blank; only 2020 is known, from 三(五)3: "
                + XinbeiWording.PAY_2020
                + " No yearly milestone is set for 2017–2019"));
  }
}
