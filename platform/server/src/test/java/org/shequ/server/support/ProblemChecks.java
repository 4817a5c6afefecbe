package org.shequ.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Checks of problem+json answers, as a caller reads them in either language. */
public final class ProblemChecks {
  private ProblemChecks() {}

  /**
   * Sends the request once per language and checks status, media type, problem type, the field
   * named and the detail in Chinese and in English.
   *
   * @param request sends the request with the given {@code Accept-Language}
   * @param field the field the first error names, or null when the problem names none
   * @param zhDetail the Chinese detail, or null for any non-blank one
   */
  public static void expectProblem(
      Function<String, WebTestClient.ResponseSpec> request,
      int status,
      String type,
      String field,
      String zhDetail,
      String enDetail) {
    for (String lang : List.of("zh-CN", "en")) {
      Map<?, ?> body =
          request
              .apply(lang)
              .expectStatus()
              .isEqualTo(status)
              .expectHeader()
              .contentType("application/problem+json")
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody();
      assertThat(body).as("problem body").isNotNull();
      assertThat(body.get("type")).isEqualTo("urn:shequ:problem:" + type);
      assertThat(body.get("status")).isEqualTo(status);
      assertThat((String) body.get("title")).isNotBlank();
      String detail = lang.equals("en") ? enDetail : zhDetail;
      if (detail != null) {
        assertThat(body.get("detail")).isEqualTo(detail);
      } else {
        assertThat((String) body.get("detail")).isNotBlank();
      }
      assertThat(body.toString()).doesNotContain("Failed to read HTTP message", "timestamp");
      if (field != null) {
        List<?> errors = (List<?>) body.get("errors");
        assertThat(errors).as("errors of %s", body).isNotEmpty();
        assertThat(((Map<?, ?>) errors.get(0)).get("field")).isEqualTo(field);
        assertThat((String) ((Map<?, ?>) errors.get(0)).get("message")).isNotBlank();
      }
    }
  }

  /**
   * The body with its trace id blanked: every answer has its own, and a test comparing two answers
   * means everything else.
   */
  public static String withoutTraceId(String body) {
    return body.replaceAll("\"traceId\"\\s*:\\s*\"[^\"]*\"", "\"traceId\":\"T\"");
  }
}
