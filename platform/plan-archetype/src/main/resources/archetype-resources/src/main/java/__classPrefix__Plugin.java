package ${package};

import org.pf4j.Plugin;

/**
 * The plugin PF4J starts ({@code Plugin-Class} in the jar's manifest). Its only extension is
 * {@link ${classPrefix}PlanModule}; nothing to do at start or stop.
 */
public class ${classPrefix}Plugin extends Plugin {}
