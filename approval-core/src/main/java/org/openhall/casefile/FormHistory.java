package org.openhall.casefile;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormField;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 历史办件库: what a new application form starts with — the values of the applicant's most recent
 * earlier case (of the same item if there is one, else of any item) for the fields this form has,
 * overlaid with the profile ({@link FormPrefill}: name, ID number or credit code, phone), which is
 * newer than any case. Checkboxes (declarations, consents) are never carried over: they are given anew.
 */
@Service
public class FormHistory {

  private final Cases cases;
  private final CaseFiles files;

  FormHistory(Cases cases, CaseFiles files) {
    this.cases = cases;
    this.files = files;
  }

  /**
   * The starting values of {@code item}'s form for {@code applicant} (for an agent: the principal,
   * never the agent), and where they came from.
   */
  @Transactional(readOnly = true)
  public Prefill prefill(Member applicant, ItemVersion item) {
    if (applicant == null) {
      return new Prefill(Map.of(), false, null);
    }
    Map<String, String> values = new LinkedHashMap<>();
    String caseNumber = null;
    Optional<Case> earlier = latest(applicant.id(), item.code());
    if (earlier.isPresent()) {
      Map<String, String> old = files.formData(earlier.get());
      for (FormField f : item.form().fields()) {
        String value = old.get(f.key());
        if (value != null && !value.isBlank() && carriesOver(f, value)) {
          values.put(f.key(), value);
        }
      }
      caseNumber = values.isEmpty() ? null : earlier.get().caseNumber();
    }
    Map<String, String> profile = FormPrefill.of(applicant, item.form());
    values.putAll(profile);
    return new Prefill(values, !profile.isEmpty(), caseNumber);
  }

  private Optional<Case> latest(String applicantAccountId, String itemCode) {
    // the applicant's own cases only: an agent's account also "owns" cases filed for other principals
    List<Case> theirs = cases.findOwnedBy(applicantAccountId).stream()
        .filter(c -> applicantAccountId.equals(c.applicant().accountId()))
        .sorted(Comparator.comparing(Case::submittedAt).reversed())
        .toList();
    return theirs.stream().filter(c -> c.itemCode().equals(itemCode)).findFirst()
        .or(() -> theirs.stream().findFirst());
  }

  private static boolean carriesOver(FormField f, String value) {
    if (f.type() == FieldType.CHECKBOX) {
      return false;
    }
    if (f.type() == FieldType.SELECT) {
      return f.options() != null && f.options().stream().anyMatch(o -> o != null && value.equals(o.value()));
    }
    return true;
  }

  /**
   * Starting values by field key; {@code fromProfile} when the profile gave any, {@code caseNumber}
   * the earlier case that gave any (null when none did).
   */
  public record Prefill(Map<String, String> values, boolean fromProfile, String caseNumber) {

    public boolean isEmpty() {
      return values.isEmpty();
    }
  }
}
