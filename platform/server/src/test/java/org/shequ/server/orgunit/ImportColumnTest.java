package org.shequ.server.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.TestPaths;

/** Headers as people write them, and the documentation that lists them. */
class ImportColumnTest {

  @Test
  void headersMatchWhateverTheirCaseSpacingOrTrailingNote() {
    assertThat(ImportColumn.byHeader("城乡")).contains(ImportColumn.AREA);
    assertThat(ImportColumn.byHeader("区域类型")).contains(ImportColumn.AREA);
    assertThat(ImportColumn.byHeader(" 名称（必填） ")).contains(ImportColumn.NAME);
    assertThat(ImportColumn.byHeader("人口*")).contains(ImportColumn.POPULATION);
    assertThat(ImportColumn.byHeader("Population (persons)")).contains(ImportColumn.POPULATION);
    assertThat(ImportColumn.byHeader("Division Code")).contains(ImportColumn.DIVISION_CODE);
    assertThat(ImportColumn.byHeader("PARENT-ID")).contains(ImportColumn.PARENT);
    assertThat(ImportColumn.byHeader("上级")).contains(ImportColumn.PARENT);
    assertThat(ImportColumn.byHeader("\uFEFF编码")).contains(ImportColumn.ID);
    assertThat(ImportColumn.byHeader("备注")).isEmpty();
    assertThat(ImportColumn.byHeader("")).isEmpty();
  }

  @Test
  void theImportGuideListsEveryHeaderTheImportAccepts() throws IOException {
    Path guide = Path.of(TestPaths.pluginsDir()).getParent().resolve("docs/org-unit-import.md");
    String text = Files.readString(guide);
    for (ImportColumn column : ImportColumn.values()) {
      String row =
          text.lines()
              .filter(l -> l.startsWith("| `" + column.en + "`"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + column.en));
      assertThat(row).as(column.en).contains(column.names());
    }
  }

  @Test
  void columnLettersCountAsASpreadsheetDoes() {
    assertThat(ImportTable.letter(1)).isEqualTo("A");
    assertThat(ImportTable.letter(26)).isEqualTo("Z");
    assertThat(ImportTable.letter(27)).isEqualTo("AA");
    assertThat(ImportTable.letter(703)).isEqualTo("AAA");
  }
}
