package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;

/** Bodies of the org-unit write routes. An absent {@code effective} means today (China time). */
public final class OrgUnitRequests {
  private OrgUnitRequests() {}

  /**
   * A new unit. {@code parentId} defaults to the region root (for merges and splits: to the parent
   * of the units replaced), {@code level} to the replaced units' level in merges and splits.
   */
  public record NewUnit(
      String id,
      String parentId,
      OrgUnitLevel level,
      AreaType area,
      OrgUnitName name,
      String divisionCode,
      Integer population,
      Integer households,
      List<String> tags,
      LocalDate effective) {}

  /** Changed attributes; absent ones keep their value, {@code tags: []} clears the tags. */
  public record Edit(
      OrgUnitName name,
      AreaType area,
      String divisionCode,
      Integer population,
      Integer households,
      List<String> tags,
      LocalDate effective) {}

  public record Move(String parentId, LocalDate effective) {}

  public record Deactivate(LocalDate effective) {}

  public record Merge(List<String> from, NewUnit into, LocalDate effective) {}

  public record Split(List<NewUnit> into, LocalDate effective) {}

  /** What a merge made: the new unit, and the units it replaced (now inactive). */
  public record MergeResult(OrgUnitView into, List<String> from, LocalDate effective) {}

  /** What a split made: the new units replacing {@code from} (now inactive). */
  public record SplitResult(String from, List<OrgUnitView> into, LocalDate effective) {}
}
