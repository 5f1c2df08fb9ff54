package org.openhall.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.catalogue.form.FieldOption;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormField;
import org.openhall.document.DocumentIssuing;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.Texts;
import org.openhall.organisation.DepartmentDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the task page and the staff case page both show of a case: the case, its form in words, its
 * departments by name and its documents, so the two pages cannot drift apart.
 */
@Component
class CaseDetails {

  private final StaffCases staffCases;
  private final org.openhall.payment.CasePayments payments;
  private final Texts texts;
  private final DepartmentDirectory departments;
  private final DocumentIssuing documents;

  private final org.openhall.casefile.CaseFiling filing;

  CaseDetails(StaffCases staffCases, Texts texts, DepartmentDirectory departments, DocumentIssuing documents,
      org.openhall.casefile.CaseFiling filing,
      org.openhall.payment.CasePayments payments) {
    this.payments = payments;
    this.filing = filing;
    this.staffCases = staffCases;
    this.texts = texts;
    this.departments = departments;
    this.documents = documents;
  }

  /** Puts the case the staff member may see into the model (404 otherwise) and answers it. */
  StaffCaseView fill(Model model, String caseNumber, Member staff, Locale locale) {
    StaffCaseView c = staffCases.view(caseNumber, staff);
    model.addAttribute("c", c);
    List<DocumentIssuing.Listed> listed = documents.listed(caseNumber, staff, locale);
    model.addAttribute("documents", listed);
    Object expected = model.getAttribute("expectDocument");
    if (expected != null && model.getAttribute("since") instanceof Long since) {
      model.addAttribute("issuedCase", caseNumber);
      model.addAttribute("issued", issuedSince(listed, expected.toString(), since));
    }
    model.addAttribute("departmentNames", departmentNames(c, locale));
    model.addAttribute("itemName", staffCases.itemName(caseNumber, locale));
    Map<String, org.openhall.kernel.LocalizedText> requirementNames = new LinkedHashMap<>();
    staffCases.requirements(caseNumber).forEach(r -> requirementNames.put(r.id(), r.nameIn(locale)));
    model.addAttribute("requirementNames", requirementNames);
    model.addAttribute("formRows", formRows(c.formData(), staffCases.formFields(caseNumber), locale));
    model.addAttribute("licenceRows", c.licenceMaterials());
    // 一窗受理: the clerk's checklist of a walk-in case, by requirement id (empty for other cases)
    Map<String, org.openhall.casefile.MaterialVerification> checks = new LinkedHashMap<>();
    filing.verificationsOf(caseNumber).forEach(v -> checks.put(v.requirementId(), v));
    model.addAttribute("windowChecks", checks);
    model.addAttribute("actions", staffCases.actions(caseNumber, staff));
    // 缴费 (ADR 0027): the fee and, for the lead department's clerk while it is due, the bank-window form
    model.addAttribute("payment", payments.of(caseNumber, staff).orElse(null));
    model.addAttribute("mayRecordPayment", payments.mayRecordAtBankWindow(caseNumber, staff));
    model.addAttribute("specialKinds", org.openhall.casefile.SpecialProcedureKind.values());
    if (!model.containsAttribute("values")) {
      model.addAttribute("values", Map.of());
    }
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return c;
  }

  /** The newest document of {@code kind} issued since {@code since} (epoch milliseconds), or null while it is not. */
  static DocumentIssuing.Listed issuedSince(List<DocumentIssuing.Listed> listed, String kind, long since) {
    return listed.stream().filter(d -> d.kind().name().equals(kind))
        .filter(d -> d.issuedAt().toInstant().toEpochMilli() >= since).reduce((a, b) -> b).orElse(null);
  }

  /** One answer of the application form as staff read it: the field's label and the answer in words. */
  record FormRow(String label, String value, String labelLang, String valueLang) {
    FormRow(String label, String value) {
      this(label, value, null, null);
    }
  }

  /** The application's answers in the form's order, labelled, choices and yes/no in words. */
  private List<FormRow> formRows(Map<String, String> data, List<FormField> fields, Locale locale) {
    List<FormRow> rows = new ArrayList<>();
    Map<String, String> rest = new LinkedHashMap<>(data);
    for (FormField f : fields) {
      if (!rest.containsKey(f.key())) {
        continue;
      }
      String value = rest.remove(f.key());
      String valueLang = null;
      if (f.type() == FieldType.CHECKBOX) {
        value = texts.of("true".equalsIgnoreCase(value) ? "apply.yes" : "task.no", locale);
      } else if (f.options() != null) {
        for (FieldOption o : f.options()) {
          if (o.value().equals(value)) {
            value = o.labelIn(locale).text();
            valueLang = o.labelIn(locale).lang();
          }
        }
      }
      rows.add(new FormRow(f.labelIn(locale).text(), value, f.labelIn(locale).lang(), valueLang));
    }
    rest.forEach((key, value) -> rows.add(new FormRow(key, value)));
    return rows;
  }

  private Map<String, String> departmentNames(StaffCaseView c, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(c.departmentCode(), departments.nameIn(c.departmentCode(), locale).text());
    c.coDepartments().forEach(code -> names.put(code, departments.nameIn(code, locale).text()));
    return names;
  }
}
