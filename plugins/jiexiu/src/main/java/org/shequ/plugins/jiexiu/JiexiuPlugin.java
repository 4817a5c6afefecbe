package org.shequ.plugins.jiexiu;

import org.pf4j.Plugin;

/** The Jiexiu plan plugin. Its only extension is {@link JiexiuPlanModule}. */
public class JiexiuPlugin extends Plugin {}
