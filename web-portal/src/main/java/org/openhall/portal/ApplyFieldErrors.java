package org.openhall.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.kernel.Texts;

/**
 * The refused application's messages by the id of the control they are about ({@code form.key},
 * {@code material.id}), so the page ties each to its field ({@code aria-invalid},
 * {@code aria-describedby}). The API names a missing material by its name only, under "materials".
 */
final class ApplyFieldErrors {

  private ApplyFieldErrors() {
  }

  static Map<String, List<String>> of(DomainException e, ItemVersion item, Texts texts, Locale locale) {
    return of(e.violations(), item, texts, locale);
  }

  static Map<String, List<String>> of(List<Violation> violations, ItemVersion item, Texts texts, Locale locale) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    for (Violation v : violations) {
      String control = control(v, item);
      if (control != null) {
        byField.computeIfAbsent(control, k -> new ArrayList<>())
            .add(texts.of(v.code(), locale, v.args().toArray()));
      }
    }
    return byField;
  }

  /** The control a violation is about, or null when it is about the application as a whole. */
  static String control(Violation v, ItemVersion item) {
    if (v.field() == null) {
      return null;
    }
    if (v.field().startsWith("formData.")) {
      return "form." + v.field().substring("formData.".length());
    }
    if (v.field().equals("materials") && !v.args().isEmpty()) {
      for (RequiredMaterial r : item.guide().materials()) {
        if (r.name().equals(v.args().get(0))) {
          return "material." + r.id();
        }
      }
    }
    return null;
  }
}
