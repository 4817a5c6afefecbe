package org.shequ.plan.api;

import java.util.Objects;

/**
 * Part of the document that the captured text lost (an image-only 专栏 box, a table whose cells are
 * blank), recorded by its title so that readers know it exists and nothing is guessed in its place.
 * Plugins list it; the host serves it with the plan. Pure data; never blocks.
 *
 * @param section where it sat, e.g. {@code "四(一) 专栏1"}
 * @param title its title as the surviving text names it
 * @param note what is known of it and where, if anywhere, the plan takes its figures from instead
 * @since 1.1
 */
public record LostContent(String section, String title, String note) {
  public LostContent {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(title, "title");
    note = note == null ? "" : note;
  }
}
