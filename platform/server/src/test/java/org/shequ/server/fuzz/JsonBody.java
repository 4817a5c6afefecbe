package org.shequ.server.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid JSON request body that knows what each of its values means (an id, a date, a count…), so
 * that a mutation of it can be written out as text, including text no JSON library would write
 * (duplicate keys, {@code 1e309}, lone surrogates), and can say whether Shequ must refuse it.
 */
final class JsonBody {

  /** What a value is to Shequ; decides which replacements it must refuse. */
  enum Kind {
    OBJECT,
    ARRAY,
    /** The id of an org unit, tenant or form. */
    ID,
    DATE,
    /** A Java {@code Integer}: population, households. */
    INT,
    /** A numeric report field: its own validation judges the range. */
    NUMBER,
    BOOL,
    /** Free text: names, comments, tags, subjects. */
    TEXT,
    /** One of a fixed set of words: level, area, role. */
    ENUM
  }

  /** A JSON value; {@code required}: absent or null must be refused. */
  static final class Node {
    final Kind kind;
    final String raw;
    final Map<String, Node> fields;
    final List<Node> items;
    boolean required;

    /** An object that names something by id ({@code {}} must be refused). */
    boolean identifies;

    private Node(Kind kind, String raw, Map<String, Node> fields, List<Node> items) {
      this.kind = kind;
      this.raw = raw;
      this.fields = fields;
      this.items = items;
    }

    Node required() {
      required = true;
      return this;
    }

    Node identifies() {
      identifies = true;
      return this;
    }
  }

  static Node obj(Object... keysAndValues) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put((String) keysAndValues[i], (Node) keysAndValues[i + 1]);
    }
    return new Node(Kind.OBJECT, null, fields, null);
  }

  static Node arr(Node... items) {
    return new Node(Kind.ARRAY, null, null, List.of(items));
  }

  static Node id(String value) {
    return new Node(Kind.ID, quote(value), null, null);
  }

  static Node date(String value) {
    return new Node(Kind.DATE, quote(value), null, null);
  }

  static Node integer(int value) {
    return new Node(Kind.INT, Integer.toString(value), null, null);
  }

  static Node number(Number value) {
    return new Node(Kind.NUMBER, value.toString(), null, null);
  }

  static Node bool(boolean value) {
    return new Node(Kind.BOOL, Boolean.toString(value), null, null);
  }

  static Node text(String value) {
    return new Node(Kind.TEXT, quote(value), null, null);
  }

  static Node word(String value) {
    return new Node(Kind.ENUM, quote(value), null, null);
  }

  /** A value's place in the body: depth-first index, and whether it is an object's field. */
  record Site(Node node, boolean field, String key) {}

  /** Every value of the body, the root first. */
  static List<Site> sites(Node root) {
    List<Site> out = new ArrayList<>();
    collect(root, false, null, out);
    return out;
  }

  private static void collect(Node n, boolean field, String key, List<Site> out) {
    out.add(new Site(n, field, key));
    if (n.fields != null) {
      n.fields.forEach((k, v) -> collect(v, true, k, out));
    }
    if (n.items != null) {
      n.items.forEach(v -> collect(v, false, null, out));
    }
  }

  /** The site index of the value at {@code path} (object keys, or array indices as digits). */
  static int indexOf(Node root, String... path) {
    Node target = root;
    for (String key : path) {
      target =
          target.fields != null ? target.fields.get(key) : target.items.get(Integer.parseInt(key));
      if (target == null) {
        throw new IllegalArgumentException("no " + String.join(".", path));
      }
    }
    List<Site> all = sites(root);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).node() == target) {
        return i;
      }
    }
    throw new IllegalStateException();
  }

  /** What to do at one site. */
  enum Op {
    REPLACE,
    DROP,
    DUPLICATE_KEY,
    UNKNOWN_KEY
  }

  /** The body as text with {@code op} applied at site {@code at} ({@code token} for REPLACE). */
  static String write(Node root, int at, Op op, String token) {
    StringBuilder out = new StringBuilder();
    new Writer(at, op, token, out).value(root);
    return out.toString();
  }

  /** The valid body as text. */
  static String write(Node root) {
    return write(root, -1, Op.REPLACE, null);
  }

  private static final class Writer {
    private final int at;
    private final Op op;
    private final String token;
    private final StringBuilder out;
    private int index;

    Writer(int at, Op op, String token, StringBuilder out) {
      this.at = at;
      this.op = op;
      this.token = token;
      this.out = out;
    }

    void value(Node n) {
      int here = index++;
      if (here == at && op == Op.REPLACE) {
        index += sites(n).size() - 1;
        out.append(token);
        return;
      }
      if (n.fields != null) {
        out.append('{');
        boolean first = true;
        for (var e : n.fields.entrySet()) {
          int child = index;
          if (child == at && op == Op.DROP) {
            index += sites(e.getValue()).size();
            continue;
          }
          first = comma(first);
          out.append(quote(e.getKey())).append(':');
          int before = out.length();
          value(e.getValue());
          if (child == at && op == Op.DUPLICATE_KEY) {
            String again = out.substring(before);
            out.append(',').append(quote(e.getKey())).append(':').append(again);
          }
        }
        if (here == at && op == Op.UNKNOWN_KEY) {
          comma(first);
          out.append("\"shequFuzzUnknown\":1");
        }
        out.append('}');
      } else if (n.items != null) {
        out.append('[');
        boolean first = true;
        for (Node item : n.items) {
          if (index == at && op == Op.DROP) {
            index += sites(item).size();
            continue;
          }
          first = comma(first);
          value(item);
        }
        out.append(']');
      } else {
        out.append(n.raw);
      }
    }

    private boolean comma(boolean first) {
      if (!first) {
        out.append(',');
      }
      return false;
    }
  }

  /** A JSON string literal; escapes only what JSON requires, so the text stays as given. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
