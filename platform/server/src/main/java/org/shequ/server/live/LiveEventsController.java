package org.shequ.server.live;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.function.Predicate;
import org.shequ.server.tenant.TenantAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Server-sent events telling open dashboards that reports changed, so they re-read: a tenant's
 * changes for whoever may read the tenant, every tenant's for national and platform staff (the
 * security configuration keeps everyone else out of {@code /api/v1/comparison/**}).
 */
@RestController
class LiveEventsController {
  private final TenantAccess access;
  private final LiveEvents events;

  LiveEventsController(TenantAccess access, LiveEvents events) {
    this.access = access;
    this.events = events;
  }

  @GetMapping(
      path = "/api/v1/tenants/{tenantId}/events",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      operationId = "streamTenantEvents",
      summary = "Report changes of the tenant, as they are committed",
      description =
          "event: ready once changes are heard, then event: change per committed change of a form's"
              + " reports in a period (tenant, formCode, period, status, at), a :keep-alive comment"
              + " when idle. The stream ends when the server stops hearing changes; reconnect and"
              + " re-read. See docs/live.md.")
  Mono<ResponseEntity<Flux<ServerSentEvent<Object>>>> tenant(@PathVariable String tenantId) {
    return access
        .reader(tenantId)
        .map(caller -> stream(change -> change.tenant().equals(tenantId)));
  }

  @GetMapping(path = "/api/v1/comparison/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      operationId = "streamNationalEvents",
      summary = "Report changes of every tenant, as they are committed",
      description = "The same stream as /api/v1/tenants/{tenantId}/events, for all tenants.")
  Mono<ResponseEntity<Flux<ServerSentEvent<Object>>>> national() {
    return Mono.just(stream(change -> true));
  }

  private ResponseEntity<Flux<ServerSentEvent<Object>>> stream(Predicate<ReportChange> shown) {
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_EVENT_STREAM)
        // nginx and its kind would otherwise hold events back to fill a buffer.
        .header("X-Accel-Buffering", "no")
        .body(events.stream(shown));
  }

  /** The data of {@code event: ready}. */
  record Ready(Instant at) {}
}
