package org.shequ.server.orgunit;

import org.shequ.plan.api.LocalizedText;

/** One thing wrong with a unit's new state, named by the field it concerns. */
record Issue(String field, String code, LocalizedText message) {
  static Issue of(String field, String code, String zh, String en) {
    return new Issue(field, code, LocalizedText.of(zh, en));
  }
}
