package org.shequ.server.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.webjars.WebJarVersionLocator;
import reactor.core.publisher.Mono;

/**
 * {@code GET /ui/core/vue.js} and {@code GET /ui/core/echarts.js}: the console's one import of each
 * front-end library, pointing at its WebJar's versioned path. Versions are looked up once, at
 * start-up: looking them up per request would read the jars on an event-loop thread. Pages import
 * the libraries from here, so no page names a version.
 */
@Hidden
@RestController
class ConsoleAssetsController {
  private final String vue;
  private final String echarts;

  ConsoleAssetsController() {
    WebJarVersionLocator locator = new WebJarVersionLocator();
    this.vue =
        "// Vue's runtime-only build from its WebJar: the Content-Security-Policy forbids eval,"
            + " so pages are render functions.\nexport * from '"
            + url(locator, "vue", "dist/vue.runtime.esm-browser.prod.js")
            + "';\n";
    this.echarts =
        "// Apache ECharts' ES-module build from its WebJar.\nexport * from '"
            + url(locator, "echarts", "echarts.esm.min.js")
            + "';\n";
  }

  /** The browser's address of a WebJar file, e.g. {@code /webjars/vue/3.5.13/dist/…}. */
  private static String url(WebJarVersionLocator locator, String webJar, String file) {
    String path = locator.fullPath(webJar, file);
    if (path == null) {
      throw new IllegalStateException("the " + webJar + " WebJar is missing from the class path");
    }
    // fullPath answers META-INF/resources/webjars/<name>/<version>/…; the browser asks /webjars/…
    return path.substring(path.indexOf("/webjars/"));
  }

  @GetMapping(value = "/ui/core/vue.js", produces = "text/javascript")
  Mono<ResponseEntity<String>> vue() {
    return module(vue);
  }

  @GetMapping(value = "/ui/core/echarts.js", produces = "text/javascript")
  Mono<ResponseEntity<String>> echarts() {
    return module(echarts);
  }

  private static Mono<ResponseEntity<String>> module(String body) {
    return Mono.just(ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body));
  }
}
