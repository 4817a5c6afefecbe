package org.shequ.server.fuzz;

/** Who sends a probe: the role that may use the route it tries. */
enum Who {
  ANONYMOUS,
  /** The region admin of {@link FuzzTenant#ID}. */
  REGION_ADMIN,
  NATIONAL_ANALYST,
  PLATFORM_ADMIN
}
