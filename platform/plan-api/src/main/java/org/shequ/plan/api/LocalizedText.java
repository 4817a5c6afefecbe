package org.shequ.plan.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Chinese (the document's language) and English. Both are required.
 *
 * <p>Built by plugins for every name, label and message; served by the host in the caller's
 * language (zh or en). Immutable; never blocks.
 */
public record LocalizedText(String zh, String en) {
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
  public String in(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
