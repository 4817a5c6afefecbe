package org.shequ.plan.api;

import java.util.Objects;

/**
 * A body that issued the document; co-issuing departments have {@code lead == false}.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; served by the host with the
 * plan. Immutable; never blocks.
 */
public record Issuer(LocalizedText name, boolean lead) {
  public Issuer {
    Objects.requireNonNull(name, "name");
  }

  public static Issuer lead(String zh, String en) {
    return new Issuer(LocalizedText.of(zh, en), true);
  }

  public static Issuer coIssuer(String zh, String en) {
    return new Issuer(LocalizedText.of(zh, en), false);
  }
}
