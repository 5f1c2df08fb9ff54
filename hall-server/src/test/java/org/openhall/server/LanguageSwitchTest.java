package org.openhall.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

  @Test
  void keepsThePathAndTheQueryAndReplacesOnlyTheLanguage() {
    assertThat(LanguageSwitch.of("/", "query=%E9%A3%9F%E5%93%81&page=2"))
        .isEqualTo("/?query=%E9%A3%9F%E5%93%81&page=2&lang=");
    assertThat(LanguageSwitch.of("/items/SCJG-001", "lang=en&x=1&lang=zh-CN"))
        .isEqualTo("/items/SCJG-001?x=1&lang=");
  }

  @Test
  void aPageWithoutQueryGetsOnlyTheLanguage() {
    assertThat(LanguageSwitch.of("/console/tasks/42", null)).isEqualTo("/console/tasks/42?lang=");
    assertThat(LanguageSwitch.of("/x", "")).isEqualTo("/x?lang=");
  }

  @Test
  void keepsAParameterThatOnlyStartsWithLang() {
    assertThat(LanguageSwitch.of("/", "language=1&lang")).isEqualTo("/?language=1&lang=");
  }
}
