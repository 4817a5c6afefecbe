package org.shequ.plugins.xiamen;

import java.util.List;
import org.shequ.plan.api.Provenance;

/**
 * The stages of 五(一)'s goal, in order: the legal and standards system for community services is
 * first being improved (逐步完善), then formed (形成), then implemented (落实) — “力争到2020年,形成并落实”.
 */
final class StandardsStages {
  static final String IMPROVING = "IMPROVING";
  static final String FORMED = "FORMED";
  static final String IMPLEMENTED = "IMPLEMENTED";

  /** One stage: code, names and where the document names it. */
  record StageDef(String code, String zh, String en, Provenance provenance) {}

  static final List<StageDef> STAGES =
      List.of(
          new StageDef(
              IMPROVING,
              "逐步完善城乡社区服务相关法规体系",
              "Improving the community-service regulations step by step",
              Provenance.stated(Source.STANDARDS, Source.STANDARDS_IMPROVING)),
          new StageDef(
              FORMED,
              "形成城乡社区服务法律法规和标准体系",
              "Legal and standards system for community services formed",
              Provenance.stated(Source.STANDARDS, Source.STANDARDS_2020)),
          new StageDef(
              IMPLEMENTED,
              "落实城乡社区服务法律法规和标准体系",
              "Legal and standards system for community services implemented",
              Provenance.stated(Source.STANDARDS, Source.STANDARDS_2020)));

  private StandardsStages() {}
}
