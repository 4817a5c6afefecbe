package org.shequ.plan.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.PlanModule;

/**
 * The {@link PlanModule} extensions on the test classpath, found the way PF4J finds them: through
 * the {@code META-INF/extensions.idx} files its annotation processor writes for {@code @Extension}
 * classes. A regional plugin puts the national plugin on its test classpath to check its mappings.
 */
public final class ClasspathPlanModules {
  static final String INDEX = "META-INF/extensions.idx";

  private ClasspathPlanModules() {}

  /** Class names listed in every extensions index on the classpath. */
  public static Set<String> indexedClassNames() {
    Set<String> names = new LinkedHashSet<>();
    try {
      for (URL url :
          Collections.list(ClasspathPlanModules.class.getClassLoader().getResources(INDEX))) {
        try (var reader =
            new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          reader
              .lines()
              .map(String::trim)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** A new instance of every indexed class that is a {@link PlanModule}. */
  public static List<PlanModule> modules() {
    List<PlanModule> modules = new ArrayList<>();
    for (String name : indexedClassNames()) {
      try {
        Class<?> c = Class.forName(name);
        if (PlanModule.class.isAssignableFrom(c)) {
          modules.add((PlanModule) c.getDeclaredConstructor().newInstance());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot instantiate extension " + name, e);
      }
    }
    return modules;
  }

  /** Codes of the national indicator catalogue provided by modules on the classpath. */
  public static Set<String> nationalIndicatorCodes() {
    return modules().stream()
        .flatMap(m -> m.nationalIndicators().stream())
        .map(NationalIndicator::code)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
