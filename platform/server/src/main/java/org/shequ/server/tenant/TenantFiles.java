package org.shequ.server.tenant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.shequ.plan.api.Plan;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code <tenants-dir>/*.yaml}. Each file is checked on its own, so one malformed file is
 * reported (by name and line) and the others still count.
 */
@Component
public class TenantFiles {
  private final YAMLMapper yaml =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** Every {@code .yaml}/{@code .yml} file of the directory, in name order. */
  public List<TenantFile> read(Path dir) {
    return read(dir, null);
  }

  /**
   * Every file of the directory, in name order; a file naming a plan that {@code plans} does not
   * provide is refused like a malformed one, so no tenant runs a plan the server cannot serve; so
   * is a list of plans out of time order, overlapping in a year or sharing a form code ({@link
   * PlanSequence}). With {@code plans} null the plan ids are not checked.
   */
  public List<TenantFile> read(Path dir, Function<String, Optional<Plan>> plans) {
    List<TenantFile> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(TenantFiles::isYaml).sorted().toList()) {
        out.add(read(file, file.getFileName().toString(), plans));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list tenant files in " + dir, e);
    }
    return out;
  }

  /** The id a file must declare: its name without extension. */
  static String expectedId(String fileName) {
    return fileName.replaceFirst("\\.ya?ml$", "");
  }

  private TenantFile read(Path file, String name, Function<String, Optional<Plan>> plans) {
    TenantDescriptor d;
    try {
      d = yaml.readValue(file.toFile(), TenantDescriptor.class);
    } catch (JacksonException e) {
      return TenantFile.bad(name, line(file, e), field(e), e.getOriginalMessage());
    }
    if (d == null) {
      return TenantFile.bad(name, 0, null, "the file is empty");
    }
    Refusal refusal = check(d, expectedId(name));
    if (refusal != null) {
      return TenantFile.bad(
          name, lineOfKey(file, refusal.field()), refusal.field(), refusal.problem());
    }
    if (plans == null) {
      return TenantFile.ok(name, d);
    }
    List<String> unknown = d.plans().stream().filter(id -> plans.apply(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      return TenantFile.bad(
          name,
          lineOfKey(file, "plans"),
          "plans",
          "no plugin provides plan " + String.join(", ", unknown) + " (see /api/v1/plugins)");
    }
    Optional<String> sequence =
        PlanSequence.problem(d.plans().stream().map(id -> plans.apply(id).orElseThrow()).toList());
    if (sequence.isPresent()) {
      return TenantFile.bad(name, lineOfKey(file, "plans"), "plans", sequence.get());
    }
    return TenantFile.ok(name, d);
  }

  /** The 1-based line where {@code key} starts, or 0 when the file cannot tell. */
  private static int lineOfKey(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().startsWith(key + ":")) {
          return i + 1;
        }
      }
    } catch (IOException ignored) {
      // the file as a whole, then
    }
    return 0;
  }

  /**
   * The line of a problem: the line of the offending key when Jackson names one (its own location
   * is where the parser stopped, often the next line), else where the parser stopped.
   */
  private static int line(Path file, JacksonException e) {
    if (e instanceof PropertyBindingException p && p.getPropertyName() != null) {
      int line = lineOfKey(file, p.getPropertyName());
      if (line > 0) {
        return line;
      }
    }
    // A value Jackson cannot read as its type (e.g. an unknown level): the line of its top-level
    // key, as the parser stops only on the next line. A file cut short keeps the parser's line.
    if (e instanceof InvalidFormatException && !e.getPath().isEmpty()) {
      String key = e.getPath().get(0).getPropertyName();
      int line = key == null ? 0 : lineOfKey(file, key);
      if (line > 0) {
        return line;
      }
    }
    // The YAML parser counts lines from 0.
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
  }

  /**
   * The key a parse problem is about, as a path ({@code name.zh}, {@code plans[1]}), or null when
   * Jackson names none (a syntax error).
   */
  private static String field(JacksonException e) {
    String path =
        e.getPath().stream()
            .map(
                r ->
                    r.getPropertyName() != null
                        ? "." + r.getPropertyName()
                        : "[" + r.getIndex() + "]")
            .collect(java.util.stream.Collectors.joining())
            .replaceFirst("^\\.", "");
    if (path.isEmpty() && e instanceof PropertyBindingException p) {
      return p.getPropertyName();
    }
    return path.isEmpty() ? null : path;
  }

  /** Why a descriptor is refused, and the key to correct. */
  private record Refusal(String field, String problem) {}

  private static Refusal check(TenantDescriptor d, String expectedId) {
    if (d.id() == null || !d.id().matches(TenantRules.ID_PATTERN)) {
      return new Refusal("id", "id must be lower-case words joined by '-', got " + d.id());
    }
    if (!d.id().equals(expectedId)) {
      return new Refusal("id", "id '" + d.id() + "' must match the file name '" + expectedId + "'");
    }
    if (d.name() == null || d.name().zh().isBlank() || d.name().en().isBlank()) {
      return new Refusal("name", "name needs zh and en");
    }
    if (d.divisionCode() == null || !d.divisionCode().matches("[0-9]{6}")) {
      return new Refusal(
          "divisionCode",
          "divisionCode must be the six-digit GB/T 2260 code, got " + d.divisionCode());
    }
    if (d.level() == null) {
      return new Refusal(
          "level", "level is required (PROVINCE, CITY, DISTRICT, COUNTY_CITY or COUNTY)");
    }
    return null;
  }

  private static boolean isYaml(Path p) {
    String n = p.getFileName().toString();
    return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
  }
}
