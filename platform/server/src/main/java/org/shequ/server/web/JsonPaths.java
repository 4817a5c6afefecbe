package org.shequ.server.web;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/** Places in a request body as callers write them: {@code into.id}, {@code from[1]}. */
final class JsonPaths {
  static final String BODY = "body";

  private JsonPaths() {}

  /** The place a parser is at. */
  static String of(TokenStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.currentName() != null) {
        parts.push(c.currentName());
      }
    }
    return join(parts);
  }

  /** The place an exception names, or null when it names none. */
  static String of(JacksonException e) {
    if (e.getPath() == null || e.getPath().isEmpty()) {
      return null;
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JacksonException.Reference r : e.getPath()) {
      parts.add(r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]");
    }
    return join(parts);
  }

  /** A name as it can be shown back: a NUL or lone surrogate becomes U+FFFD. */
  static String shown(String name) {
    if (CleanText.isClean(name)) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        out.append(c).append(name.charAt(++i));
      } else if (c == '\u0000' || Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String join(Iterable<String> parts) {
    StringBuilder path = new StringBuilder();
    for (String raw : parts) {
      String part = shown(raw);
      if (path.length() > 0 && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
    }
    return path.length() == 0 ? BODY : path.toString();
  }
}
