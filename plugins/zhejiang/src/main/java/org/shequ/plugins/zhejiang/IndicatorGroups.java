package org.shequ.plugins.zhejiang;

import java.util.List;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * The headings the document gathers its indicators under, in its order: the 附件 summary table first
 * (the document's own list of indicators), then the projects (工程) of section 四 and the safeguards
 * of section 五 whose running text states the remaining ones. An indicator of the table stays in the
 * table even where a project's text repeats it (one group each). 四(一) 标准化引领工程 has no group: its
 * only figure, the standards catalogue, is row 1 of the table. The measures read from the review of
 * section 一 sit under no heading of the plan and stay ungrouped.
 */
final class IndicatorGroups {
  private IndicatorGroups() {}

  static List<IndicatorGroup> all() {
    return List.of(
        new IndicatorGroup(
            "ZJ-G-TABLE",
            LocalizedText.of(
                Quotes.TABLE_TITLE,
                "Summary table of the indicators of the 13th five-year community governance plan"),
            Provenance.stated(Sections.TABLE, "附件:" + Quotes.TABLE_TITLE),
            TableIndicators.all().stream().map(Indicator::code).toList()),
        group(
            "ZJ-G-SELF-GOVERNANCE",
            Sections.SELF_GOVERNANCE,
            "居民自治强化工程",
            "Strengthening residents' self-governance",
            "(二)居民自治强化工程",
            "ZJ-DIRECT-ELECTION",
            "ZJ-VILLAGE-RULES"),
        group(
            "ZJ-G-CONSULTATION",
            Sections.CONSULTATION,
            "社区协商制度化工程",
            "Institutionalising community consultation",
            "(三)社区协商制度化工程",
            "ZJ-CONSULTATION"),
        group(
            "ZJ-G-THREE-SOCIETIES",
            Sections.THREE_SOCIETIES,
            "“三社联动”创新工程",
            "Innovation in the “three-society linkage”",
            "(四)“三社联动”创新工程",
            "ZJ-SW-PER-COMMUNITY",
            "ZJ-SW-AGENCY-URBAN",
            "ZJ-SW-AGENCY-RURAL"),
        group(
            "ZJ-G-RURAL",
            Sections.RURAL,
            "农村社区建设深化工程",
            "Deepening rural community building",
            "(五)农村社区建设深化工程",
            "ZJ-DEMO-COUNTIES"),
        group(
            "ZJ-G-FUNDING",
            Sections.FUNDING,
            "资金保障",
            "Funding",
            "(二)资金保障",
            "ZJ-URBAN-SERVICE-CENTRE"),
        group(
            "ZJ-G-TALENT",
            Sections.TALENT,
            "人才保障",
            "Talent",
            "(三)人才保障",
            "ZJ-SW-TRAINING",
            "ZJ-SW-SUPERVISORS",
            "ZJ-VOLUNTEERS",
            "ZJ-VOLUNTEER-RATE"));
  }

  private static IndicatorGroup group(
      String code, String section, String zh, String en, String heading, String... indicators) {
    return new IndicatorGroup(
        code, LocalizedText.of(zh, en), Provenance.stated(section, heading), List.of(indicators));
  }
}
