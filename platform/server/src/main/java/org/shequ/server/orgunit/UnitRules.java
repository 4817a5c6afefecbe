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
      issues.add(
          Issue.of(
              "id",
              "invalid-id",
              "编码须为 1–64 位字母、数字、“_”“.”“-”，以字母或数字开头",
              "id must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit"));
    }
    if (previous != null && effective.isBefore(previous.validFrom())) {
      issues.add(
          Issue.of(
              "effective",
              "before-last-change",
              "生效日期早于该单元最近一次变更（" + previous.validFrom() + "）",
              "effective date is before the unit's last change (" + previous.validFrom() + ")"));
    }
    checkValues(state, issues);
    checkPlace(tree, state, previous, effective, issues);
    return issues;
  }

  private static void checkValues(UnitState s, List<Issue> issues) {
    if (s.nameZh() == null || s.nameZh().isBlank()) {
      issues.add(Issue.of("name.zh", "required", "名称必填", "name is required"));
    } else if (s.nameZh().length() > MAX_NAME) {
      issues.add(Issue.of("name.zh", "too-long", "名称不得超过 200 字", "name exceeds 200 characters"));
    }
    if (s.nameEn() != null && s.nameEn().length() > MAX_NAME) {
      issues.add(
          Issue.of("name.en", "too-long", "英文名称不得超过 200 字", "English name exceeds 200 characters"));
    }
    if (s.level() == null) {
      issues.add(Issue.of("level", "required", "层级必填", "level is required"));
    }
    if (s.area() == AreaType.ALL) {
      issues.add(Issue.of("area", "invalid", "类型须为城市或农村", "area must be URBAN or RURAL"));
    } else if (s.area() == null && s.level() == OrgUnitLevel.COMMUNITY) {
      issues.add(
          Issue.of("area", "required", "社区/村须注明城市或农村", "a community or village needs its area"));
    }
    if (s.population() != null && s.population() < 0) {
      issues.add(Issue.of("population", "negative", "人口不能为负数", "population cannot be negative"));
    }
    if (s.households() != null && s.households() < 0) {
      issues.add(Issue.of("households", "negative", "户数不能为负数", "households cannot be negative"));
    }
    if (s.divisionCode() != null && !DIVISION_CODE.matcher(s.divisionCode()).matches()) {
      issues.add(
          Issue.of(
              "divisionCode",
              "invalid",
              "区划代码须为 6、9 或 12 位数字",
              "division code must be 6, 9 or 12 digits"));
    }
    if (s.tags().size() > MAX_TAGS
        || s.tags().stream().anyMatch(t -> t == null || t.isBlank() || t.length() > MAX_TAG)) {
      issues.add(
          Issue.of(
              "tags", "invalid", "标签至多 20 个，每个 1–50 字", "at most 20 tags of 1-50 characters each"));
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
        issues.add(
            Issue.of(
                "level",
                "second-region",
                "每个租户只有一个区域根节点（" + tree.rootId() + "）",
                "a tenant has exactly one region root (" + tree.rootId() + ")"));
      } else if (s.parentId() != null) {
        issues.add(
            Issue.of(
                "parentId", "region-has-parent", "区域根节点没有上级", "the region root has no parent"));
      }
      return;
    }
    if (s.level() == null) {
      return;
    }
    if (previous != null && previous.state().level() != s.level()) {
      issues.add(
          Issue.of(
              "level",
              "level-changed",
              "层级不可更改（原为 " + previous.state().level() + "）",
              "the level cannot change (was " + previous.state().level() + ")"));
    }
    if (s.parentId() == null) {
      issues.add(Issue.of("parentId", "required", "上级必填", "parent is required"));
      return;
    }
    UnitState parent = tree.state(s.parentId());
    if (parent == null) {
      issues.add(
          Issue.of(
              "parentId",
              "unknown-parent",
              "上级“" + s.parentId() + "”不存在",
              "no parent '" + s.parentId() + "'"));
      return;
    }
    if (!s.active()) {
      return;
    }
    if (!parent.active()) {
      issues.add(
          Issue.of(
              "parentId",
              "parent-inactive",
              "上级“" + s.parentId() + "”已停用",
              "parent '" + s.parentId() + "' is inactive"));
    }
    if (parent.level() != null && parent.level().ordinal() >= s.level().ordinal()) {
      issues.add(
          Issue.of(
              "parentId",
              "parent-level",
              "上级层级（" + parent.level() + "）须高于本单元（" + s.level() + "）",
              "the parent's level (" + parent.level() + ") must be above " + s.level()));
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
              "上级自 " + parentStored.validFrom() + " 起才生效",
              "the parent holds only from " + parentStored.validFrom()));
    }
    if (tree.reachesUpward(s.parentId(), s.id())) {
      issues.add(
          Issue.of(
              "parentId",
              "cycle",
              "上级“" + s.parentId() + "”位于本单元之下，会形成循环",
              "parent '" + s.parentId() + "' lies below this unit: that would be a cycle"));
    }
  }
}
