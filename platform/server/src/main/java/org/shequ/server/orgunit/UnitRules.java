package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;

/**
 * The rules every state of a unit must keep: well-formed values, one region root, a parent that is
 * active and of a higher level, no cycles, and changes that only ever append to the history.
 */
final class UnitRules {
  static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");
  private static final Pattern DIVISION_CODE = Pattern.compile("^[0-9]{6}([0-9]{3}([0-9]{3})?)?$");
  private static final int MAX_NAME = 200;
  private static final int MAX_TAG = 50;
  private static final int MAX_TAGS = 20;

  private UnitRules() {}

  /**
   * What is wrong with {@code state} as the unit's state from {@code effective} on, in {@code tree}
   * (which already holds the request's other changes). Empty when it may be written.
   */
  static List<Issue> check(OrgUnitTree tree, UnitState state, LocalDate effective) {
    List<Issue> issues = new ArrayList<>();
    StoredVersion previous = tree.stored(state.id());
    if (previous == null && (state.id() == null || !ID.matcher(state.id()).matches())) {
      issues.add(Issue.of("id", "invalid-id", "invalid-id"));
    }
    if (previous != null && effective.isBefore(previous.validFrom())) {
      issues.add(
          Issue.of("effective", "before-last-change", "before-last-change", previous.validFrom()));
    }
    checkValues(state, issues);
    checkPlace(tree, state, previous, effective, issues);
    return issues;
  }

  private static void checkValues(UnitState s, List<Issue> issues) {
    if (s.nameZh() == null || s.nameZh().isBlank()) {
      issues.add(Issue.of("name.zh", "required", "name-required"));
    } else if (s.nameZh().length() > MAX_NAME) {
      issues.add(Issue.of("name.zh", "too-long", "name-too-long", MAX_NAME));
    }
    if (s.nameEn() != null && s.nameEn().length() > MAX_NAME) {
      issues.add(Issue.of("name.en", "too-long", "name-en-too-long", MAX_NAME));
    }
    if (s.level() == null) {
      issues.add(Issue.of("level", "required", "level-required"));
    }
    if (s.area() == AreaType.ALL) {
      issues.add(Issue.of("area", "invalid", "area-invalid"));
    } else if (s.area() == null && s.level() == OrgUnitLevel.COMMUNITY) {
      issues.add(Issue.of("area", "required", "area-required"));
    }
    if (s.population() != null && s.population() < 0) {
      issues.add(Issue.of("population", "negative", "population-negative"));
    }
    if (s.households() != null && s.households() < 0) {
      issues.add(Issue.of("households", "negative", "households-negative"));
    }
    if (s.divisionCode() != null && !DIVISION_CODE.matcher(s.divisionCode()).matches()) {
      issues.add(Issue.of("divisionCode", "invalid", "division-code-invalid"));
    }
    if (s.tags().size() > MAX_TAGS
        || s.tags().stream().anyMatch(t -> t == null || t.isBlank() || t.length() > MAX_TAG)) {
      issues.add(Issue.of("tags", "invalid", "tags-invalid"));
    }
  }

  private static void checkPlace(
      OrgUnitTree tree,
      UnitState s,
      StoredVersion previous,
      LocalDate effective,
      List<Issue> issues) {
    if (s.level() == OrgUnitLevel.REGION) {
      if (!s.id().equals(tree.rootId())) {
        issues.add(Issue.of("level", "second-region", "second-region", tree.rootId()));
      } else if (s.parentId() != null) {
        issues.add(Issue.of("parentId", "region-has-parent", "region-has-parent"));
      }
      return;
    }
    if (s.level() == null) {
      return;
    }
    if (previous != null && previous.state().level() != s.level()) {
      issues.add(Issue.of("level", "level-changed", "level-changed", previous.state().level()));
    }
    if (s.parentId() == null) {
      issues.add(Issue.of("parentId", "required", "parent-required"));
      return;
    }
    UnitState parent = tree.state(s.parentId());
    if (parent == null) {
      issues.add(Issue.of("parentId", "unknown-parent", "unknown-parent", s.parentId()));
      return;
    }
    if (!s.active()) {
      return;
    }
    if (!parent.active()) {
      issues.add(Issue.of("parentId", "parent-inactive", "parent-inactive", s.parentId()));
    }
    if (parent.level() != null && parent.level().ordinal() >= s.level().ordinal()) {
      issues.add(Issue.of("parentId", "parent-level", "parent-level", parent.level(), s.level()));
    }
    StoredVersion parentStored = tree.stored(s.parentId());
    // A first version's start is the day the parent came to be; later versions say less.
    if (parentStored != null
        && parentStored.revision() == 1
        && parentStored.validFrom().isAfter(effective)) {
      issues.add(
          Issue.of(
              "parentId",
              "parent-not-yet-valid",
              "parent-not-yet-valid",
              parentStored.validFrom()));
    }
    if (tree.reachesUpward(s.parentId(), s.id())) {
      issues.add(Issue.of("parentId", "cycle", "cycle", s.parentId()));
    }
  }
}
