package org.shequ.server.console;

import java.time.Duration;
import java.util.Map;
import org.shequ.server.web.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /console/messages/{lang}}: the console's texts in one language, as JSON. */
@RestController
class ConsoleMessagesController {
  private final ConsoleMessages messages;

  ConsoleMessagesController(ConsoleMessages messages) {
    this.messages = messages;
  }

  @GetMapping("/console/messages/{lang}")
  Mono<ResponseEntity<Map<String, String>>> messages(@PathVariable String lang) {
    Map<String, String> texts = messages.of(lang);
    if (texts == null) {
      return Mono.error(Problems.notFound("language", lang));
    }
    return Mono.just(
        ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(texts));
  }
}
