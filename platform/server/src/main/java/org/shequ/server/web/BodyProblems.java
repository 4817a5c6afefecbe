package org.shequ.server.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** What is wrong with a JSON request body, naming the field and what it should have been. */
final class BodyProblems {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*?)\"");

  private BodyProblems() {}

  /** The problem for a body Jackson could not read. */
  static ApiProblem of(JacksonException e) {
    RefusedJsonValue refused = find(e, RefusedJsonValue.class);
    if (refused != null) {
      String field = refused.field();
      return Problems.of(HttpStatus.BAD_REQUEST, refused.reason().type)
          .detail(field)
          .field(field, refused.reason().type)
          .build();
    }
    UnrecognizedPropertyException unknown = find(e, UnrecognizedPropertyException.class);
    if (unknown != null) {
      String field = orBody(JsonPaths.of(unknown));
      return Problems.of(HttpStatus.BAD_REQUEST, "unknown-property")
          .detail(field)
          .field(field, "unknown-property")
          .build();
    }
    InputCoercionException overflow = find(e, InputCoercionException.class);
    if (overflow != null) {
      String field = field(e, overflow);
      return Problems.of(HttpStatus.BAD_REQUEST, "number-out-of-range")
          .detail(field)
          .field(field, "number-out-of-range")
          .build();
    }
    MismatchedInputException mismatch = find(e, MismatchedInputException.class);
    if (mismatch != null) {
      String field = field(e, mismatch);
      ProblemText expected = expected(mismatch.getTargetType());
      return Problems.of(HttpStatus.BAD_REQUEST, "wrong-type")
          .detail(field, expected)
          .field(field, "wrong-type", expected)
          .build();
    }
    ValueInstantiationException instantiation = find(e, ValueInstantiationException.class);
    if (instantiation != null) {
      String field = field(e, instantiation);
      return Problems.of(HttpStatus.BAD_REQUEST, "invalid-value")
          .detail(field)
          .field(field, "invalid-value")
          .build();
    }
    StreamReadException read = find(e, StreamReadException.class);
    if (read != null) {
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(read.getOriginalMessage()));
      if (duplicate.find()) {
        String field = JsonPaths.shown(duplicate.group(1));
        return Problems.of(HttpStatus.BAD_REQUEST, "duplicate-property")
            .detail(field)
            .field(field, "duplicate-property")
            .build();
      }
      var at = read.getLocation();
      return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json")
          .detail(at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr())
          .build();
    }
    String field = orBody(JsonPaths.of(e));
    return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body")
        .detail(field)
        .field(field, "invalid-value")
        .build();
  }

  /** The place the outermost exception names, else where the parser stood. */
  private static String field(JacksonException outer, JacksonException inner) {
    String path = JsonPaths.of(inner);
    if (path == null) {
      path = JsonPaths.of(outer);
    }
    if (path == null && inner.processor() instanceof JsonParser p) {
      path = JsonPaths.of(p.streamReadContext());
    }
    return orBody(path);
  }

  private static String orBody(String path) {
    return path == null ? JsonPaths.BODY : path;
  }

  /** What a value of {@code type} looks like, in words. */
  static ProblemText expected(Class<?> type) {
    if (type == null || type == JsonNode.class || type == Object.class) {
      return ProblemText.of("expected.value");
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class) {
      return ProblemText.of("expected.text");
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || type == BigInteger.class) {
      return ProblemText.of("expected.whole-number");
    }
    if (Number.class.isAssignableFrom(type)
        || type == double.class
        || type == float.class
        || type == BigDecimal.class) {
      return ProblemText.of("expected.number");
    }
    if (type == Boolean.class || type == boolean.class) {
      return ProblemText.of("expected.boolean");
    }
    if (type == LocalDate.class) {
      return ProblemText.of("expected.date");
    }
    if (type.isEnum()) {
      return ProblemText.of(
          "expected.one-of",
          Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", ")));
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return ProblemText.of("expected.list");
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return ProblemText.of("expected.object");
    }
    return ProblemText.of("expected.value");
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
