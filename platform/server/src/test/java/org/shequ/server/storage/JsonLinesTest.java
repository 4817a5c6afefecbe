package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents one a line, null as an empty line; a document spanning lines is refused. */
class JsonLinesTest {
  @Test
  void documentsAreLinesAndNullAnEmptyOne() {
    assertThat(JsonLines.of(Arrays.asList("{\"a\":1}", null, "{\"b\":\"x\\ny\"}")))
        .isEqualTo("{\"a\":1}\n\n{\"b\":\"x\\ny\"}");
    assertThat(JsonLines.of(List.of())).isEmpty();
  }

  @Test
  void aDocumentWithALineBreakIsRefused() {
    assertThatThrownBy(() -> JsonLines.of(List.of("{\"a\":\n1}")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
