package org.shequ.server.orgunit;

import java.time.LocalDate;

/**
 * A unit a merge or split turned into another: {@code predecessor} lives on in {@code successor}.
 */
public record LineageLink(
    String predecessor, String successor, LocalDate effective, ChangeKind kind) {}
