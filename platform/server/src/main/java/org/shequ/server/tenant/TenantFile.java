package org.shequ.server.tenant;

/**
 * The outcome of reading one tenant file: its descriptor, or the problem that kept it out.
 *
 * @param line 1-based line of the problem, or 0 when it concerns the file as a whole
 */
public record TenantFile(String file, TenantDescriptor descriptor, int line, String problem) {

  static TenantFile ok(String file, TenantDescriptor descriptor) {
    return new TenantFile(file, descriptor, 0, null);
  }

  static TenantFile bad(String file, int line, String problem) {
    return new TenantFile(file, null, line, problem);
  }

  public boolean valid() {
    return descriptor != null;
  }
}
