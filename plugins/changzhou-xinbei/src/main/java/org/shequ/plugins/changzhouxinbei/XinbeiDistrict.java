package org.shequ.plugins.changzhouxinbei;

import org.shequ.plan.api.Provenance;

/**
 * Facts about the district the plan starts from (section 一): the 2013 regional optimisation redrew
 * 149 administrative villages and 45 communities into 48 villages and 60 communities, the units
 * that report under this plan until the scale adjustment of section 三(一) changes them.
 */
final class XinbeiDistrict {
  private XinbeiDistrict() {}

  static final int REDRAW_YEAR = 2013;
  static final int VILLAGES_BEFORE_REDRAW = 149;
  static final int COMMUNITIES_BEFORE_REDRAW = 45;
  static final int VILLAGES_AFTER_REDRAW = 48;
  static final int COMMUNITIES_AFTER_REDRAW = 60;

  static final String REDRAW_WORDING = "2013年,将当时全区149个行政村、45个社区优化成48个行政村、60个社区。";

  static final Provenance REDRAW =
      Provenance.stated(XinbeiSections.BASIS + " 二是区域优化基本完成", REDRAW_WORDING);
}
