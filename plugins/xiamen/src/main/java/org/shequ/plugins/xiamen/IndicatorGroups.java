package org.shequ.plugins.xiamen;

import java.util.Comparator;
import java.util.List;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * The headings the document gathers its figures under: the three tasks of section 四 and, of the
 * safeguards of section 五, 推动标准化建设. The boxes 专栏5 and 专栏6 sit inside 四(二)4 and 四(三)1, so their
 * indicators belong to those tasks; boxes 1–4 are lost. An indicator belongs to the heading whose
 * text states or motivates it (its provenance's section); the document states every figure under
 * one of these headings, so none is left ungrouped.
 */
final class IndicatorGroups {
  private IndicatorGroups() {}

  /** A heading: its code, section prefix, name and the heading line as printed. */
  private record Heading(String code, String section, String zh, String en, String printed) {}

  private static final List<Heading> HEADINGS =
      List.of(
          new Heading(
              "XM-G-FACILITIES",
              "四(一)",
              "加强城乡社区服务设施建设",
              "Strengthening community service facilities",
              "(一)加强城乡社区服务设施建设"),
          new Heading(
              "XM-G-SUPPLY",
              "四(二)",
              "扩大城乡社区服务有效供给",
              "Widening the effective supply of community services",
              "(二)扩大城乡社区服务有效供给"),
          new Heading(
              "XM-G-WORKFORCE",
              "四(三)",
              "建强城乡社区服务队伍",
              "Building a strong community service workforce",
              "(三)建强城乡社区服务队伍"),
          new Heading(
              "XM-G-STANDARDS", "五(一)", "推动标准化建设", "Promoting standardisation", "(一)推动标准化建设"));

  /**
   * The groups over {@code indicators}, in the document's order; headings without any are left out.
   */
  static List<IndicatorGroup> of(List<Indicator> indicators) {
    return HEADINGS.stream()
        .map(
            h ->
                new IndicatorGroup(
                    h.code(),
                    LocalizedText.of(h.zh(), h.en()),
                    Provenance.stated(h.section(), h.printed()),
                    indicators.stream()
                        .filter(i -> i.provenance().section().startsWith(h.section()))
                        .sorted(Comparator.comparing(IndicatorGroups::item))
                        .map(Indicator::code)
                        .toList()))
        .filter(g -> !g.indicators().isEmpty())
        .toList();
  }

  /**
   * The numbered item an indicator's clause sits in, e.g. {@code 四(三)1} (a box inside an item
   * counts as the item), so that a group lists its indicators in the document's order.
   */
  private static String item(Indicator indicator) {
    String section = indicator.provenance().section();
    int space = section.indexOf(' ');
    return space < 0 ? section : section.substring(0, space);
  }
}
