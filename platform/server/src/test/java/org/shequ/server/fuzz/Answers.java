package org.shequ.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer to a probe must be: never a 5xx; every 4xx an RFC 9457 problem (problem+json
 * with a specific {@code type} and a {@code title}, not Spring's default error JSON); a 4xx for
 * every bad input; and nothing stored when the request was refused.
 */
final class Answers {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Answers() {}

  static void check(
      Probe probe, Wire.Outcome answer, Map<String, String> before, Map<String, String> after) {
    String shown = probe + "\n  answered " + answer.status() + " " + text(answer.body());
    assertThat(answer.status()).as("no 5xx for %s", shown).isLessThan(500);
    if (probe.mustRefuse()) {
      assertThat(answer.status()).as("a 4xx for %s", shown).isBetween(400, 499);
    }
    if (answer.status() >= 400) {
      assertProblem(answer, shown);
      assertThat(after).as("nothing stored on refusal of %s", shown).isEqualTo(before);
    }
  }

  static void assertProblem(Wire.Outcome answer, String shown) {
    MediaType type = answer.headers().getContentType();
    assertThat(type)
        .as("Content-Type of %s", shown)
        .isNotNull()
        .matches(t -> t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "problem+json");
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (RuntimeException e) {
      throw new AssertionError("not JSON: " + shown, e);
    }
    assertThat(body.isObject()).as("a JSON object: %s", shown).isTrue();
    assertThat(body.path("type").asString(""))
        .as("a specific problem type: %s", shown)
        .isNotBlank()
        .isNotEqualTo("about:blank");
    assertThat(body.path("title").asString("")).as("a title: %s", shown).isNotBlank();
    for (String springDefault : new String[] {"timestamp", "path", "error", "requestId"}) {
      assertThat(body.has(springDefault))
          .as("Spring's default error field '%s' in %s", springDefault, shown)
          .isFalse();
    }
    if (body.has("status")) {
      assertThat(body.get("status").asInt())
          .as("status field of %s", shown)
          .isEqualTo(answer.status());
    }
    assertThat(text(answer.body()))
        .as("a message naming the field, not Spring's generic one: %s", shown)
        .doesNotContain("Failed to read HTTP message");
  }

  private static String text(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    return s.length() > 500 ? s.substring(0, 500) + "…" : s;
  }
}
