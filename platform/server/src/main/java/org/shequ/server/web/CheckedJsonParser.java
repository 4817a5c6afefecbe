package org.shequ.server.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Checks every name, string and number of a request body as it is read: numbers must fit a double
 * (no {@code 1e309}, no {@code 1e-400} silently becoming 0), texts must be {@link CleanText clean}.
 */
final class CheckedJsonParser extends JsonParserDelegate {
  /** Longer integers than this do not fit a double either. */
  private static final int MAX_INTEGER_DIGITS = 308;

  CheckedJsonParser(JsonParser delegate) {
    super(delegate);
  }

  @Override
  public JsonToken nextToken() {
    return checked(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() {
    return checked(delegate.nextValue());
  }

  @Override
  public String nextName() {
    String name = delegate.nextName();
    checked(delegate.currentToken());
    return name;
  }

  @Override
  public boolean nextName(SerializableString name) {
    boolean matches = delegate.nextName(name);
    checked(delegate.currentToken());
    return matches;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    int match = delegate.nextNameMatch(matcher);
    checked(delegate.currentToken());
    return match;
  }

  private JsonToken checked(JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case PROPERTY_NAME -> text(delegate.currentName());
      case VALUE_STRING -> text(delegate.getString());
      case VALUE_NUMBER_FLOAT -> decimal();
      case VALUE_NUMBER_INT -> integer();
      default -> {}
    }
    return token;
  }

  private void text(String s) {
    if (!CleanText.isClean(s)) {
      throw refused(RefusedJsonValue.Reason.INVALID_CHARACTER);
    }
  }

  private void decimal() {
    double value = delegate.getDoubleValue();
    if (!Double.isFinite(value) || (value == 0.0 && nonZeroMantissa(delegate.getText()))) {
      throw refused(RefusedJsonValue.Reason.NUMBER_OUT_OF_RANGE);
    }
  }

  private void integer() {
    String digits = delegate.getText();
    if (digits.length() - (digits.startsWith("-") ? 1 : 0) > MAX_INTEGER_DIGITS) {
      throw refused(RefusedJsonValue.Reason.NUMBER_OUT_OF_RANGE);
    }
  }

  private static boolean nonZeroMantissa(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private RefusedJsonValue refused(RefusedJsonValue.Reason reason) {
    return new RefusedJsonValue(this, reason, JsonPaths.of(delegate.streamReadContext()));
  }
}
