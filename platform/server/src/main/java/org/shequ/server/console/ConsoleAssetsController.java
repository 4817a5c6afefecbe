package org.shequ.server.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.webjars.WebJarVersionLocator;
import reactor.core.publisher.Mono;

/**
 * {@code GET /ui/core/vue.js}: the console's one import of Vue, pointing at the WebJar's versioned
 * path. The version is looked up once, at start-up: looking it up per request would read the jar on
 * an event-loop thread. Pages import Vue from here, so no page names a version.
 */
@Hidden
@RestController
class ConsoleAssetsController {
  private final String module;

  ConsoleAssetsController() {
    String path =
        new WebJarVersionLocator().fullPath("vue", "dist/vue.runtime.esm-browser.prod.js");
    if (path == null) {
      throw new IllegalStateException("the Vue WebJar is missing from the class path");
    }
    // fullPath answers META-INF/resources/webjars/vue/<version>/dist/…; the browser asks /webjars/…
    String url = path.substring(path.indexOf("/webjars/"));
    this.module =
        "// Vue's runtime-only build from its WebJar: the Content-Security-Policy forbids eval,"
            + " so pages are render functions.\nexport * from '"
            + url
            + "';\n";
  }

  @GetMapping(value = "/ui/core/vue.js", produces = "text/javascript")
  Mono<ResponseEntity<String>> vue() {
    return Mono.just(ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(module));
  }
}
