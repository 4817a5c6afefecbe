package org.shequ.plan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.plan.api.Plan;

/** Finding, checking and rewriting {@code docs/plans/<plan-id>.md}. */
class PlanDocumentsTest {
  @TempDir Path repo;

  @Test
  void theRepositoryIsTheNearestDirectoryAboveThatHoldsDocs() throws IOException {
    Path module = Files.createDirectories(repo.resolve("plugins/demo"));
    Files.createDirectories(repo.resolve("docs"));

    assertThat(PlanDocuments.above(module)).map(PlanDocuments::root).contains(repo);
    assertThat(PlanDocuments.above(repo)).map(PlanDocuments::root).contains(repo);
  }

  @Test
  void withoutDocsThereIsNothingToCheck() throws IOException {
    Path module = Files.createDirectories(repo.resolve("plugins/demo"));

    assertThat(PlanDocuments.above(module).map(PlanDocuments::root))
        .satisfiesAnyOf(
            found -> assertThat(found).isEmpty(),
            // A docs/ above the temporary directory would be found instead, never one below it.
            found -> assertThat(repo.startsWith(found.orElseThrow())).isTrue());
  }

  @Test
  void theDocumentIsTheRenderingThenAPointerToTheNotesWhenThereAreNone() throws IOException {
    Plan plan = PlanDocumentTest.plan();
    PlanDocuments docs = new PlanDocuments(repo);

    String expected = docs.expected(plan, List.of());

    assertThat(expected).startsWith(PlanDocument.render(plan));
    assertThat(expected)
        .endsWith(
            "\n\n*No hand-written notes: clauses not encoded, and why, go in"
                + " `demo-2016-2020.notes.md`, appended here when the document is regenerated.*\n");
    assertThat(docs.current(plan.id())).isEmpty();
  }

  @Test
  void handWrittenNotesAreAppendedVerbatim() throws IOException {
    Plan plan = PlanDocumentTest.plan();
    PlanDocuments docs = new PlanDocuments(repo);
    Files.createDirectories(repo.resolve("docs/plans"));
    String notes = "## Not encoded, and why\r\n\r\n- «专栏1» is an image.";
    Files.writeString(docs.notes(plan.id()), notes, StandardCharsets.UTF_8);

    assertThat(docs.expected(plan, List.of()))
        .isEqualTo(
            PlanDocument.render(plan) + "\n## Not encoded, and why\n\n- «专栏1» is an image.\n");
  }

  @Test
  void writingCreatesTheDirectoryAndTheDocumentThenMatches() throws IOException {
    Plan plan = PlanDocumentTest.plan();
    PlanDocuments docs = new PlanDocuments(repo);

    Path written = docs.write(plan, List.of());

    assertThat(written).isEqualTo(repo.resolve("docs/plans/demo-2016-2020.md"));
    assertThat(docs.current(plan.id())).contains(docs.expected(plan, List.of()));
    // A checkout with Windows line ends still matches.
    Files.writeString(
        written, docs.expected(plan, List.of()).replace("\n", "\r\n"), StandardCharsets.UTF_8);
    assertThat(docs.current(plan.id())).contains(docs.expected(plan, List.of()));
  }

  @Test
  void aStaleDocumentIsReportedByItsFirstDifferingLine() {
    assertThat(PlanDocuments.firstDifference("a\nb\nc\n", "a\nB\nc\n"))
        .isEqualTo("line 2: the plan renders «b» but the file has «B»");
    assertThat(PlanDocuments.firstDifference("a\nb\n", "a\n"))
        .isEqualTo("line 2: the plan renders «b» but the file has «»");
    assertThat(PlanDocuments.firstDifference("a\n", "a\n")).isEqualTo("no difference");
  }

  @Test
  void theRegenerateCommandNamesTheModule() {
    PlanDocuments docs = new PlanDocuments(repo);

    assertThat(docs.regenerateCommand(repo.resolve("plugins/demo")))
        .isEqualTo("./mvnw -o -pl plugins/demo -am verify -Dshequ.plan-docs.write=true");
    assertThat(docs.regenerateCommand(repo))
        .isEqualTo("./mvnw -o verify -Dshequ.plan-docs.write=true");
  }
}
