package org.shequ.plugins.changzhouxinbei;

import org.pf4j.Plugin;

/**
 * The Changzhou Xinbei district plan plugin. Its only extension is {@link
 * ChangzhouXinbeiPlanModule}.
 */
public class ChangzhouXinbeiPlugin extends Plugin {}
