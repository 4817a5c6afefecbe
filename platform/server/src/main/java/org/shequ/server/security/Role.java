package org.shequ.server.security;

/** What a caller may do; a token may carry several. */
public enum Role {
  /** 区域管理员: runs one tenant — org units, calendar, report review, progress. */
  REGION_ADMIN,
  /** 填报员: fills in reports for its org unit and the units below it. */
  REPORTER,
  /** 国家级人员: reads every tenant and compares regions; writes nothing. */
  NATIONAL_ANALYST,
  /** 平台运维: tenants and plugins. */
  PLATFORM_ADMIN
}
