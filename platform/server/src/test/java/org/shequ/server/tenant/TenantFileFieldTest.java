package org.shequ.server.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused tenant file names the key to correct and its line, so the operator's tenant-file page
 * can point at both; a syntax error names no key.
 */
class TenantFileFieldTest {
  private static final String XIAMEN =
      """
      id: xiamen
      name: {zh: 厦门市, en: Xiamen}
      divisionCode: "350200"
      level: CITY
      plans: [xiamen-2016-2020]
      """;

  @Test
  void eachRefusalNamesItsKeyAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), XIAMEN.replace("id: xiamen", "id: a") + "mayor: x\n");
    Files.writeString(
        dir.resolve("b.yaml"), XIAMEN.replace("id: xiamen", "id: b").replace("350200", "35020"));
    Files.writeString(dir.resolve("c.yaml"), XIAMEN);
    Files.writeString(
        dir.resolve("d.yaml"), XIAMEN.replace("id: xiamen", "id: d").replace("CITY", "TOWN"));
    Files.writeString(dir.resolve("e.yaml"), "id: e\nname: {zh: 厦门市\n\tlevel: CITY\n");

    List<TenantFile> read = new TenantFiles().read(dir);

    assertThat(read)
        .extracting(TenantFile::file, TenantFile::field, TenantFile::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.yaml", "mayor", 6),
            org.assertj.core.groups.Tuple.tuple("b.yaml", "divisionCode", 3),
            org.assertj.core.groups.Tuple.tuple("c.yaml", "id", 1),
            org.assertj.core.groups.Tuple.tuple("d.yaml", "level", 4),
            // A syntax error: where the parser stopped, inside the key it was reading.
            org.assertj.core.groups.Tuple.tuple("e.yaml", "name", 3));
    assertThat(read.get(4).problem()).isNotBlank();
  }

  @Test
  void aPlanNoPluginProvidesIsRefusedOnThePlansKey(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("xiamen.yaml"), XIAMEN);

    TenantFile read = new TenantFiles().read(dir, plan -> Optional.empty()).get(0);

    assertThat(read.field()).isEqualTo("plans");
    assertThat(read.line()).isEqualTo(5);
    assertThat(read.valid()).isFalse();
  }
}
