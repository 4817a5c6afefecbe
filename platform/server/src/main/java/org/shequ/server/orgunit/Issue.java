package org.shequ.server.orgunit;

import org.shequ.server.web.ProblemText;

/** One thing wrong with a unit's new state, named by the field it concerns. */
record Issue(String field, String code, ProblemText message) {
  /** An issue whose message is {@code unit.<key>} of the problem bundles. */
  static Issue of(String field, String code, String key, Object... args) {
    return new Issue(field, code, ProblemText.of("unit." + key, args));
  }
}
