package org.shequ.server.web;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.webflux.api.OpenApiWebfluxResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The OpenAPI document is built after the server is ready, not while it starts: building it scans
 * every route and model class (seconds of CPU), which springdoc's pre-loading did on a thread of
 * its own during start-up, slowing the start by about three seconds on two cores. Requests for the
 * document are handled off the event loop, so one that arrives before the build is done builds it
 * there; springdoc keeps the built document.
 */
@Component
@Order(0)
class ApiDocsBuild implements WebFilter {
  private static final Logger log = LoggerFactory.getLogger(ApiDocsBuild.class);
  private static final String PATH = "/v3/api-docs";

  private final ObjectProvider<OpenApiWebfluxResource> docs;

  ApiDocsBuild(ObjectProvider<OpenApiWebfluxResource> docs) {
    this.docs = docs;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (exchange.getRequest().getPath().value().startsWith(PATH)) {
      return chain.filter(exchange).subscribeOn(Schedulers.boundedElastic());
    }
    return chain.filter(exchange);
  }

  /** Builds the document once the server is ready, in the background. */
  @EventListener(ApplicationReadyEvent.class)
  void buildWhenReady() {
    OpenApiWebfluxResource resource = docs.getIfAvailable();
    if (resource == null) {
      return;
    }
    Mono.defer(() -> build(resource))
        .subscribeOn(Schedulers.boundedElastic())
        .subscribe(
            bytes -> log.debug("OpenAPI document built: {} bytes", bytes.length),
            e -> log.warn("Building the OpenAPI document failed: {}", e.toString()));
  }

  private static Mono<byte[]> build(OpenApiWebfluxResource resource) {
    try {
      // The locale a request without Accept-Language resolves to: springdoc keeps one per locale.
      return resource.openapiJson(new BuildRequest(), PATH, Locale.getDefault());
    } catch (Exception e) {
      return Mono.error(e);
    }
  }

  /** The request the background build stands on: a GET of the document, with no body. */
  private static final class BuildRequest extends AbstractServerHttpRequest {
    BuildRequest() {
      super(HttpMethod.GET, URI.create("http://localhost" + PATH), null, new HttpHeaders());
    }

    @Override
    protected MultiValueMap<String, HttpCookie> initCookies() {
      return new LinkedMultiValueMap<>();
    }

    @Override
    protected @Nullable SslInfo initSslInfo() {
      return null;
    }

    @Override
    public <T> T getNativeRequest() {
      throw new UnsupportedOperationException("no native request behind a background build");
    }

    @Override
    public @Nullable InetSocketAddress getRemoteAddress() {
      return null;
    }

    @Override
    public Flux<DataBuffer> getBody() {
      return Flux.empty();
    }
  }
}
