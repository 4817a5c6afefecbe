package org.shequ.server.progress;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Named bind parameters collected while a statement is written, so that no value from a plan (field
 * codes, stage codes, thresholds) is ever spliced into SQL text.
 */
final class SqlParameters {
  private final Map<String, Object> values = new LinkedHashMap<>();

  /** A placeholder bound to {@code value}. */
  String bind(Object value) {
    String name = "p" + values.size();
    values.put(name, value);
    return ":" + name;
  }

  /** Every bound value, in order, as text (arrays element by element). */
  String describe() {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (name, value) ->
            out.append(name)
                .append('=')
                .append(
                    value instanceof Object[] array
                        ? Arrays.deepToString(array)
                        : String.valueOf(value))
                .append('\n'));
    return out.toString();
  }

  DatabaseClient.GenericExecuteSpec applyTo(DatabaseClient.GenericExecuteSpec spec) {
    DatabaseClient.GenericExecuteSpec s = spec;
    for (var e : values.entrySet()) {
      s = s.bind(e.getKey(), e.getValue());
    }
    return s;
  }
}
