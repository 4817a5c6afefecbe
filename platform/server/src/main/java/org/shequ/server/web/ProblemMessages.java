package org.shequ.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The problem bundles {@code messages/problems_zh.properties} and {@code problems_en.properties}
 * (UTF-8). Every message goes through {@link java.text.MessageFormat}: arguments are {@code {0}},
 * {@code {1}}…, and an apostrophe is written {@code ''}.
 */
public final class ProblemMessages {
  private static final ResourceBundleMessageSource BUNDLES = bundles();

  private ProblemMessages() {}

  /** {@code text} in {@code locale}; a key missing from the bundles shows as itself. */
  public static String resolve(ProblemText text, Locale locale) {
    if (text.literal() != null) {
      return text.literal().in(locale);
    }
    Object[] args = text.args().stream().map(a -> argument(a, locale)).toArray();
    for (String key : text.keys()) {
      try {
        return BUNDLES.getMessage(key, args, language(locale));
      } catch (NoSuchMessageException e) {
        // try the next key
      }
    }
    return text.keys().isEmpty() ? "" : text.keys().get(0);
  }

  /** Reads both bundles now, at start-up, so no event-loop thread ever reads a file for them. */
  static void load() {
    for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
      BUNDLES.getMessage("status.default", null, locale);
    }
  }

  /** {@code value} with every {@link ProblemText} inside it (in maps and lists) resolved. */
  public static Object resolveAll(Object value, Locale locale) {
    if (value instanceof ProblemText t) {
      return t.in(locale);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, resolveAll(v, locale)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(resolveAll(v, locale)));
      return out;
    }
    return value;
  }

  // Plain strings, so MessageFormat neither groups years ("2,019") nor formats dates.
  private static Object argument(Object arg, Locale locale) {
    return arg instanceof ProblemText t ? t.in(locale) : String.valueOf(arg);
  }

  private static Locale language(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
  }

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages/problems");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }
}
