package org.shequ.server.orgunit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.server.orgunit.OrgUnitRequests.Deactivate;
import org.shequ.server.orgunit.OrgUnitRequests.Edit;
import org.shequ.server.orgunit.OrgUnitRequests.Merge;
import org.shequ.server.orgunit.OrgUnitRequests.MergeResult;
import org.shequ.server.orgunit.OrgUnitRequests.Move;
import org.shequ.server.orgunit.OrgUnitRequests.NewUnit;
import org.shequ.server.orgunit.OrgUnitRequests.Split;
import org.shequ.server.orgunit.OrgUnitRequests.SplitResult;
import org.shequ.server.security.Caller;
import org.shequ.server.security.WriteAction;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.Problems;
import org.shequ.server.web.SaneDates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A tenant's org-unit tree: read by anyone who may read the tenant (reporters only their own unit
 * and what lies below it), changed only by the tenant's region admin.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/org-units")
class OrgUnitController {
  private static final int MAX_PAGE_SIZE = 500;
  private final TenantAccess access;
  private final OrgUnits units;
  private final OrgUnitChanges changes;

  OrgUnitController(TenantAccess access, OrgUnits units, OrgUnitChanges changes) {
    this.access = access;
    this.units = units;
    this.changes = changes;
  }

  /** The tree as nested children, or a page of the flat list, on {@code asOf} (default today). */
  @GetMapping
  @Operation(
      operationId = "listOrgUnits",
      summary = "The tenant's org units, as a tree or a flat page",
      description =
          "view=tree: nested children from the caller's root (or parent); view=flat: a page filtered by level. As of asOf, default today.")
  @ApiResponse(
      responseCode = "200",
      description = "The tree (view=tree) or a page (view=flat)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(oneOf = {OrgUnitTreeView.class, OrgUnitPage.class})))
  Mono<Object> list(
      @PathVariable("tenantId") String tenant,
      @RequestParam(defaultValue = "tree") String view,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String parent,
      @RequestParam(required = false) String level,
      @RequestParam(defaultValue = "false") boolean includeInactive,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    LocalDate day = day(asOf);
    OrgUnitLevel onlyLevel = level == null ? null : parseLevel(level);
    if (!view.equals("tree") && !view.equals("flat")) {
      throw Problems.badParameter("view", "one-of", "tree, flat");
    }
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw Problems.badParameter("size", "paging", MAX_PAGE_SIZE);
    }
    // No unit has such an id; refused rather than answered with an empty page.
    if (parent != null && !UnitRules.ID.matcher(parent).matches()) {
      throw Problems.badParameter("parent", "invalid-value");
    }
    return access
        .reader(tenant)
        .flatMap(c -> visibleRoot(c, tenant, parent, day))
        .flatMap(
            root ->
                view.equals("tree")
                    ? units
                        .tree(tenant, day, root.orElse(null), includeInactive)
                        .map(roots -> (Object) new OrgUnitTreeView(day, roots))
                    : units
                        .page(
                            tenant, day, root.orElse(null), includeInactive, onlyLevel, page, size)
                        .map(p -> (Object) p));
  }

  @GetMapping("/{orgUnitId}")
  @Operation(
      operationId = "getOrgUnit",
      summary = "One org unit as of a date",
      description =
          "Its name, level, parent, population and lineage as of asOf; the revision is the ETag to send back as If-Match.")
  Mono<ResponseEntity<OrgUnitView>> get(
      @PathVariable("tenantId") String tenant,
      @PathVariable("orgUnitId") String id,
      @RequestParam(required = false) String asOf) {
    LocalDate day = day(asOf);
    return access
        .reader(tenant)
        .flatMap(c -> visibleRoot(c, tenant, id, day))
        .then(units.find(tenant, id, day))
        .switchIfEmpty(Mono.error(() -> OrgUnitProblems.unitNotFound(id)))
        .map(u -> ResponseEntity.ok().eTag(String.valueOf(u.revision())).body(u));
  }

  @GetMapping("/{orgUnitId}/history")
  @Operation(
      operationId = "getOrgUnitHistory",
      summary = "Every version of an org unit",
      description = "Each dated version of the unit and the merges and splits it took part in.")
  Mono<OrgUnitHistory> history(
      @PathVariable("tenantId") String tenant, @PathVariable("orgUnitId") String id) {
    return access
        .reader(tenant)
        .flatMap(c -> visibleRoot(c, tenant, id, OrgUnitDates.today()))
        .then(units.history(tenant, id))
        .switchIfEmpty(Mono.error(() -> OrgUnitProblems.unitNotFound(id)));
  }

  @PostMapping
  @Operation(
      operationId = "createOrgUnit",
      summary = "Add an org unit (region admin)",
      description = "A new unit under its parent, effective from a date; Location names it.")
  Mono<ResponseEntity<OrgUnitView>> add(
      @PathVariable("tenantId") String tenant, @RequestBody NewUnit body) {
    return access
        .tenantWide(tenant, WriteAction.CHANGE_ORG_UNITS)
        .flatMap(c -> changes.add(tenant, c.subject(), body))
        .map(
            u ->
                ResponseEntity.created(
                        URI.create("/api/v1/tenants/" + tenant + "/org-units/" + u.id()))
                    .eTag(String.valueOf(u.revision()))
                    .body(u));
  }

