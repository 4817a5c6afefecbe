package org.shequ.plan.api;

import java.util.Objects;

/**
 * A qualitative aim of the plan, as its 发展目标 / 总体目标 states it: the sentence a figure cannot carry
 * ("基本形成…城乡社区治理体系"). Plugins build goals when they build their plan; the host serves them with the
 * plan ({@code GET /api/v1/plans/{id}}) and the per-plan document lists them. Pure data; never
 * blocks.
 *
 * @param code stable within the plan, e.g. {@code GOAL-1}
 * @param text the goal in both languages; the Chinese is the document's own wording or a faithful
 *     abridgement of it
 * @param year the year the document sets for it ("到2020年"), or null when it sets none
 * @param provenance section and verbatim wording; STATED when the document states it as a goal
 * @since 1.1
 */
public record Goal(String code, LocalizedText text, Integer year, Provenance provenance) {
  public Goal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
  }
}
