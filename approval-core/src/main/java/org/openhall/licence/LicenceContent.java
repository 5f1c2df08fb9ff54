package org.openhall.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.catalogue.form.FormField;

/**
 * 许可内容: what a licence prints of the application form. Every shown field in the form's
 * order, as "label：value" with the value as people read it ({@link FormField#valueLabel}), never
 * a code. Left out: empty values, fields the form hides, contact telephone numbers, identity
 * numbers of other people than the holder, and what the licence prints elsewhere already (the
 * holder's name and identifier, which head the licence).
 */
final class LicenceContent {

  private LicenceContent() {
  }

  static List<String> lines(FormDefinition form, Map<String, String> formData, String holderName,
      String holderId) {
    List<String> lines = new ArrayList<>();
    for (FormField field : form.fields()) {
      String value = formData.get(field.key());
      if (!shown(field, form, formData) || printedElsewhere(value, holderName, holderId)
          || field.type() == FieldType.PHONE || field.type() == FieldType.PERSON_ID) {
        continue;
      }
      String text = field.valueLabel(value == null ? null : value.strip());
      if (!text.isBlank()) {
        lines.add(field.label() + "：" + text);
      }
    }
    return lines;
  }

  private static boolean shown(FormField field, FormDefinition form, Map<String, String> formData) {
    if (field.showWhen() == null) {
      return true;
    }
    String target = formData.get(field.showWhen().field());
    if (target == null && form.field(field.showWhen().field())
        .filter(f -> f.type() == FieldType.CHECKBOX).isPresent()) {
      target = "false"; // an unchecked checkbox is not submitted at all
    }
    return field.showWhen().equals().equals(target);
  }

  private static boolean printedElsewhere(String value, String holderName, String holderId) {
    if (value == null) {
      return false;
    }
    String v = value.strip();
    return v.equals(holderName) || (!holderId.isBlank() && v.equalsIgnoreCase(holderId));
  }
}
