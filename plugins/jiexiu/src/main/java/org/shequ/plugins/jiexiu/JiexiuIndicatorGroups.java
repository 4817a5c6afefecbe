package org.shequ.plugins.jiexiu;

import static org.shequ.plugins.jiexiu.JiexiuIndicators.CERTIFIED_PER_COMMUNITY;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.COMMUNITY_SOCIAL_ORGS;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.COMMUNITY_SOCIAL_WORKERS;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.INFO_PLATFORM_COVERAGE;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.PRIVATE_AGENCIES;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.RURAL_FACILITY_COVERAGE;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.SOCIAL_ORGS_PER_COMMUNITY;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.SOCIAL_WORKER_SHARE;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.SOCIAL_WORK_PURCHASE_FUNDS;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.SOCIAL_WORK_TALENT;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.STREET_ONE_STOP;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.STREET_SOCIAL_WORK_POSTS;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.URBAN_FACILITY_AREA;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.URBAN_FACILITY_COVERAGE;
import static org.shequ.plugins.jiexiu.JiexiuIndicators.URBAN_FACILITY_UPGRADE;

import java.util.List;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * The headings the document states its figures under, in its order: the 2020 targets of 二(三) 总体目标,
 * then the tasks of section 三 whose text motivates the rest. 三(二) 增强社会组织承载功能 sets no figure the
 * plan measures (the social-organisation targets are those of 总体目标), so it has no group. The
 * document has no 专栏 box.
 */
final class JiexiuIndicatorGroups {
  private JiexiuIndicatorGroups() {}

  static List<IndicatorGroup> all() {
    return List.of(
        group(
            "JX-G-GOALS",
            "二(三)",
            "总体目标",
            "Overall goals",
            "(三)总体目标",
            URBAN_FACILITY_UPGRADE,
            URBAN_FACILITY_AREA,
            COMMUNITY_SOCIAL_ORGS,
            SOCIAL_ORGS_PER_COMMUNITY,
            SOCIAL_WORK_TALENT,
            COMMUNITY_SOCIAL_WORKERS),
        group(
            "JX-G-PLATFORM",
            "三(一)",
            "夯实城乡社区联动平台",
            "Consolidating the community platform for linkage",
            "(一)夯实城乡社区联动平台",
            URBAN_FACILITY_COVERAGE,
            RURAL_FACILITY_COVERAGE,
            INFO_PLATFORM_COVERAGE,
            STREET_ONE_STOP),
        group(
            "JX-G-SOCIAL-WORK",
            "三(三)",
            "强化社会工作专业人才支撑力量",
            "Strengthening the support of professional social-work talent",
            "(三)强化社会工作专业人才支撑力量",
            CERTIFIED_PER_COMMUNITY,
            SOCIAL_WORKER_SHARE,
            STREET_SOCIAL_WORK_POSTS,
            PRIVATE_AGENCIES,
            SOCIAL_WORK_PURCHASE_FUNDS));
  }

  private static IndicatorGroup group(
      String code, String section, String zh, String en, String heading, String... indicators) {
    return new IndicatorGroup(
        code, LocalizedText.of(zh, en), Provenance.stated(section, heading), List.of(indicators));
  }
}
