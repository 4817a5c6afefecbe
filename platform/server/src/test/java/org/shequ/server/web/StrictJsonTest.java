package org.shequ.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.OrgUnitLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the request-body mapper accepts as written and what it refuses instead of guessing. */
class StrictJsonTest {
  record Body(
      String text,
      Integer count,
      Double share,
      Boolean flag,
      OrgUnitLevel level,
      LocalDate day,
      List<String> tags,
      JsonNode any) {}

  private static final JsonMapper JSON = mapper();

  private static JsonMapper mapper() {
    JsonMapper.Builder builder =
        JsonMapper.builder(StrictJsonConfiguration.checked(JsonFactory.builder()));
    StrictJsonConfiguration.strict(builder);
    return builder.build();
  }

  private static Body read(String json) {
    return JSON.readValue(json, Body.class);
  }

  @Test
  void valuesOfTheirOwnJsonTypeAreRead() {
    Body body =
        read(
            "{\"text\":\"\",\"count\":3,\"share\":2,\"flag\":false,\"level\":\"STREET\","
                + "\"day\":\"2019-07-01\",\"tags\":[],\"any\":1e300}");
    assertThat(body.text()).isEmpty();
    assertThat(body.count()).isEqualTo(3);
    assertThat(body.share()).isEqualTo(2.0);
    assertThat(body.level()).isEqualTo(OrgUnitLevel.STREET);
    assertThat(body.day()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(body.any().doubleValue()).isEqualTo(1e300);
  }

  @Test
  void otherJsonTypesAreRefusedNotCoerced() {
    for (String json :
        List.of(
            "{\"text\":true}",
            "{\"text\":12}",
            "{\"count\":\"12\"}",
            "{\"count\":1.5}",
            "{\"count\":\"\"}",
            "{\"share\":\"0.5\"}",
            "{\"flag\":1}",
            "{\"flag\":\"true\"}",
            "{\"level\":1}",
            "{\"level\":\"\"}",
            "{\"day\":20190701}",
            "{\"day\":\"\"}",
            "{\"tags\":\"a\"}")) {
      assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(JacksonException.class);
    }
  }

  @Test
  void duplicateKeysUnholdableNumbersAndUncleanTextAreRefused() {
    for (String json :
        List.of(
            "{\"text\":\"a\",\"text\":\"b\"}",
            "{\"any\":1e309}",
            "{\"any\":-1e309}",
            "{\"any\":1e-400}",
            "{\"any\":{\"x\":[1e999999999]}}",
            "{\"any\":\"a\\u0000\"}",
            "{\"any\":{\"\\ud800\":1}}",
            "{\"day\":\"2101-01-01\"}",
            "{} {}")) {
      assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(JacksonException.class);
    }
    assertThat(read("{\"any\":0e-400}").any().doubleValue()).isZero();
    assertThat(read("{\"text\":\"\\ud83d\\ude00\"}").text()).isEqualTo("\uD83D\uDE00");
  }
}
