package org.shequ.plan.api;

/**
 * A piece of a plan's document metadata that may be inferred rather than printed.
 *
 * <p>Named by a plugin in {@link Plan.Builder#inferred}; read by the host when it serves the plan's
 * header.
 */
public enum MetadataField {
  /** {@link Plan#issuers()}. */
  ISSUERS,
  /** {@link Plan#documentNumber()}. */
  DOCUMENT_NUMBER,
  /** {@link Plan#issueDate()}. */
  ISSUE_DATE,
  /** {@link Plan#publishedDate()}. */
  PUBLISHED_DATE
}
