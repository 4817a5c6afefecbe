package org.shequ.plan.testkit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Plan;

/**
 * What {@link PlanContract} says about a plan's national mappings: that the catalogue they are
 * checked against is missing from the test classpath, and how to add it; or which codes are
 * unknown, with the codes that are known.
 */
final class NationalMappings {
  /** How a plugin puts the national catalogue on its test classpath, quoted in failures. */
  static final String TEST_DEPENDENCY =
      "<dependency><groupId>org.shequ</groupId><artifactId>plan-national</artifactId>"
          + "<version>${project.version}</version><scope>test</scope></dependency>";

  private NationalMappings() {}

  /**
   * Why the mappings of {@code plan} cannot be checked when it maps to national codes and {@code
   * codes}, the catalogue on the test classpath, is empty; empty otherwise.
   */
  static Optional<String> missingCatalogue(Plan plan, Set<String> codes) {
    List<String> mapped =
        plan.indicators().stream()
            .filter(i -> i.nationalIndicator() != null)
            .map(i -> i.code() + " → " + i.nationalIndicator())
            .toList();
    if (mapped.isEmpty() || !codes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "plan "
            + plan.id()
            + " maps "
            + String.join(", ", mapped)
            + " to national indicators, but no national indicator catalogue is on the test"
            + " classpath, so the mappings cannot be checked. Add the national plugin to the"
            + " plugin's pom as a test dependency: "
            + TEST_DEPENDENCY);
  }

  /** One message per indicator of {@code plan} that maps to a code not in {@code codes}. */
  static List<String> unknownCodes(Plan plan, Set<String> codes) {
    String known = String.join(", ", new TreeSet<>(codes));
    return plan.indicators().stream()
        .filter(i -> i.nationalIndicator() != null && !codes.contains(i.nationalIndicator()))
        .map(i -> message(i, known))
        .toList();
  }

  private static String message(Indicator i, String known) {
    return "indicator "
        + i.code()
        + " maps to unknown national indicator "
        + i.nationalIndicator()
        + "; known codes: "
        + known
        + " (the constants of org.shequ.plan.api.NationalCodes)";
  }
}
