package org.shequ.plugins.national;

import org.pf4j.Plugin;

/** The national benchmark plugin. Its only extension is {@link NationalPlanModule}. */
public class NationalPlugin extends Plugin {}
