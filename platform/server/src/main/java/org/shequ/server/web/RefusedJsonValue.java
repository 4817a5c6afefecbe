package org.shequ.server.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/**
 * A value of a request body Shequ refuses although it is valid JSON: a number no double holds, a
 * string with a NUL or a lone surrogate, a date outside the years Shequ accepts.
 */
public class RefusedJsonValue extends StreamReadException {
  /** Why, as the problem type the refusal becomes. */
  public enum Reason {
    NUMBER_OUT_OF_RANGE("number-out-of-range"),
    INVALID_CHARACTER("invalid-character"),
    DATE_OUT_OF_RANGE("date-out-of-range");

    final String type;

    Reason(String type) {
      this.type = type;
    }
  }

  private final Reason reason;
  private final String field;

  public RefusedJsonValue(JsonParser parser, Reason reason, String field) {
    super(parser, reason.type + " at " + field);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  /** The value's place in the body, e.g. {@code values.x} or {@code into.id}. */
  public String field() {
    return field;
  }
}