  /** A new version with the given attributes; {@code If-Match} (a revision) guards lost updates. */
  @PatchMapping("/{orgUnitId}")
  @Operation(
      operationId = "updateOrgUnit",
      summary = "Change an org unit's attributes (region admin)",
      description =
          "A new version from its effective date; If-Match (the revision) guards against lost updates.")
  Mono<ResponseEntity<OrgUnitView>> edit(
      @PathVariable("tenantId") String tenant,
      @PathVariable("orgUnitId") String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Edit body) {
    Integer revision = revision(ifMatch);
    return access
        .tenantWide(tenant, WriteAction.CHANGE_ORG_UNITS)
        .flatMap(c -> changes.edit(tenant, c.subject(), id, body, revision))
        .map(u -> ResponseEntity.ok().eTag(String.valueOf(u.revision())).body(u));
  }

  @PostMapping("/{orgUnitId}/move")
  @Operation(
      operationId = "moveOrgUnit",
      summary = "Move an org unit under another parent (region admin)",
      description = "From the effective date the unit and its subtree belong to the new parent.")
  Mono<OrgUnitView> move(
      @PathVariable("tenantId") String tenant,
      @PathVariable("orgUnitId") String id,
      @RequestBody Move body) {
    return access
        .tenantWide(tenant, WriteAction.CHANGE_ORG_UNITS)
        .flatMap(c -> changes.move(tenant, c.subject(), id, body));
  }

  @PostMapping("/{orgUnitId}/deactivate")
  @Operation(
      operationId = "deactivateOrgUnit",
      summary = "Deactivate an org unit (region admin)",
      description = "From the effective date it takes no reports; its history and reports stay.")
  Mono<OrgUnitView> deactivate(
      @PathVariable("tenantId") String tenant,
      @PathVariable("orgUnitId") String id,
      @RequestBody(required = false) Deactivate body) {
    return access
        .tenantWide(tenant, WriteAction.CHANGE_ORG_UNITS)
        .flatMap(
            c ->
                changes.deactivate(
                    tenant, c.subject(), id, body == null ? null : body.effective()));
  }

  @PostMapping("/merge")
  @Operation(
      operationId = "mergeOrgUnits",
      summary = "Merge org units into one (region admin)",
      description = "The merged units end; the new or surviving unit records them as its lineage.")
  Mono<ResponseEntity<MergeResult>> merge(
      @PathVariable("tenantId") String tenant, @RequestBody Merge body) {
    return access
        .tenantWide(tenant, WriteAction.CHANGE_ORG_UNITS)
        .flatMap(c -> changes.merge(tenant, c.subject(), body))
        .map(r -> ResponseEntity.status(HttpStatus.CREATED).body(r));
  }

  @PostMapping("/{orgUnitId}/split")
  @Operation(
      operationId = "splitOrgUnit",
      summary = "Split an org unit into several (region admin)",
      description = "The unit ends; the new units record it as their lineage.")
  Mono<ResponseEntity<SplitResult>> split(
      @PathVariable("tenantId") String tenant,
      @PathVariable("orgUnitId") String id,
      @RequestBody Split body) {
    return access
        .tenantWide(tenant, WriteAction.CHANGE_ORG_UNITS)
        .flatMap(c -> changes.split(tenant, c.subject(), id, body))
        .map(r -> ResponseEntity.status(HttpStatus.CREATED).body(r));
  }

  /**
   * The root of what the caller may see: reporters see their own unit's subtree only, so an id
   * outside it is answered like one that does not exist.
   */
  private Mono<java.util.Optional<String>> visibleRoot(
      Caller caller, String tenant, String requested, LocalDate day) {
    if (!caller.readsOnlyOwnSubtree()) {
      return Mono.just(java.util.Optional.ofNullable(requested));
    }
    if (!caller.hasOrgUnits()) {
      return Mono.error(TenantAccess.forbidden());
    }
    if (requested == null || caller.orgUnits().contains(requested)) {
      return Mono.just(
          java.util.Optional.of(requested == null ? caller.firstOrgUnit() : requested));
    }
    return reactor.core.publisher.Flux.fromIterable(caller.orgUnits())
        .concatMap(own -> units.subtreeIds(tenant, own, day))
        .any(requested::equals)
        .flatMap(
            inside ->
                inside
                    ? Mono.just(java.util.Optional.of(requested))
                    : Mono.error(OrgUnitProblems.unitNotFound(requested)));
  }

  static LocalDate day(String asOf) {
    return day("asOf", asOf);
  }

  /** The day a query parameter names, today when absent. */
  static LocalDate day(String name, String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return OrgUnitDates.today();
    }
    LocalDate day;
    try {
      day = LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw Problems.badParameter(name, "date-format", asOf);
    }
    if (!SaneDates.contains(day)) {
      throw Problems.badParameter(name, "date-out-of-range");
    }
    return day;
  }

  private static OrgUnitLevel parseLevel(String level) {
    return Vocabulary.level(level)
        .orElseThrow(
            () ->
                Problems.badParameter(
                    "level",
                    "one-of",
                    java.util.Arrays.stream(OrgUnitLevel.values())
                        .map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(", "))));
  }

  private static Integer revision(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Integer.valueOf(tag);
    } catch (NumberFormatException e) {
      throw Problems.badParameter("If-Match", "revision");
    }
  }

  /** The tree on one day. */
  record OrgUnitTreeView(LocalDate asOf, List<OrgUnitNode> roots) {}
}
