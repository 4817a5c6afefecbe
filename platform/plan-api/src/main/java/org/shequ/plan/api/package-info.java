/**
 * The contract between Shequ and a plan plugin: one extension point, {@link
 * org.shequ.plan.api.PlanModule}, and an immutable model of a plan document ({@link
 * org.shequ.plan.api.Plan} with its {@link org.shequ.plan.api.Indicator}s, {@link
 * org.shequ.plan.api.Task}s and {@link org.shequ.plan.api.Form}s, every figure with its {@link
 * org.shequ.plan.api.Provenance}). It has no Spring, no Reactor and no I/O: everything here is pure
 * and never blocks.
 *
 * <h2>Versioning</h2>
 *
 * <p>The running host implements {@link org.shequ.plan.api.PlanApi#VERSION}; a plugin states the
 * versions it works with in its manifest's {@code Plugin-Requires} (for example {@code >=1.2.0
 * <2.0.0}), and a plugin whose range excludes the host's version is refused before any of its code
 * runs. Minor versions only add (a plugin built against 1.0 still loads); a major version may
 * remove or change types. Additions say {@code @since} the version that brought them.
 *
 * <h2>Who calls what, and when</h2>
 *
 * <ul>
 *   <li>{@link org.shequ.plan.api.PlanModule#plan()} and {@link
 *       org.shequ.plan.api.PlanModule#nationalIndicators()}: the plugin host, once when it loads
 *       the plugin (at start-up, or when the plugin is installed at run time with {@code POST
 *       /api/v1/plugins}), and again, on the new version, when an upgraded version is installed at
 *       run time.
 *   <li>{@link org.shequ.plan.api.PlanValidator}: the host on every load, before the plan is
 *       served; the test kit's {@code PlanContract} in the plugin's own build.
 *   <li>{@link org.shequ.plan.api.Form#validate} and its {@link org.shequ.plan.api.FormRule}s: the
 *       host, on every report save and submit.
 *   <li>{@link org.shequ.plan.api.Computation#evaluate}: the plugin's tests and the host's tests;
 *       the host computes the same results in SQL on every progress request.
 *   <li>{@link org.shequ.plan.api.Figures}, {@link org.shequ.plan.api.Indicator#perUnitClause()},
 *       {@link org.shequ.plan.api.Indicator#actualUnit()}: the host, when it renders progress,
 *       comparison and plan views.
 *   <li>{@link org.shequ.plan.api.NationalCodes}: plugins, at compile time, to name national
 *       indicators.
 *   <li>{@link org.shequ.plan.api.Plan#indicatorGroups()} and {@link
 *       org.shequ.plan.api.Plan#groupOf} (1.2): the host, when it serves the plan and on every
 *       progress request, to show each indicator under the document's own heading.
 * </ul>
 *
 * <p>Everything a plugin returns is immutable and must be equal on every call. See {@code
 * docs/plan-api.md} for how each kind of clause of a plan document is encoded.
 */
package org.shequ.plan.api;
