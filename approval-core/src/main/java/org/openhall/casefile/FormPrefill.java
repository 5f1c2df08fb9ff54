package org.openhall.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.catalogue.form.FormField;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;

/**
 * What an application form can start with from what is already known of the applicant (name, phone,
 * and their own ID number or credit code), so that nobody types it twice. Only fields the item's form
 * has, by the catalogue's conventional keys; everything stays editable and is validated as typed.
 */
public final class FormPrefill {

  private FormPrefill() {
  }

  /** The starting values for {@code form} of {@code applicant}; empty for an unknown applicant. */
  public static Map<String, String> of(Member applicant, FormDefinition form) {
    Map<String, String> known = new LinkedHashMap<>();
    if (applicant == null) {
      return known;
    }
    known.put("applicantName", applicant.displayName());
    known.put("contactPhone", applicant.phone());
    known.put(applicant.kind() == PartyKind.ENTITY ? "creditCode" : "idNumber", applicant.partyId());
    Map<String, String> values = new LinkedHashMap<>();
    for (FormField field : form.fields()) {
      String value = known.get(field.key());
      if (value != null && !value.isBlank()) {
        values.put(field.key(), value);
      }
    }
    return values;
  }
}
