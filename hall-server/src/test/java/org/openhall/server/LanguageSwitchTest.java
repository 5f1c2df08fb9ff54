package org.openhall.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

  @Test
  void keepsThePathAndTheQueryAndReplacesOnlyTheLanguage() {
    assertThat(LanguageSwitch.of("/", "query=%E9%A3%9F%E5%93%81&page=2", "en"))
        .isEqualTo("/?query=%E9%A3%9F%E5%93%81&page=2&lang=en");
    assertThat(LanguageSwitch.of("/items/SCJG-001", "lang=en&x=1&lang=zh-CN", "zh-CN"))
        .isEqualTo("/items/SCJG-001?x=1&lang=zh-CN");
  }

  @Test
  void aPageWithoutQueryGetsOnlyTheLanguage() {
    assertThat(LanguageSwitch.of("/console/tasks/42", null, "en")).isEqualTo("/console/tasks/42?lang=en");
    assertThat(LanguageSwitch.of("/x", "", "en")).isEqualTo("/x?lang=en");
  }

  @Test
  void keepsAParameterThatOnlyStartsWithLang() {
    assertThat(LanguageSwitch.of("/", "language=1&lang", "en")).isEqualTo("/?language=1&lang=en");
  }
}
