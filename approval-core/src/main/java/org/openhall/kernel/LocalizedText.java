package org.openhall.kernel;

import java.util.Locale;

/**
 * A catalogue text as one language reads it (目录文本的中英文): the English text for an English
 * reader when the catalogue carries one, otherwise the Chinese text, marked as a fall-back so that
 * a page can tell the browser its language ({@code lang="zh-CN"}). The one home of the rule
 * "two languages, never mixed" (ADR 0025); pages, API views and form messages all ask it.
 *
 * @param text the text to show
 * @param fellBack whether an English reader gets the Chinese text because no English one exists
 */
public record LocalizedText(String text, boolean fellBack) {

  /** The language tag of a fall-back text. */
  public static final String CHINESE = "zh-CN";

  /** The text of {@code zh} and {@code en} for a locale; English only for {@code en*} locales. */
  public static LocalizedText of(String zh, String en, Locale locale) {
    if (!isEnglish(locale)) {
      return new LocalizedText(zh, false);
    }
    if (en != null && !en.isBlank()) {
      return new LocalizedText(en, false);
    }
    return new LocalizedText(zh, zh != null && !zh.isBlank());
  }

  /** Just the text of {@link #of}. */
  public static String text(String zh, String en, Locale locale) {
    return of(zh, en, locale).text();
  }

  /** Whether a locale reads English (any {@code en*}); everything else reads Chinese. */
  public static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** The language of the shown text for a {@code lang} attribute: zh-CN when it fell back, else null. */
  public String lang() {
    return fellBack ? CHINESE : null;
  }
}
