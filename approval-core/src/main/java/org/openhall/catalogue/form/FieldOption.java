package org.openhall.catalogue.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.openhall.kernel.LocalizedText;

/**
 * 选项 (option) of a SELECT field: the submitted {@code value}, the displayed Chinese
 * {@code label} and its optional English {@code labelEn}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldOption(String value, String label, String labelEn) {

  public FieldOption(String value, String label) {
    this(value, label, null);
  }

  /** The option's label for a locale. */
  public LocalizedText labelIn(Locale locale) {
    return LocalizedText.of(label, labelEn, locale);
  }
}
