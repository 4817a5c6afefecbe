package org.shequ.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is one a client can be generated from: every operation summarised, described
 * and uniquely named, every parameter described, the problem+json answers listed, the public routes
 * marked, and every schema typed (no Jackson internals).
 */
class OpenApiDocumentTest extends ShequServerTest {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  /** One operation of the document. */
  record Op(String method, String path, JsonNode node) {
    @Override
    public String toString() {
      return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }
  }

  static JsonNode document(WebTestClient client) {
    byte[] body =
        client
            .get()
            .uri("/v3/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JsonMapper.builder().build().readTree(body);
  }

  static List<Op> operations(JsonNode document) {
    List<Op> ops = new ArrayList<>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                METHODS.forEach(
                    m -> {
                      if (path.getValue().has(m)) {
                        ops.add(new Op(m, path.getKey(), path.getValue().get(m)));
                      }
                    }));
    return ops;
  }

  private JsonNode document;

  @org.junit.jupiter.api.BeforeEach
  void readTheDocument() throws java.io.IOException {
    document = document(client);
    // Kept for a look at what a client gets (and for the toolchain's checks).
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target/openapi.json"), document.toPrettyString());
  }

  @Test
  void everyOperationHasASummaryADescriptionAndAUniqueMeaningfulId() {
    List<Op> ops = operations(document);
    assertThat(ops).hasSizeGreaterThan(50);
    Map<String, List<String>> byId = new HashMap<>();
    for (Op op : ops) {
      assertThat(text(op.node(), "summary")).as("summary of %s", op).isNotBlank();
      assertThat(text(op.node(), "description")).as("description of %s", op).isNotBlank();
      String id = text(op.node(), "operationId");
      assertThat(id).as("operationId of %s", op).matches("[a-z][A-Za-z]+");
      byId.computeIfAbsent(id, k -> new ArrayList<>()).add(op.toString());
    }
    byId.forEach((id, users) -> assertThat(users).as("operations named %s", id).hasSize(1));
  }

  @Test
  void everyParameterIsDescribedAndPathParametersAreNamedAlike() {
    for (Op op : operations(document)) {
      for (JsonNode p : iterable(op.node().path("parameters"))) {
        assertThat(text(p, "description"))
            .as("description of %s parameter %s of %s", text(p, "in"), text(p, "name"), op)
            .isNotBlank();
      }
    }
    assertThat(document.get("paths").propertyNames())
        .as("paths name a tenant {tenantId} and an org unit {orgUnitId}")
        .noneMatch(path -> path.contains("{tenant}") || path.contains("{id}"));
  }

