package org.shequ.plan.api;

/**
 * Levels of a tenant's org-unit tree, from the region down to communities and villages.
 *
 * <p>Chosen by a plugin for forms and scopes; read by the host to decide who reports which form and
 * whose reports feed an indicator.
 */
public enum OrgUnitLevel {
  /** The tenant itself: province, city, district or county-level city. */
  REGION("地区", "region"),
  CITY("市", "city"),
  COUNTY("县(市、区)", "county"),
  /** Street (街道) or town (镇). */
  STREET("街道(镇)", "street"),
  /** Community (社区) or village (村); urban or rural by its {@link AreaType}. */
  COMMUNITY("社区", "community");

  private final String zh;
  private final String en;

  OrgUnitLevel(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * The level's name, as a per-unit clause uses it ("≥ 1 人/社区").
   *
   * @since 1.1
   */
  public LocalizedText label() {
    return LocalizedText.of(zh, en);
  }
}
