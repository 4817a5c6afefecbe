package org.shequ.plugins.xiamen;

import org.pf4j.Plugin;

/** The Xiamen plan plugin. Its only extension is {@link XiamenPlanModule}. */
public class XiamenPlugin extends Plugin {}
