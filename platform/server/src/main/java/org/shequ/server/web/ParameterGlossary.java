package org.shequ.server.web;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;

/**
 * The meaning of the parameters that mean the same on every route, so the OpenAPI document
 * describes each once; a route whose parameter means more says so with {@code @Parameter}.
 */
final class ParameterGlossary {
  private static final Map<String, String> PATH =
      Map.ofEntries(
          Map.entry("tenantId", "The tenant (region) id, e.g. jiexiu"),
          Map.entry("formCode", "The reporting form's code in the tenant's plan"),
          Map.entry("orgUnitId", "The org unit's id in the tenant"),
          Map.entry("period", "The reporting period: a plan year, e.g. 2019"),
          Map.entry("planId", "The plan's id, e.g. jiexiu-2018-2020"),
          Map.entry("pluginId", "The plugin's id"),
          Map.entry("memberId", "The member's id (a UUID)"),
          Map.entry("code", "The invitation code the member was given"),
          Map.entry("indicatorCode", "The indicator's code in the plan"),
          Map.entry(
              "step",
              "The workflow step: submit (reporter), approve, return or reopen (region admin)"));

  private static final Map<String, String> QUERY =
      Map.ofEntries(
          Map.entry("period", "A plan year, e.g. 2019; default the latest plan year begun"),
          Map.entry("formCode", "Only this form"),
          Map.entry("form", "The form's code"),
          Map.entry("plan", "The plan's id; default the plan covering the period"),
          Map.entry("orgUnit", "The org unit whose subtree is meant; default the caller's scope"),
          Map.entry(
              "include",
              "submitted: count submitted reports too, not only approved ones (default approved)"),
          Map.entry(
              "format",
              "json, csv or xlsx; overrides the Accept header (default json, or by Accept)"),
          Map.entry("page", "The page, from 0"),
          Map.entry("size", "Items per page"),
          Map.entry("status", "Only items in this status"),
          Map.entry("asOf", "The registry as of this date (ISO, e.g. 2019-12-31); default today"),
          Map.entry("dryRun", "true: check and preview only, store nothing"),
          Map.entry("partial", "true: store the valid rows and report the others"),
          Map.entry("version", "A recorded plan version (read-only); default the current one"),
          Map.entry("nationalIndicator", "The national indicator's code"),
          Map.entry("sort", "How the children are ordered"),
          Map.entry("action", "save (drafts) or submit (each row submitted as by …/submit)"),
          Map.entry("view", "tree: nested children; flat: a page of units"),
          Map.entry("parent", "Only this unit's subtree (its id)"),
          Map.entry("level", "Only units of this level (flat view)"),
          Map.entry("includeInactive", "true: include deactivated units"),
          Map.entry("effective", "The date the imported changes take effect (ISO); default today"),
          Map.entry("charset", "The CSV's encoding: UTF-8, GBK or GB18030; default detected"),
          Map.entry("confirm", "true: upgrade even though stored reports hold removed fields"),
          Map.entry("all", "false: rebuild only the stale forms; default every form"),
          Map.entry("under", "Only reports of this unit's subtree (its id)"),
          Map.entry("q", "Search text: part of the username, display name or e-mail"),
          Map.entry("role", "Only members with this role"),
          Map.entry("warnings", "true: only reports with warnings; false: only those without"));

  private static final Map<String, String> HEADER =
      Map.ofEntries(
          Map.entry(
              "If-Match",
              "The version the change is based on, as its ETag; a stale one is refused with 412"),
          Map.entry(
              "If-None-Match", "* to create only: refused with 412 when the report exists already"),
          Map.entry(
              "Idempotency-Key",
              "A key of at most 200 characters; a retry with the same key and body gets the first"
                  + " answer again, marked Idempotent-Replayed"));

  private ParameterGlossary() {}

  static void describe(Parameter parameter) {
    if (parameter.getDescription() != null && !parameter.getDescription().isBlank()) {
      return;
    }
    Map<String, String> glossary =
        switch (parameter.getIn() == null ? "" : parameter.getIn()) {
          case "path" -> PATH;
          case "query" -> QUERY;
          case "header" -> HEADER;
          default -> Map.of();
        };
    String description = glossary.get(parameter.getName());
    if (description != null) {
      parameter.setDescription(description);
    }
  }
}
