package org.openhall.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.casefile.ClockAdministration;
import org.openhall.casefile.SpecialProcedureKind;
import org.openhall.delivery.DeliveryMethod;
import org.openhall.delivery.NewDelivery;
import org.openhall.delivery.ResultDelivery;
import org.openhall.document.DocumentIssuing;
import org.openhall.document.DocumentKind;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff case page's forms for time and the way out: start and end a special procedure (特别程序), request
 * an extension (延期) and, as head of the lead department, decide it; record how the result was handed over
 * (送达). Each action goes through the same service as the API; a refusal shows the page again with every
 * problem beside its field and everything typed kept; success shows the document the step issued.
 */
@Controller
@RequestMapping("/console/cases/{caseNumber}")
class CaseActionPages {

  private static final Map<String, String> SPECIAL_FIELDS = Map.of("SPECIAL_PROCEDURE_KIND_REQUIRED", "kind",
      "SPECIAL_PROCEDURE_DAYS_INVALID", "expectedWorkingDays", "REASON_REQUIRED", "reason");
  private static final Map<String, String> EXTENSION_FIELDS = Map.of("EXTENSION_TOO_LONG", "workingDays",
      "EXTENSION_DAYS_INVALID", "workingDays", "REASON_REQUIRED", "reason");
  private static final Map<String, String> NOTE_FIELDS = Map.of("REASON_REQUIRED", "note");

  private final AccountDirectory accounts;
  private final ClockAdministration clocks;
  private final ResultDelivery deliveries;
  private final CaseDetails caseDetails;
  private final DocumentIssuing documents;
  private final Texts texts;
  private final Clock clock;

  CaseActionPages(AccountDirectory accounts, ClockAdministration clocks, ResultDelivery deliveries,
      CaseDetails caseDetails, DocumentIssuing documents, Texts texts, Clock clock) {
    this.accounts = accounts;
    this.clocks = clocks;
    this.deliveries = deliveries;
    this.caseDetails = caseDetails;
    this.documents = documents;
    this.texts = texts;
    this.clock = clock;
  }

  @PostMapping("/special-procedures")
  String startSpecialProcedure(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
      Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
    Member me = accounts.require(principal.getName());
    long since = since();
    try {
      Integer days = number(form.get("expectedWorkingDays"));
      clocks.startSpecialProcedure(caseNumber, me, kind(form.get("kind")), days == null ? 0 : days,
          form.get("reason"));
    } catch (DomainException e) {
      return again(caseNumber, me, "special", SPECIAL_FIELDS, form, e, model, locale);
    }
    return done(caseNumber, "timepage.special.started", DocumentKind.SPECIAL_PROCEDURE_NOTICE, since, redirect,
        locale);
  }

  @PostMapping("/special-procedures/current/end")
  String endSpecialProcedure(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
      Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
    Member me = accounts.require(principal.getName());
    long since = since();
    try {
      clocks.endSpecialProcedure(caseNumber, me, blankToNull(form.get("note")));
    } catch (DomainException e) {
      return again(caseNumber, me, "specialEnd", Map.of(), form, e, model, locale);
    }
    return done(caseNumber, "timepage.special.ended", DocumentKind.SPECIAL_PROCEDURE_END_NOTICE, since, redirect,
        locale);
  }

  @PostMapping("/extensions")
  String requestExtension(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
      Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
    Member me = accounts.require(principal.getName());
    try {
      Integer days = number(form.get("workingDays"));
      clocks.requestExtension(caseNumber, me, days == null ? 0 : days, form.get("reason"));
    } catch (DomainException e) {
      return again(caseNumber, me, "extension", EXTENSION_FIELDS, form, e, model, locale);
    }
    return done(caseNumber, "timepage.extension.requested", null, 0, redirect, locale);
  }

  @PostMapping("/extensions/{extensionId}/decision")
  String decideExtension(@PathVariable String caseNumber, @PathVariable String extensionId,
      @RequestParam Map<String, String> form, Principal principal, Model model, RedirectAttributes redirect,
      Locale locale) {
    Member me = accounts.require(principal.getName());
    long since = since();
    boolean granted = "GRANT".equals(form.get("decision"));
    Map<String, String> typed = new LinkedHashMap<>(form);
    try {
      if (!granted && !"REFUSE".equals(form.get("decision"))) {
        throw DomainException.invalid("TIMEPAGE_DECISION_REQUIRED");
      }
      clocks.decideExtension(caseNumber, extensionId, me, granted, blankToNull(form.get("note")));
    } catch (DomainException e) {
      Map<String, String> fields = "TIMEPAGE_DECISION_REQUIRED".equals(e.code())
          ? Map.of("TIMEPAGE_DECISION_REQUIRED", "decision") : NOTE_FIELDS;
      return again(caseNumber, me, "decision-" + extensionId, fields, typed, e, model, locale);
    }
    return granted
        ? done(caseNumber, "timepage.extension.granted", DocumentKind.EXTENSION_NOTICE, since, redirect, locale)
        : done(caseNumber, "timepage.extension.refused", null, 0, redirect, locale);
  }