  @Test
  void errorsAreProblemJsonOnOneSharedSchema() {
    JsonNode problem = document.at("/components/schemas/Problem");
    assertThat(problem.at("/properties/type").isMissingNode()).isFalse();
    assertThat(problem.at("/properties/status").isMissingNode()).isFalse();
    for (Op op : operations(document)) {
      JsonNode responses = op.node().get("responses");
      List<String> problems = new ArrayList<>();
      responses
          .properties()
          .forEach(
              r -> {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                  problems.add(r.getKey());
                  JsonNode answer = resolveIn(r.getValue());
                  assertThat(
                          answer.at("/content/application~1problem+json/schema/$ref").asString(""))
                      .as("%s answers %s as problem+json", op, r.getKey())
                      .isEqualTo("#/components/schemas/Problem");
                }
              });
      assertThat(problems).as("the 4xx answers of %s", op).anyMatch(c -> c.startsWith("4"));
      assertThat(responses.propertyNames())
          .as("a success answer of %s", op)
          .anyMatch(c -> c.startsWith("2"));
    }
    JsonNode save =
        document.at(
            "/paths/~1api~1v1~1tenants~1{tenantId}~1reports~1{formCode}~1{orgUnitId}~1{period}/put");
    assertThat(save.get("responses").propertyNames()).contains("200", "201", "412", "422", "428");
  }

  @Test
  void noSchemaShowsJacksonInternalsAndReportValuesAreTyped() {
    assertThat(document.at("/components/schemas").propertyNames()).doesNotContain("JsonNode");
    String all = document.toString();
    assertThat(all).doesNotContain("\"nodeType\"").doesNotContain("\"valueNode\"");
    assertThat(all).as("media types are named, not */*").doesNotContain("\"*/*\"");
    List<String> untyped = new ArrayList<>();
    document
        .at("/components/schemas")
        .properties()
        .forEach(
            schema ->
                schema
                    .getValue()
                    .path("properties")
                    .properties()
                    .forEach(
                        property -> {
                          JsonNode p = property.getValue();
                          if (!p.has("type")
                              && !p.has("$ref")
                              && !p.has("oneOf")
                              && !p.has("anyOf")
                              && !p.has("allOf")) {
                            untyped.add(schema.getKey() + "." + property.getKey());
                          }
                        }));
    assertThat(untyped).as("properties without a type").isEmpty();
    List<String> dangling = new ArrayList<>();
    java.util.regex.Matcher refs =
        java.util.regex.Pattern.compile("\"\\$ref\"\\s*:\\s*\"#([^\"]+)\"").matcher(all);
    while (refs.find()) {
      if (document.at(refs.group(1)).isMissingNode()) {
        dangling.add(refs.group(1));
      }
    }
    assertThat(dangling).as("references to nothing").isEmpty();
    assertThat(document.at("/components/schemas/ReportDraft/properties/values/$ref").asString())
        .isEqualTo("#/components/schemas/ReportValues");
    JsonNode value = document.at("/components/schemas/ReportValue/oneOf");
    List<String> types = new ArrayList<>();
    value.forEach(v -> types.add(v.get("type").asString()));
    assertThat(types).containsExactlyInAnyOrder("number", "string", "boolean", "null");
    assertThat(
            document.at("/components/schemas/ReportView/properties/warnings/items/$ref").asString())
        .isEqualTo("#/components/schemas/ReportWarning");
    assertThat(
            document.at("/paths/~1api~1v1~1comparison/get/responses/200/content").propertyNames())
        .contains(
            "application/json",
            "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(
            document
                .at(
                    "/paths/~1api~1v1~1comparison/get/responses/200/content/application~1json/schema/$ref")
                .asString())
        .isEqualTo("#/components/schemas/ComparisonView");
  }

  @Test
  void publicRoutesNeedNoTokenAndTheOthersABearerToken() {
    assertThat(document.at("/components/securitySchemes/bearer/scheme").asString())
        .isEqualTo("bearer");
    assertThat(document.at("/security/0/bearer").isArray()).isTrue();
    for (String open :
        List.of("/api/v1/plans", "/api/v1/plans/{planId}", "/api/v1/national-indicators")) {
      JsonNode security = document.get("paths").get(open).get("get").get("security");
      assertThat(security).as("security of GET %s", open).isNotNull();
      assertThat(security.isEmpty()).as("GET %s is public", open).isTrue();
    }
    JsonNode tenants = document.at("/paths/~1api~1v1~1tenants/get");
    assertThat(tenants.has("security")).as("GET /api/v1/tenants uses the global bearer").isFalse();
    assertThat(tenants.get("responses").propertyNames()).contains("401", "403");
  }

  @Test
  void theDevTokenRouteIsDescribedWhileTheEmbeddedIssuerIsOn() {
    assertThat(document.get("paths").propertyNames()).contains("/api/v1/dev/token");
    assertThat(document.get("paths").propertyNames())
        .as("the console's own routes are not the API")
        .noneMatch(p -> p.startsWith("/console") || p.startsWith("/dev/") || p.startsWith("/ui"));
  }

  private JsonNode resolveIn(JsonNode response) {
    String ref = response.path("$ref").asString("");
    return ref.isEmpty() ? response : document.at(ref.substring(1));
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asString("");
  }

  private static Iterable<JsonNode> iterable(JsonNode array) {
    return array::iterator;
  }
}
