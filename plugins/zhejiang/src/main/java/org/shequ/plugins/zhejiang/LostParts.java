package org.shequ.plugins.zhejiang;

import org.shequ.plan.api.Plan;

/**
 * What the captured text of the document lost or left blank, recorded so that nothing is guessed in
 * its place.
 */
final class LostParts {
  private LostParts() {}

  static void addTo(Plan.Builder plan) {
    plan.lost(
            Sections.TABLE,
            "第4行“十二五”建设情况: 社区公共服务综合信息平台覆盖率",
            "The captured table shows the row's “十二五” cells empty, beside both its targets"
                + " (城市60%以上, 农村30%以上). Whether the original left them blank or the"
                + " capture lost them is unknown; ZJ-04-URBAN and ZJ-04-RURAL carry no baseline.")
        .lost(
            Sections.TABLE,
            "第6行“十二五”建设情况: 建立社区社会工作室规范运行指导意见",
            "The row's second line (the studio guidance) has an empty “十二五” cell in the"
                + " captured table; ZJ-06-GUIDANCE carries no baseline stage.")
        .lost(
            Sections.FUNDING,
            "资金保障第三段开头",
            "The captured paragraph opens with «"
                + Quotes.FUNDING_FRAGMENT
                + "»: a fragment repeated from 五(一) that runs into the next sentence without a"
                + " break, so the paragraph's own opening may be lost. The rest of the paragraph"
                + " is ZJ-S2-4.");
  }
}
