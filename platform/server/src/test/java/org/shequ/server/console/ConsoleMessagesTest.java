package org.shequ.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every text of the console exists in both languages. */
class ConsoleMessagesTest {
  private final ConsoleMessages messages = new ConsoleMessages();

  @Test
  void chineseAndEnglishHaveTheSameKeys() {
    assertThat(messages.of("zh")).isNotEmpty();
    assertThat(messages.of("en").keySet()).isEqualTo(messages.of("zh").keySet());
  }

  @Test
  void noTextIsEmpty() {
    for (String lang : ConsoleMessages.LANGUAGES) {
      assertThat(messages.of(lang))
          .allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }
  }

  @Test
  void anUnknownLanguageHasNoTexts() {
    assertThat(messages.of("fr")).isNull();
  }
}
