package org.shequ.server.report;

/** The optional body of a workflow step: the reviewer's or reporter's comment. */
record ReportNote(String comment) {}
