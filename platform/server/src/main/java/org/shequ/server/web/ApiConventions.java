package org.shequ.server.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What every operation of the OpenAPI document shares, so that controllers need state only what is
 * their own: the problem+json answers each kind of operation can give (one shared {@code Problem}
 * schema), JSON instead of springdoc's {@code *}/{@code *}, the CSV, XLSX and event-stream bodies
 * as strings, and the descriptions of the parameters that mean the same on every route.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiConventions implements OpenApiCustomizer {
  static final String PROBLEM_JSON = "application/problem+json";
  private static final String ANY = "*/*";
  private static final String JSON_NODE = "#/components/schemas/JsonNode";
  private static final String JSON = "application/json";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Override
  public void customise(OpenAPI openApi) {
    ProblemSchema.addTo(openApi);
    // Event streams are described as text (below); springdoc's placeholder for them is unused.
    openApi.getComponents().getSchemas().remove("ServerSentEventObject");
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, operation) -> customise(method, operation)));
    untypedTrees(openApi);
  }

  /**
   * A JSON tree that no customizer typed is named as what it is, any JSON value, instead of
   * Jackson's {@code JsonNode} internals (or a reference to them left dangling).
   */
  private static void untypedTrees(OpenAPI openApi) {
    var schemas = openApi.getComponents().getSchemas();
    schemas.remove(JSON_NODE.substring(JSON_NODE.lastIndexOf('/') + 1));
    java.util.List<Schema<?>> all = new java.util.ArrayList<>();
    schemas.values().forEach(all::add);
    openApi
        .getPaths()
        .values()
        .forEach(
            item ->
                item.readOperations()
                    .forEach(
                        operation -> {
                          if (operation.getRequestBody() != null
                              && operation.getRequestBody().getContent() != null) {
                            operation
                                .getRequestBody()
                                .getContent()
                                .values()
                                .forEach(m -> all.add(m.getSchema()));
                          }
                          operation
                              .getResponses()
                              .values()
                              .forEach(
                                  r -> {
                                    if (r.getContent() != null) {
                                      r.getContent().values().forEach(m -> all.add(m.getSchema()));
                                    }
                                  });
                        }));
    boolean[] used = {false};
    all.forEach(schema -> used[0] |= retarget(schema));
    if (used[0]) {
      schemas.put(
          "JsonValue",
          new Schema<>().description("Any JSON value; its shape is described where it is used"));
    }
  }

  /** Points references to JsonNode at JsonValue, in the schema and those inside it. */
  private static boolean retarget(Schema<?> schema) {
    if (schema == null) {
      return false;
    }
    boolean found = false;
    if (JSON_NODE.equals(schema.get$ref())) {
      schema.set$ref("#/components/schemas/JsonValue");
      found = true;
    }
    java.util.List<Schema> inner = new java.util.ArrayList<>();
    if (schema.getProperties() != null) {
      inner.addAll(schema.getProperties().values());
    }
    if (schema.getItems() != null) {
      inner.add(schema.getItems());
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      inner.add(additional);
    }
    for (var list :
        java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
      if (list != null) {
        inner.addAll(list);
      }
    }
    for (Schema<?> s : inner) {
      found |= retarget(s);
    }
    return found;
  }

  private static void customise(PathItem.HttpMethod method, Operation operation) {
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(ParameterGlossary::describe);
    }
    if (operation.getRequestBody() != null) {
      operation.getRequestBody().setContent(json(operation.getRequestBody().getContent()));
    }
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    ApiResponses responses = operation.getResponses();
    responses.forEach(
        (code, response) -> {
          if (code.startsWith("2")) {
            response.setContent(json(response.getContent()));
          } else if (response.get$ref() == null) {
            response.setContent(ProblemSchema.content());
          }
          if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(code.startsWith("2") ? "OK" : ProblemSchema.reason(code));
          }
        });
    expectedProblems(method, operation).forEach(code -> add(responses, code));
  }

  /** The problems an operation may answer, by what it takes and whether it is public. */
  private static List<String> expectedProblems(PathItem.HttpMethod method, Operation operation) {
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean body = operation.getRequestBody() != null;
    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
    boolean pathParameters = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
    boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
    var codes = new java.util.ArrayList<String>();
    if (!parameters.isEmpty() || body) {
      codes.add("400");
    }
    if (!isPublic) {
      codes.add("401");
      codes.add("403");
    }
    if (pathParameters) {
      codes.add("404");
    }
    if (write && !isPublic) {
      codes.add("409");
    }
    if (ifMatch) {
      codes.add("412");
      codes.add("428");
    }
    if (body) {
      codes.add("413");
      codes.add("415");
      codes.add("422");
    }
    codes.add("429");
    codes.add("503");
    return codes;
  }

  private static void add(ApiResponses responses, String code) {
    if (!responses.containsKey(code)) {
      responses.addApiResponse(code, new ApiResponse().$ref(ProblemSchema.responseRef(code)));
    }
  }

  /**
   * The content with springdoc's {@code *}/{@code *} named {@code application/json} (what Shequ
   * serves its records as), and CSV, XLSX and event streams given string schemas.
   */
  private static Content json(Content content) {
    if (content == null) {
      return null;
    }
    Content out = new Content();
    content.forEach(
        (type, media) -> {
          String name = ANY.equals(type) ? JSON : type;
          if (XLSX.equals(name) || "application/octet-stream".equals(name)) {
            media.setSchema(new StringSchema().format("binary"));
          } else if (name.startsWith("text/")) {
            media.setSchema(new StringSchema());
          } else if (media.getSchema() == null) {
            media.setSchema(OpenApiSchemas.typed("object"));
          }
          out.addMediaType(name, media);
        });
    return out;
  }

  /** The shared problem+json schema and one named response per status. */
  static final class ProblemSchema {
    private static final Map<String, String> REASONS = new LinkedHashMap<>();

    static {
      REASONS.put("400", "The request is malformed: a parameter or the body is not valid");
      REASONS.put("401", "No token, or the token is expired, invalid or unusable");
      REASONS.put("403", "The caller's roles or org unit do not allow this");
      REASONS.put("404", "Nothing with that identifier exists, or the caller may not see it");
      REASONS.put("409", "The change conflicts with the current state");
      REASONS.put("412", "If-Match names a version that is no longer current");
      REASONS.put("413", "The request body is larger than the server accepts");
      REASONS.put("415", "The request body's media type is not accepted");
      REASONS.put("422", "The body is well-formed but breaks a rule; errors[] names each field");
      REASONS.put("428", "The change needs If-Match with the current version (its ETag)");
      REASONS.put("429", "Too many requests without a valid token; Retry-After says when to retry");
      REASONS.put("503", "The database is unavailable; Retry-After says when to retry");
    }

    private ProblemSchema() {}

    static String reason(String code) {
      return REASONS.getOrDefault(code, "An RFC 9457 problem");
    }

    static String responseRef(String code) {
      return "#/components/responses/Problem" + code;
    }

    static Content content() {
      return new Content()
          .addMediaType(
              PROBLEM_JSON,
              new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
    }

    static void addTo(OpenAPI openApi) {
      if (openApi.getComponents() == null) {
        openApi.components(new io.swagger.v3.oas.models.Components());
      }
      var components = openApi.getComponents();
      components.addSchemas("ProblemFieldError", fieldError());
      components.addSchemas("Problem", problem());
      REASONS.forEach(
          (code, reason) ->
              components.addResponses(
                  "Problem" + code, new ApiResponse().description(reason).content(content())));
    }

    private static Schema<?> fieldError() {
      return OpenApiSchemas.typed("object")
          .description("One field of the request that failed validation")
          .addProperty("field", new StringSchema().description("The field's name or path"))
          .addProperty("code", new StringSchema().description("A stable code of the failed rule"))
          .addProperty(
              "message", new StringSchema().description("What is wrong, in the caller's language"))
          .required(List.of("field", "code"));
    }

    private static Schema<?> problem() {
      return OpenApiSchemas.typed("object")
          .description(
              "RFC 9457 problem details, in Chinese or English by Accept-Language. Further members"
                  + " may carry details of one problem type.")
          .addProperty(
              "type",
              new StringSchema()
                  .format("uri")
                  .description("The problem type, urn:shequ:problem:<name>; stable for clients"))
          .addProperty("title", new StringSchema().description("A short summary of the type"))
          .addProperty("status", OpenApiSchemas.typed("integer").description("The HTTP status"))
          .addProperty(
              "detail", new StringSchema().description("What went wrong with this request"))
          .addProperty(
              "instance", new StringSchema().description("The request path that was refused"))
          .addProperty(
              "errors",
              OpenApiSchemas.typed("array")
                  .description("Each field that failed validation, when any")
                  .items(new Schema<>().$ref("#/components/schemas/ProblemFieldError")))
          .required(List.of("type", "title", "status"))
          .additionalProperties(true);
    }
  }
}
