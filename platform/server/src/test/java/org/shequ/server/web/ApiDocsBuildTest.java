package org.shequ.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springdoc.webflux.api.OpenApiWebfluxResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The OpenAPI document is built off the event loop: a request for it is handled on a worker thread,
 * since the first one may build it (seconds of classpath scanning); every other request stays on
 * the thread it came on.
 */
class ApiDocsBuildTest {
  private final ObjectProvider<OpenApiWebfluxResource> none =
      new StaticListableBeanFactory().getBeanProvider(OpenApiWebfluxResource.class);
  private final ApiDocsBuild filter = new ApiDocsBuild(none);

  @Test
  void theDocumentIsHandledOnAWorkerThread() {
    assertThat(handledOn("/v3/api-docs")).startsWith("boundedElastic");
    assertThat(handledOn("/v3/api-docs/swagger-config")).startsWith("boundedElastic");
  }

  @Test
  void otherRequestsStayOnTheirThread() {
    assertThat(handledOn("/api/v1/plans")).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void withoutSpringdocNothingIsBuilt() {
    // No OpenAPI resource (springdoc switched off): the ready event builds nothing and fails not.
    filter.buildWhenReady();
  }

  private String handledOn(String path) {
    AtomicReference<String> thread = new AtomicReference<>();
    WebFilterChain chain =
        exchange -> Mono.fromRunnable(() -> thread.set(Thread.currentThread().getName()));
    StepVerifier.create(
            filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get(path)), chain))
        .verifyComplete();
    return thread.get();
  }
}
