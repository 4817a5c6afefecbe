package org.shequ.server.tenant;

/**
 * The outcome of reading one tenant file: its descriptor, or the problem that kept it out.
 *
 * @param line 1-based line of the problem, or 0 when it concerns the file as a whole
 * @param field the key the problem is about (e.g. {@code divisionCode}, {@code name.zh}), or null
 *     when it concerns the file as a whole, so an operator knows what to correct
 */
public record TenantFile(
    String file, TenantDescriptor descriptor, int line, String problem, String field) {

  static TenantFile ok(String file, TenantDescriptor descriptor) {
    return new TenantFile(file, descriptor, 0, null, null);
  }

  static TenantFile bad(String file, int line, String field, String problem) {
    return new TenantFile(file, null, line, problem, field);
  }

  public boolean valid() {
    return descriptor != null;
  }
}
