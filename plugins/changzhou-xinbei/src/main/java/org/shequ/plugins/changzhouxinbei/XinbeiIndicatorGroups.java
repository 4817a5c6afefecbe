package org.shequ.plugins.changzhouxinbei;

import java.util.List;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * The document's two boxes, in its order: 专栏一 (the nine main indicators for 2020) and 专栏二 (the
 * yearly schedule of ten goals). Rows 1–6 of 专栏二 schedule goals that 专栏一 already lists, so those
 * indicators stay under 专栏一 (one group each); 专栏二 holds the goals only it lists (rows 7–10). The
 * party-work coverage of 三(三)1 is in neither box and stays ungrouped.
 */
final class XinbeiIndicatorGroups {
  private XinbeiIndicatorGroups() {}

  static List<IndicatorGroup> all() {
    return List.of(
        new IndicatorGroup(
            "XB-G-BOX-1",
            LocalizedText.of(
                "常州市新北区“十三五”城乡社区发展规划主要指标",
                "Box 1: main indicators of the Xinbei 13th five-year community development plan"),
            Provenance.stated(XinbeiSections.TABLE_1, XinbeiSections.TABLE_1),
            List.of(
                "XB-COMMUNITY-SIZE",
                "XB-HIGH-STANDARD-HARMONIOUS",
                "XB-URBAN-PREMISES-STANDARD",
                "XB-URBAN-PREMISES-AVERAGE",
                "XB-RURAL-PREMISES-STANDARD",
                "XB-RURAL-PREMISES-AVERAGE",
                "XB-OFFICE-SHARE",
                "XB-STREET-SERVICE-CENTRE",
                "XB-CERTIFIED-WORKERS",
                "XB-WORKER-PAY",
                "XB-INFORMATISATION-COVERAGE")),
        new IndicatorGroup(
            "XB-G-BOX-2",
            LocalizedText.of(
                "新北区城乡社区发展“十三五”期间主要目标进度表",
                "Box 2: yearly schedule of the main goals of Xinbei community development,"
                    + " 2017–2020"),
            new Provenance(
                XinbeiSections.TABLE_2,
                XinbeiSections.TABLE_2,
                Derivation.STATED,
                "rows 1–6 schedule goals 专栏一 lists; their indicators are shown under 专栏一"),
            List.of(
                "XB-INFORMATISATION-PROGRESS",
                "XB-URBAN-SOCIAL-ORGS",
                "XB-RURAL-SOCIAL-ORGS",
                "XB-GRID-MANAGEMENT",
                "XB-DEMOCRATIC-CONSULTATION")));
  }
}
