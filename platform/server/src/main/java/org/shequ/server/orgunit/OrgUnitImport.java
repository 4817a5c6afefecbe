package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.server.orgunit.ImportTable.Line;
import org.shequ.server.storage.TenantDatabase;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Imports a file of org units: every row is checked against the others and the stored tree before
 * anything is written; then all rows are written in one transaction (rows for existing ids as new
 * versions). A dry run makes the same checks and writes nothing. With {@code partial}, rows with
 * problems (and rows below them) are skipped instead.
 */
@Service
class OrgUnitImport {
  private final TenantDatabase database;
  private final OrgUnitStore store;

  OrgUnitImport(TenantDatabase database, OrgUnitStore store) {
    this.database = database;
    this.store = store;
  }

  /**
   * What an import did (or, in a dry run, would do).
   *
   * @param errors every problem found, by row; with any, a whole import writes nothing
   * @param preview each data row that passed its checks, and what it does to the tree
   */
  record Outcome(
      int rows,
      int created,
      int updated,
      int unchanged,
      List<ImportError> errors,
      List<PreviewRow> preview,
      boolean written) {}

  /**
   * One row of the file as the import takes it.
   *
   * @param action {@code create}, {@code update} or {@code unchanged}
   * @param changes for an update, the columns whose values change
   */
  record PreviewRow(
      int row,
      String id,
      String name,
      OrgUnitLevel level,
      String parentId,
      String action,
      List<String> changes) {
    static PreviewRow of(int row, UnitState state, String action, List<String> changes) {
      return new PreviewRow(
          row, state.id(), state.nameZh(), state.level(), state.parentId(), action, changes);
    }
  }

  Mono<Outcome> run(
      String tenant,
      String actor,
      String filename,
      ImportTable table,
      LocalDate effective,
      boolean dryRun,
      boolean partial) {
    return database.inTenantOne(
        tenant,
        db ->
            store
                .lockTree(db, tenant)
                .then(store.ensureRoot(db, tenant, "system"))
                .then(store.latest(db, tenant).collectList())
                .map(
                    latest ->
                        plan(new OrgUnitTree(latest), table, effective, partial, actor, filename))
                .flatMap(
                    p -> {
                      boolean refused = !p.errors().isEmpty() && !partial;
                      if (refused && !dryRun) {
                        return Mono.error(new InvalidFile(p.errors()));
                      }
                      boolean write = !dryRun && !p.changes().isEmpty();
                      Outcome outcome =
                          new Outcome(
                              table.lines().size(),
                              p.changes().created().size(),
                              p.changes().changed().size(),
                              p.unchanged(),
                              p.errors(),
                              p.preview(),
                              write);
                      return write
                          ? store.apply(db, tenant, p.changes()).thenReturn(outcome)
                          : Mono.just(outcome);
                    }));
  }

  /** The file's problems, row by row; nothing was imported. */
  static final class InvalidFile extends RuntimeException {
    final transient List<ImportError> errors;

    InvalidFile(List<ImportError> errors) {
      super("invalid import file", null, false, false);
      this.errors = errors;
    }
  }

  private record Plan(
      ChangeSet changes, int unchanged, List<ImportError> errors, List<PreviewRow> preview) {}

  private static Plan plan(
      OrgUnitTree tree,
      ImportTable table,
      LocalDate day,
      boolean partial,
      String actor,
      String filename) {
    List<ImportError> errors = new ArrayList<>(table.errors());
    Map<String, Line> byId = new LinkedHashMap<>();
    Map<String, UnitState> states = new LinkedHashMap<>();
    for (Line line : table.lines()) {
      List<ImportError> rowErrors = new ArrayList<>();
      UnitState state = state(line, tree, rowErrors);
      if (state != null && byId.containsKey(state.id())) {
        rowErrors.add(
            ImportError.of(
                line.row(),
                ImportColumn.ID.en,
                "duplicate-id",
                "duplicate-id",
                state.id(),
                byId.get(state.id()).row()));
      }
      if (state != null
          && tree.stored(state.id()) != null
          && !tree.stored(state.id()).state().active()) {
        rowErrors.add(
            ImportError.of(
                line.row(), ImportColumn.ID.en, "inactive-unit", "inactive-unit", state.id()));
      }
      if (state != null && !byId.containsKey(state.id())) {
        byId.put(state.id(), line);
        if (rowErrors.isEmpty()) {
          states.put(state.id(), state);
        }
      }
      errors.addAll(rowErrors);
    }
    states.values().forEach(tree::put);
    // Check each row in the tree the whole file makes; with partial, drop failing rows and check
    // again, since rows below a dropped row lose their parent.
    Set<String> dropped = new HashSet<>();
    boolean again = true;
    while (again) {
      again = false;
      for (UnitState state : states.values()) {
        if (dropped.contains(state.id())) {
          continue;
        }
        List<Issue> issues = UnitRules.check(tree, state, day);
        if (!issues.isEmpty()) {
          int row = byId.get(state.id()).row();
          issues.forEach(
              i ->
                  errors.add(
                      new ImportError(
                          row, ImportColumn.forField(i.field()), i.code(), i.message())));
          dropped.add(state.id());
          if (partial) {
            // Rows below a skipped row must not count on it.
            StoredVersion stored = tree.stored(state.id());
            tree.put(stored == null ? state.withActive(false) : stored.state());
            again = true;
          }
        }
      }
      if (!partial) {
        break;
      }
    }
    List<ImportError> placed =
        errors.stream()
            .map(table::place)
            .sorted(java.util.Comparator.comparingInt(ImportError::row))
            .toList();
    ChangeSet changes =
        ChangeSet.of(day, actor, "org-unit.import", filename == null ? "upload" : filename);
    List<PreviewRow> preview = new ArrayList<>();
    int unchanged = 0;
    for (UnitState state : states.values()) {
      if (dropped.contains(state.id())) {
        continue;
      }
      StoredVersion stored = tree.stored(state.id());
      int row = byId.get(state.id()).row();
      if (stored == null) {
        changes.create(state, ChangeKind.IMPORT);
        preview.add(PreviewRow.of(row, state, "create", List.of()));
      } else if (stored.state().equals(state)) {
        unchanged++;
        preview.add(PreviewRow.of(row, state, "unchanged", List.of()));
      } else {
        changes.change(stored, state, ChangeKind.IMPORT);
        preview.add(PreviewRow.of(row, state, "update", differences(stored.state(), state)));
      }
    }
    preview.sort(java.util.Comparator.comparingInt(PreviewRow::row));
    return new Plan(changes, unchanged, placed, preview);
  }

