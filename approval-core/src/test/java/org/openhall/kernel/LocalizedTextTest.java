package org.openhall.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void aChineseReaderAlwaysGetsTheChineseText() {
    assertThat(LocalizedText.of("食品经营许可", "Food Business Licence", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(new LocalizedText("食品经营许可", false));
    assertThat(LocalizedText.of("食品经营许可", "Food Business Licence", null).text())
        .isEqualTo("食品经营许可");
  }

  @Test
  void anEnglishReaderGetsTheEnglishTextWhenThereIsOne() {
    LocalizedText t = LocalizedText.of("食品经营许可", "Food Business Licence", Locale.UK);

    assertThat(t).isEqualTo(new LocalizedText("Food Business Licence", false));
    assertThat(t.lang()).isNull();
  }

  @Test
  void anEnglishReaderGetsTheChineseTextMarkedWhenTheEnglishIsMissingOrBlank() {
    LocalizedText missing = LocalizedText.of("申请人名称", null, Locale.ENGLISH);
    LocalizedText blank = LocalizedText.of("申请人名称", "  ", Locale.ENGLISH);

    assertThat(missing).isEqualTo(new LocalizedText("申请人名称", true));
    assertThat(blank).isEqualTo(missing);
    assertThat(missing.lang()).isEqualTo("zh-CN");
  }

  @Test
  void anEmptyTextIsNeverMarked() {
    assertThat(LocalizedText.of(null, null, Locale.ENGLISH).fellBack()).isFalse();
    assertThat(LocalizedText.of("", null, Locale.ENGLISH).fellBack()).isFalse();
  }
}
