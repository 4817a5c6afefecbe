package org.shequ.plan.api;

import java.util.Objects;

/**
 * One ordered stage of a qualitative indicator (e.g. 拟定方案 → 调整到位 → 动态达标). The order is the position
 * in {@link Indicator#stages()}: later is further.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; a form field reporting the
 * indicator takes the stages as its options ({@link Field#stagesOf}); the host reads them when it
 * judges status. Immutable; never blocks.
 */
public record Stage(String code, LocalizedText name, Provenance provenance) {
  public Stage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provenance, "provenance");
  }
}
