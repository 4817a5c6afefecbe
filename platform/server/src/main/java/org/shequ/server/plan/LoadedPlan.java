package org.shequ.server.plan;

import org.shequ.plan.api.Plan;

/** A plan the host serves, with the plugin that provides it. */
public record LoadedPlan(Plan plan, String pluginId, String pluginVersion) {}
