package org.shequ.plugins.xiamen;

import java.util.Arrays;
import java.util.List;

/**
 * The lead (牵头单位) and responsible (责任单位) departments of a task, read from the document's own line,
 * e.g. {@code (牵头单位:市民政局 责任单位:市财政局、各区)}, so the names stay exactly as printed.
 */
record Departments(String line, List<String> lead, List<String> responsible) {
  private static final String LEAD = "牵头单位:";
  private static final String RESPONSIBLE = "责任单位:";

  static Departments of(String line) {
    int l = line.indexOf(LEAD);
    int r = line.indexOf(RESPONSIBLE);
    if (!line.startsWith("(") || !line.endsWith(")") || l < 0 || r < l) {
      throw new IllegalArgumentException("not a 牵头单位/责任单位 line: " + line);
    }
    return new Departments(
        line,
        names(line.substring(l + LEAD.length(), r)),
        names(line.substring(r + RESPONSIBLE.length(), line.length() - 1)));
  }

  // Names are separated by 、 and, once (市人社局 市卫计委), by a space.
  private static List<String> names(String part) {
    return Arrays.stream(part.trim().split("[、 ]+")).filter(s -> !s.isBlank()).toList();
  }
}
