package org.shequ.plan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Unit;

/** {@code docs/national-codes.md}: one row per catalogue code, written and read back. */
class NationalCodesDocumentTest {
  @TempDir Path repo;

  private static final Provenance P = Provenance.stated("一", "原文");

  private static final List<NationalIndicator> CATALOGUE =
      List.of(
          new NationalIndicator(
              "URBAN_COVERAGE",
              LocalizedText.of("城市覆盖率", "Urban coverage"),
              Unit.PERCENT,
              AreaType.URBAN,
              LocalizedText.of("有设施的社区|占比", "Communities with a centre, as a share"),
              List.of(
                  new NationalIndicator.Benchmark(
                      Figure.number("96.4"), LocalDate.of(2020, 9, 30), P)),
              Target.of(2020, Comparator.AT_LEAST, Figure.number(100), P)),
          new NationalIndicator(
              "VOLUNTEERS",
              LocalizedText.of("志愿者", "Volunteers"),
              Unit.PERSONS,
              AreaType.ALL,
              LocalizedText.of("注册人数", "Registered people"),
              List.of(),
              null));

  @Test
  void eachCodeIsARowWithNamesUnitAreaDefinitionTargetAndBenchmarks() {
    String doc = NationalCodesDocument.render(CATALOGUE);

    assertThat(doc)
        .contains(
            "| `URBAN_COVERAGE` | 城市覆盖率<br>Urban coverage | % | urban |"
                + " 有设施的社区\\|占比<br>Communities with a centre, as a share | ≥ 100% by 2020 |"
                + " 96.4% (2020-09-30) |")
        .contains("| `VOLUNTEERS` | 志愿者<br>Volunteers | persons (人) | urban and rural |")
        .contains("| none | none |");
    assertThat(doc.indexOf("URBAN_COVERAGE")).isLessThan(doc.indexOf("`VOLUNTEERS`"));
  }

  @Test
  void theDocumentIsWrittenWhereItIsReadBack() throws IOException {
    Files.createDirectories(repo.resolve("docs"));
    PlanDocuments docs = new PlanDocuments(repo);
    assertThat(docs.currentNationalCodes()).isEmpty();

    Path file = docs.writeNationalCodes(CATALOGUE);

    assertThat(file).isEqualTo(repo.resolve("docs/national-codes.md"));
    assertThat(docs.currentNationalCodes()).contains(NationalCodesDocument.render(CATALOGUE));
  }
}
