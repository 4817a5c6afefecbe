package org.shequ.server.tenant;

/** The administrative level of a tenant's region. */
public enum AdminLevel {
  /** 省 */
  PROVINCE,
  /** 地级市 */
  CITY,
  /** 市辖区 */
  DISTRICT,
  /** 县级市 */
  COUNTY_CITY,
  /** 县 */
  COUNTY
}
