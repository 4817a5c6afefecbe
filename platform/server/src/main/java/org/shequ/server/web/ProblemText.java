package org.shequ.server.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.shequ.plan.api.LocalizedText;

/**
 * A text of a problem, resolved in the caller's language only when the problem is rendered: a
 * message of the problem bundles ({@code messages/problems_*.properties}) with its arguments, or a
 * text that already comes in both languages (a plan plugin's validation message).
 *
 * @param keys bundle keys, the first one the bundles hold wins
 * @param args arguments of the message; a {@code ProblemText} argument is resolved too
 * @param literal a text given in both languages, used instead of the bundles when not null
 */
public record ProblemText(List<String> keys, List<Object> args, LocalizedText literal) {

  public ProblemText {
    keys = List.copyOf(keys);
    args = List.copyOf(args);
  }

  /** The bundle message {@code key} with {@code args}. */
  public static ProblemText of(String key, Object... args) {
    return new ProblemText(List.of(key), Arrays.asList(nonNull(args)), null);
  }

  /** A text in both languages as it is, e.g. from a plan plugin. */
  public static ProblemText literal(LocalizedText text) {
    return new ProblemText(List.of(), List.of(), text);
  }

  /** This text in {@code locale}. */
  public String in(Locale locale) {
    return ProblemMessages.resolve(this, locale);
  }

  private static Object[] nonNull(Object[] args) {
    Object[] copy = args.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        copy[i] = "";
      }
    }
    return copy;
  }
}
