package org.shequ.server.progress;

import org.shequ.server.web.Problems;

/** The {@code include} parameter: approved reports only (default), or submitted ones as well. */
public final class Inclusion {
  private Inclusion() {}

  /** True when submitted reports count too. */
  public static boolean submitted(String include) {
    if (include == null || include.isBlank() || include.equals("approved")) {
      return false;
    }
    if (include.equals("submitted")) {
      return true;
    }
    throw Problems.badRequest("invalid-include");
  }
}