  @PostMapping("/deliveries")
  String recordDelivery(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
      Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
    Member me = accounts.require(principal.getName());
    Map<String, String> typed = new LinkedHashMap<>(form);
    try {
      deliveries.record(caseNumber, me, toDelivery(form));
    } catch (DomainException e) {
      return again(caseNumber, me, "delivery", Map.of(), typed, e, model, locale);
    }
    redirect.addFlashAttribute("notice", texts.of("delivery.recorded", locale));
    return "redirect:/console/cases/" + caseNumber + "#case-deliveries";
  }

  /** The document a step issued, once it is there (issued right after the step commits): polled by htmx. */
  @GetMapping("/issued")
  String issued(@PathVariable String caseNumber, @RequestParam DocumentKind kind, @RequestParam long since,
      Principal principal, Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    model.addAttribute("expectDocument", kind.name());
    model.addAttribute("since", since);
    model.addAttribute("issuedCase", caseNumber);
    model.addAttribute("issued", CaseDetails.issuedSince(documents.listed(caseNumber, me, locale), kind.name(), since));
    return "console/case :: issued";
  }

  private NewDelivery toDelivery(Map<String, String> form) {
    DeliveryMethod method = null;
    try {
      method = form.get("method") == null || form.get("method").isBlank() ? null
          : DeliveryMethod.valueOf(form.get("method"));
    } catch (IllegalArgumentException unknown) {
      // reported as a missing method
    }
    LocalDateTime collectedAt = null;
    LocalDate postedOn = null;
    java.util.List<DomainException.Violation> unreadable = new java.util.ArrayList<>();
    try {
      collectedAt = blankToNull(form.get("collectedAt")) == null ? null : LocalDateTime.parse(form.get("collectedAt"));
    } catch (DateTimeParseException e) {
      unreadable.add(new DomainException.Violation("collectedAt", "TIMEPAGE_DATE_INVALID", java.util.List.of()));
    }
    try {
      postedOn = blankToNull(form.get("postedOn")) == null ? null : LocalDate.parse(form.get("postedOn"));
    } catch (DateTimeParseException e) {
      unreadable.add(new DomainException.Violation("postedOn", "TIMEPAGE_DATE_INVALID", java.util.List.of()));
    }
    if (!unreadable.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", unreadable);
    }
    return new NewDelivery(method, form.get("collectorName"), form.get("collectorIdNumber"),
        form.get("collectorRelation"), collectedAt, form.get("carrier"), form.get("trackingNumber"), postedOn);
  }

  /** The case page again, as typed, each problem beside its field (form-level ones at the form's top). */
  private String again(String caseNumber, Member me, String formName, Map<String, String> fieldOf,
      Map<String, String> typed, DomainException e, Model model, Locale locale) {
    Map<String, String> values = new LinkedHashMap<>();
    typed.forEach((k, v) -> {
      if (!"_csrf".equals(k)) {
        values.put(formName + "." + k, v);
      }
    });
    Map<String, String> errors = new LinkedHashMap<>();
    if (e.violations().isEmpty()) {
      String field = fieldOf.get(e.code());
      errors.put(field == null ? formName : formName + "." + field, texts.of(e, locale));
    }
    e.violations().forEach(v -> errors.merge(formName + "." + v.field(),
        texts.of(v.code(), locale, v.args().toArray()), (a, b) -> a + " " + b));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("openForm", formName);
    caseDetails.fill(model, caseNumber, me, locale);
    if (!shown(formName, (StaffCases.CaseActions) model.getAttribute("actions"))) {
      // The form is not there (not this member's step, or not now): the refusal shows at the top.
      model.addAttribute("error", String.join(" ", errors.values()));
    }
    return "console/case";
  }

  private static boolean shown(String formName, StaffCases.CaseActions actions) {
    return switch (formName) {
      case "special" -> actions.startSpecialProcedure();
      case "specialEnd" -> actions.endSpecialProcedure();
      case "extension" -> actions.requestExtension();
      case "delivery" -> actions.recordDelivery();
      default -> actions.decidableExtensions().contains(formName.substring("decision-".length()));
    };
  }

  private String done(String caseNumber, String noticeKey, DocumentKind expected, long since,
      RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("notice", texts.of(noticeKey, locale));
    if (expected != null) {
      redirect.addFlashAttribute("expectDocument", expected.name());
      redirect.addFlashAttribute("since", since);
    }
    return "redirect:/console/cases/" + caseNumber;
  }

  /** From when a document counts as issued by the step now taken (a database may keep whole seconds). */
  private long since() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(1).toEpochMilli();
  }

  private static SpecialProcedureKind kind(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : SpecialProcedureKind.valueOf(raw);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static Integer number(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
