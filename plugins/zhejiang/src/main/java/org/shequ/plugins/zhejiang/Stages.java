package org.shequ.plugins.zhejiang;

import java.util.List;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Stage;

/**
 * The ordered stages of the plan's two qualitative indicators. The region form's ENUM fields take
 * their options from the indicators ({@code Field.stagesOf}), so the stages are written once.
 */
final class Stages {
  private Stages() {}

  static final String CATALOGUE_NOT_DRAWN_UP = "NOT_DRAWN_UP";
  static final String CATALOGUE_DRAWN_UP = "REFERENCE_CATALOGUE_DRAWN_UP";

  /** 社区公共服务相关标准目录: 未制订 → 制订参考目录. */
  static final List<Stage> STANDARDS_CATALOGUE =
      List.of(
          new Stage(
              CATALOGUE_NOT_DRAWN_UP,
              LocalizedText.of("未制订", "Not drawn up"),
              Sources.table(Quotes.T1_BASE)),
          new Stage(
              CATALOGUE_DRAWN_UP,
              LocalizedText.of("制订参考目录", "Reference catalogue drawn up"),
              Sources.table(Quotes.T1_TARGET)));

  static final String GUIDANCE_NOT_ISSUED = "NOT_ISSUED";
  static final String GUIDANCE_ISSUED = "ISSUED";

  /** 社区社会工作室规范运行指导意见: not yet issued → issued. */
  static final List<Stage> STUDIO_GUIDANCE =
      List.of(
          new Stage(
              GUIDANCE_NOT_ISSUED,
              LocalizedText.of("指导意见尚未建立", "Guidance not yet issued"),
              Sources.tableDerived(
                  Quotes.T6_GUIDANCE,
                  "the document names only the goal; the stage before it is the guidance not"
                      + " yet existing")),
          new Stage(
              GUIDANCE_ISSUED,
              LocalizedText.of("建立社区社会工作室规范运行指导意见", "Guidance on running studios issued"),
              Sources.table(Quotes.T6_GUIDANCE)));

  /** Adds {@code stages}, in order, to an indicator being built. */
  static Indicator.Builder addTo(Indicator.Builder builder, List<Stage> stages) {
    stages.forEach(s -> builder.stage(s.code(), s.name().zh(), s.name().en(), s.provenance()));
    return builder;
  }
}
