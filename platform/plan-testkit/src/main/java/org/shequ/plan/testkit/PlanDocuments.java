package org.shequ.plan.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Plan;

/**
 * The generated documents of a repository: {@code docs/national-codes.md} ({@link
 * NationalCodesDocument}) and the per-plan documents, {@code docs/plans/<plan-id>.md}: each is the
 * {@link PlanDocument} rendering of its plan followed, verbatim, by the hand-written {@code
 * docs/plans/<plan-id>.notes.md} when there is one (what the plugin's authors did not encode, and
 * why). Used by {@link PlanContract} to check them and, with {@value #WRITE_PROPERTY}{@code =true},
 * to rewrite them.
 */
public final class PlanDocuments {
  /** System property that makes the contract rewrite the documents instead of checking them. */
  public static final String WRITE_PROPERTY = "shequ.plan-docs.write";

  private final Path root;

  /**
   * @param root the repository's root, the directory that holds {@code docs/}
   */
  public PlanDocuments(Path root) {
    this.root = root;
  }

  /**
   * The nearest directory at or above {@code start} that holds a {@code docs/} directory: the
   * repository root when a plugin's tests run in its module directory.
   */
  public static Optional<PlanDocuments> above(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs"))) {
        return Optional.of(new PlanDocuments(dir));
      }
    }
    return Optional.empty();
  }

  public Path root() {
    return root;
  }

  /** {@code docs/plans/<plan-id>.md}. */
  public Path document(String planId) {
    return root.resolve("docs").resolve("plans").resolve(planId + ".md");
  }

  /** {@code docs/national-codes.md}, the table of the national indicator catalogue. */
  public Path nationalCodes() {
    return root.resolve("docs").resolve("national-codes.md");
  }

  /** {@link #nationalCodes()} as it stands in the repository, or empty when there is none. */
  public Optional<String> currentNationalCodes() throws IOException {
    Path file = nationalCodes();
    return Files.isRegularFile(file)
        ? Optional.of(unixLines(Files.readString(file, StandardCharsets.UTF_8)))
        : Optional.empty();
  }

  /** Writes {@link #nationalCodes()} from {@code catalogue}. */
  public Path writeNationalCodes(List<NationalIndicator> catalogue) throws IOException {
    Path file = nationalCodes();
    Files.writeString(file, NationalCodesDocument.render(catalogue), StandardCharsets.UTF_8);
    return file;
  }

  /** {@code docs/plans/<plan-id>.notes.md}, written by hand; it may not exist. */
  public Path notes(String planId) {
    return root.resolve("docs").resolve("plans").resolve(planId + ".notes.md");
  }

  /** What {@link #document} must contain: the rendering, then the notes if any. */
  public String expected(Plan plan, List<NationalIndicator> catalogue) throws IOException {
    String rendered = PlanDocument.render(plan, catalogue);
    Path notes = notes(plan.id());
    if (!Files.isRegularFile(notes)) {
      return rendered
          + "\n"
          + "*No hand-written notes: clauses not encoded, and why, go in `"
          + notes.getFileName()
          + "`, appended here when the document is regenerated.*\n";
    }
    String text = unixLines(Files.readString(notes, StandardCharsets.UTF_8));
    return rendered + "\n" + (text.endsWith("\n") ? text : text + "\n");
  }

  /** The document as it stands in the repository, or empty when there is none. */
  public Optional<String> current(String planId) throws IOException {
    Path file = document(planId);
    return Files.isRegularFile(file)
        ? Optional.of(unixLines(Files.readString(file, StandardCharsets.UTF_8)))
        : Optional.empty();
  }

  /** Writes the document of {@code plan}, creating {@code docs/plans/} if needed. */
  public Path write(Plan plan, List<NationalIndicator> catalogue) throws IOException {
    Path file = document(plan.id());
    Files.createDirectories(file.getParent());
    Files.writeString(file, expected(plan, catalogue), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The command that regenerates the documents of the module whose tests run in {@code moduleDir}.
   */
  public String regenerateCommand(Path moduleDir) {
    Path module = root.relativize(moduleDir.toAbsolutePath().normalize());
    String pl =
        module.toString().isEmpty() ? "" : " -pl " + module.toString().replace('\\', '/') + " -am";
    return "./mvnw -o" + pl + " verify -D" + WRITE_PROPERTY + "=true";
  }

  /**
   * Where two texts first differ, as "line N: expected «…» but the file has «…»", for a failure
   * message that points at the change without printing both documents.
   */
  static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int n = 0; n < Math.max(e.length, a.length); n++) {
      String el = n < e.length ? e[n] : "(end of document)";
      String al = n < a.length ? a[n] : "(end of file)";
      if (!el.equals(al)) {
        return "line " + (n + 1) + ": the plan renders «" + el + "» but the file has «" + al + "»";
      }
    }
    return "no difference";
  }

  private static String unixLines(String s) {
    return s.replace("\r\n", "\n");
  }
}
