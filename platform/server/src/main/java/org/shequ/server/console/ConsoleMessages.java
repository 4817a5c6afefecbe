package org.shequ.server.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The console's texts: every {@code messages/console/<area>_<lang>.properties} bundle on the class
 * path, merged per language. Read once at start-up (no file access on an event loop).
 */
@Component
class ConsoleMessages {
  static final java.util.List<String> LANGUAGES = java.util.List.of("zh", "en");

  private final Map<String, Map<String, String>> byLanguage = new TreeMap<>();

  ConsoleMessages() {
    for (String lang : LANGUAGES) {
      byLanguage.put(lang, load(lang));
    }
  }

  /** The texts of one language, by key; null for a language the console has no bundles for. */
  Map<String, String> of(String lang) {
    return byLanguage.get(lang);
  }

  private static Map<String, String> load(String lang) {
    Map<String, String> texts = new TreeMap<>();
    try {
      Resource[] bundles =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:messages/console/*_" + lang + ".properties");
      for (Resource bundle : bundles) {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
          p.load(in);
        }
        p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the console's message bundles", e);
    }
    return Map.copyOf(texts);
  }
}
