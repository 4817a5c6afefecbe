package org.shequ.server.web;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;

/** Schemas built by hand for the OpenAPI document. */
public final class OpenApiSchemas {
  private OpenApiSchemas() {}

  /**
   * A schema of one JSON type. OpenAPI 3.1 writes {@code type} from the schema's set of types, so a
   * schema given only {@code type(…)} would come out untyped.
   */
  public static Schema<Object> typed(String type) {
    Schema<Object> schema = new Schema<>();
    schema.type(type).types(Set.of(type));
    return schema;
  }
}
