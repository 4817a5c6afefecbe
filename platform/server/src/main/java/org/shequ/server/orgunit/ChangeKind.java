package org.shequ.server.orgunit;

/** What made a new version of an org unit. */
public enum ChangeKind {
  CREATE,
  EDIT,
  MOVE,
  DEACTIVATE,
  REACTIVATE,
  MERGE,
  SPLIT,
  IMPORT
}