  /** The columns whose values differ between two states of a unit. */
  private static List<String> differences(UnitState a, UnitState b) {
    List<String> out = new ArrayList<>();
    differ(out, ImportColumn.NAME, a.nameZh(), b.nameZh());
    differ(out, ImportColumn.NAME_EN, a.nameEn(), b.nameEn());
    differ(out, ImportColumn.LEVEL, a.level(), b.level());
    differ(out, ImportColumn.PARENT, a.parentId(), b.parentId());
    differ(out, ImportColumn.AREA, a.area(), b.area());
    differ(out, ImportColumn.POPULATION, a.population(), b.population());
    differ(out, ImportColumn.HOUSEHOLDS, a.households(), b.households());
    differ(out, ImportColumn.DIVISION_CODE, a.divisionCode(), b.divisionCode());
    differ(out, ImportColumn.TAGS, a.tags(), b.tags());
    return out;
  }

  private static void differ(List<String> out, ImportColumn column, Object a, Object b) {
    if (!java.util.Objects.equals(a, b)) {
      out.add(column.en);
    }
  }

  /** The row as a unit state, or null when its id is unusable; problems go to {@code errors}. */
  private static UnitState state(Line line, OrgUnitTree tree, List<ImportError> errors) {
    int row = line.row();
    String id = line.get(ImportColumn.ID);
    if (id == null) {
      errors.add(ImportError.of(row, ImportColumn.ID.en, "required", "id-required"));
    }
    String name = line.get(ImportColumn.NAME);
    if (name == null) {
      errors.add(ImportError.of(row, ImportColumn.NAME.en, "required", "name-required"));
    }
    OrgUnitLevel level = null;
    String levelText = line.get(ImportColumn.LEVEL);
    if (levelText == null) {
      errors.add(ImportError.of(row, ImportColumn.LEVEL.en, "required", "level-required"));
    } else {
      level = Vocabulary.level(levelText).orElse(null);
      if (level == null) {
        errors.add(
            ImportError.of(
                row, ImportColumn.LEVEL.en, "unknown-level", "unknown-level", levelText));
      }
    }
    AreaType area = null;
    String areaText = line.get(ImportColumn.AREA);
    if (areaText != null) {
      area = Vocabulary.area(areaText).orElse(null);
      if (area == null) {
        errors.add(
            ImportError.of(row, ImportColumn.AREA.en, "unknown-area", "unknown-area", areaText));
      }
    }
    Integer population = count(line, ImportColumn.POPULATION, errors);
    Integer households = count(line, ImportColumn.HOUSEHOLDS, errors);
    if (id == null) {
      return null;
    }
    String parent = line.get(ImportColumn.PARENT);
    if (parent == null && level != OrgUnitLevel.REGION) {
      parent = tree.rootId();
    }
    String tags = line.get(ImportColumn.TAGS);
    return new UnitState(
        id,
        level,
        parent,
        name,
        line.get(ImportColumn.NAME_EN),
        area,
        population,
        households,
        line.get(ImportColumn.DIVISION_CODE),
        tags == null
            ? List.of()
            : Arrays.stream(tags.split("[;；,，、|]"))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .toList(),
        true);
  }

  private static Integer count(Line line, ImportColumn column, List<ImportError> errors) {
    String text = line.get(column);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.replace(",", "").replace("，", ""));
    } catch (NumberFormatException e) {
      errors.add(
          ImportError.of(
              line.row(),
              column.en,
              "not-a-whole-number",
              "not-a-whole-number",
              column.zh,
              column.en,
              text));
      return null;
    }
  }
}
