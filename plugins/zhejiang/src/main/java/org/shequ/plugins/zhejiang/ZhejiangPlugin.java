package org.shequ.plugins.zhejiang;

import org.pf4j.Plugin;

/**
 * The plugin for Zhejiang Province's urban-rural community governance plan of the 13th five-year
 * period. Its only extension is {@link ZhejiangPlanModule}.
 */
public class ZhejiangPlugin extends Plugin {}
