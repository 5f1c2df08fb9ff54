package org.openhall.kernel;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Localized texts for stable codes: the one lookup every page and API error uses. A more specific
 * message {@code CODE.REASON} (the second argument, e.g. {@code FIELD_PERSON_ID_INVALID.CHECK_DIGIT})
 * wins over {@code CODE}; an unknown code reads as itself, never as an empty text.
 */
@Component
public class Texts {

  private final MessageSource messages;

  Texts(MessageSource messages) {
    this.messages = messages;
  }

  public String of(String code, Locale locale, Object... args) {
    if (args.length > 1 && args[1] != null) {
      String specific = messages.getMessage(code + "." + args[1], args, null, locale);
      if (specific != null) {
        return specific;
      }
    }
    return messages.getMessage(code, args, code, locale);
  }

  /** The text of a refusal. */
  public String of(DomainException e, Locale locale) {
    return of(e.code(), locale, e.args());
  }

  /** The texts of a refusal's field violations, or its own text when it has none. */
  public List<String> all(DomainException e, Locale locale) {
    if (e.violations().isEmpty()) {
      return List.of(of(e, locale));
    }
    return e.violations().stream().map(v -> of(v.code(), locale, v.args().toArray())).toList();
  }
}
