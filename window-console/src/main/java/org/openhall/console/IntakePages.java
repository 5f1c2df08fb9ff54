package org.openhall.console;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openhall.casefile.CaseFiling.Check;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.FormPrefill;
import org.openhall.casefile.MaterialRef;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemCategory;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.casefile.CaseFiling;
import org.openhall.document.DocumentKind;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.openhall.identity.RoleGrant;
import org.openhall.identity.WalkInRegistration;
import org.openhall.identity.WalkInRegistration.WalkIn;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.kernel.Texts;
import org.openhall.material.Material;
import org.openhall.workflow.WindowIntake;
import org.openhall.workflow.WindowIntake.Outcome;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 一窗受理 pages, one step after the other: find or register the applicant, choose the item, then fill
 * the form, upload and tick the materials and decide on one page; the result lists the documents to
 * print at once. A refusal shows the step again with everything typed and uploaded kept.
 */
@Controller
@RequestMapping("/console/intake")
class IntakePages {

  private static final int ITEMS_PER_DEPARTMENT = 500;

  private final IntakeDesk desk;
  private final CaseFiling filing;
  private final Catalogue catalogue;
  private final Texts texts;

  IntakePages(IntakeDesk desk, CaseFiling filing, Catalogue catalogue, Texts texts) {
    this.desk = desk;
    this.filing = filing;
    this.catalogue = catalogue;
    this.texts = texts;
  }

  @GetMapping
  String start(Principal principal, Model model) {
    desk.clerk(principal.getName());
    model.addAttribute("step", "applicant");
    model.addAttribute("number", "");
    model.addAttribute("errors", Map.of());
    return "console/intake";
  }

  /** Finds the applicant by number; nobody found opens the registration with the number filled in. */
  @PostMapping("/lookup")
  String lookup(Principal principal, @RequestParam(defaultValue = "") String number, Model model,
      RedirectAttributes redirect, Locale locale) {
    desk.clerk(principal.getName());
    String n = WalkInRegistration.normalized(number);
    model.addAttribute("step", "applicant");
    model.addAttribute("number", number);
    if (n.isEmpty()) {
      model.addAttribute("errors", Map.of("number", texts.of("intake.lookup.required", locale)));
      return "console/intake";
    }
    Optional<Member> found;
    try {
      found = desk.find(n);
    } catch (DomainException e) {
      model.addAttribute("errors", Map.of("number", texts.of(e, locale)));
      return "console/intake";
    }
    if (found.isPresent()) {
      redirect.addFlashAttribute("notice", texts.of("intake.found", locale, found.get().displayName()));
      return "redirect:/console/intake/applicants/" + found.get().id();
    }
    boolean company = org.openhall.catalogue.form.CreditCode.isValid(n);
    model.addAttribute("notice", texts.of("intake.lookup.notFound", locale, n));
    model.addAttribute("errors", Map.of());
    model.addAttribute("register", new RegisterForm(company ? PartyKind.ENTITY : PartyKind.PERSON, "",
        company ? "" : n, company ? n : "", "", "", ""));
    return "console/intake";
  }

  /** Registers the walk-in on the spot; a refusal shows every faulty field beside it, nothing lost. */
  @PostMapping("/register")
  String register(Principal principal, @ModelAttribute RegisterForm form, Model model,
      RedirectAttributes redirect, Locale locale) {
    Member clerk = desk.clerk(principal.getName());
    try {
      Member m = desk.findOrRegister(clerk, form.toWalkIn());
      redirect.addFlashAttribute("notice", texts.of("intake.registered", locale, m.displayName()));
      return "redirect:/console/intake/applicants/" + m.id();
    } catch (DomainException e) {
      model.addAttribute("step", "applicant");
      model.addAttribute("number", form.kind() == PartyKind.ENTITY ? form.creditCode() : form.idNumber());
      model.addAttribute("register", form);
      model.addAttribute("errors", errors(e, locale, Map.of(), List.of()));
      return "console/intake";
    }
  }

  @GetMapping("/applicants/{applicantId}")
  String chooseItem(Principal principal, @PathVariable String applicantId, Model model, Locale locale) {
    Member clerk = desk.clerk(principal.getName());
    model.addAttribute("step", "item");
    model.addAttribute("applicant", IntakeDesk.ApplicantView.of(desk.applicant(applicantId)));
    model.addAttribute("items", itemsOf(clerk));
    model.addAttribute("errors", Map.of());
    return "console/intake";
  }

  @GetMapping("/applicants/{applicantId}/items")
  String itemChosen(Principal principal, @PathVariable String applicantId,
      @RequestParam(defaultValue = "") String itemCode, Model model, Locale locale) {
    Member clerk = desk.clerk(principal.getName());
    if (itemCode.isBlank()) {
      model.addAttribute("step", "item");
      model.addAttribute("applicant", IntakeDesk.ApplicantView.of(desk.applicant(applicantId)));
      model.addAttribute("items", itemsOf(clerk));
      model.addAttribute("errors", Map.of("itemCode", texts.of("intake.item.required", locale)));
      return "console/intake";
    }
    return "redirect:/console/intake/applicants/" + applicantId + "/items/" + itemCode.strip();
  }

  @GetMapping("/applicants/{applicantId}/items/{code}")
  String application(Principal principal, @PathVariable String applicantId, @PathVariable String code,
      Model model) {
    Member clerk = desk.clerk(principal.getName());
    ItemVersion item = filing.intakeItem(clerk, code);
    Member applicant = desk.applicant(applicantId);
    // what is known of the applicant starts the form (editable, validated as online)
    return applicationPage(applicant, item, FormPrefill.of(applicant, item.form()), Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of(), Outcome.ACCEPTED, "", "", Map.of(), model);
  }

  /** Uploads the scans into the applicant's vault, then takes the application in with the decision. */
  @PostMapping("/applicants/{applicantId}/items/{code}")
  String take(Principal principal, @PathVariable String applicantId, @PathVariable String code,
      MultipartHttpServletRequest request, Model model, Locale locale) throws IOException {
    Member clerk = desk.clerk(principal.getName());
    ItemVersion item = filing.intakeItem(clerk, code);
    Member applicant = desk.applicant(applicantId);
    Map<String, String> form = new LinkedHashMap<>();
    item.form().fields().forEach(f -> {
      String value = request.getParameter("form." + f.key());
      if (value != null) {
        form.put(f.key(), value);
      }
    });
    Map<String, Material> uploaded = new LinkedHashMap<>();
    Map<String, Boolean> originals = new LinkedHashMap<>();
    Map<String, Boolean> copies = new LinkedHashMap<>();
    Map<String, Boolean> corrections = new LinkedHashMap<>();
    Map<String, String> reasonsOf = new LinkedHashMap<>();
    List<String> correctionOrder = new ArrayList<>();
    for (RequiredMaterial r : item.guide().materials()) {
      originals.put(r.id(), request.getParameter("original." + r.id()) != null);
      copies.put(r.id(), request.getParameter("copies." + r.id()) != null);
      corrections.put(r.id(), request.getParameter("correct." + r.id()) != null);
      reasonsOf.put(r.id(), Optional.ofNullable(request.getParameter("reason." + r.id())).orElse(""));
    }
    Outcome outcome = outcomeOf(request.getParameter("outcome"));
    String opinion = Optional.ofNullable(request.getParameter("opinion")).orElse("");
    String reasons = Optional.ofNullable(request.getParameter("reasons")).orElse("");
    try {
      for (RequiredMaterial r : item.guide().materials()) {
        String earlier = request.getParameter("uploaded." + r.id());
        if (earlier != null && !earlier.isBlank()) {
          uploaded.put(r.id(), desk.material(applicant, earlier));
        }
        for (MultipartFile file : request.getMultiFileMap().getOrDefault("material." + r.id(), List.of())) {
          if (!file.isEmpty()) {
            uploaded.put(r.id(), desk.upload(applicant, file.getOriginalFilename(), file.getBytes()));
          }
        }
      }
      List<MaterialRef> refs = new ArrayList<>();
      uploaded.forEach((id, m) -> refs.add(new MaterialRef(id, m.id())));
      List<Check> checks = new ArrayList<>();
      List<CorrectionItem> missing = new ArrayList<>();
      for (RequiredMaterial r : item.guide().materials()) {
        if (uploaded.containsKey(r.id()) || originals.get(r.id()) || copies.get(r.id())) {
          checks.add(new Check(r.id(), originals.get(r.id()), copies.get(r.id())));
        }
        if (outcome == Outcome.CORRECTION_REQUIRED && corrections.get(r.id())) {
          missing.add(new CorrectionItem(r.id(), reasonsOf.get(r.id()).strip()));
          correctionOrder.add(r.id());
        }
      }
      WalkIn walkIn = new WalkIn(applicant.kind(), applicant.displayName(),
          applicant.kind() == PartyKind.PERSON ? applicant.partyId() : null,
          applicant.kind() == PartyKind.ENTITY ? applicant.partyId() : null, applicant.phone(), null, null);
      IntakeDesk.IntakeView view = desk.take(clerk, new WindowIntake.Application(walkIn, item.code(), form, refs,
          checks, outcome, opinion, reasons, missing), locale);
      return "redirect:/console/intake/cases/" + view.caseNumber();
    } catch (DomainException e) {
      Map<String, String> materialIds = new LinkedHashMap<>();
      item.guide().materials().forEach(r -> materialIds.put(r.name(), r.id()));
      model.addAttribute("errorList", texts.all(e, locale));
      return applicationPage(applicant, item, form, uploaded, originals, copies, corrections, reasonsOf,
          outcome, opinion, reasons, errors(e, locale, materialIds, correctionOrder), model);
    }
  }

  /** The result: the case and each document it issued, to open and print at once. */
  @GetMapping("/cases/{caseNumber}")
  String result(Principal principal, @PathVariable String caseNumber, Model model, Locale locale) {
    Member clerk = desk.clerk(principal.getName());
    IntakeDesk.IntakeView view = desk.view(caseNumber, clerk, List.of(DocumentKind.RECEIPT), locale);
    view = desk.view(caseNumber, clerk, expectedFor(CaseStatus.valueOf(view.status())), locale);
    model.addAttribute("step", "result");
    model.addAttribute("taken", view);
    model.addAttribute("errors", Map.of());
    return "console/intake";
  }

  private static List<DocumentKind> expectedFor(CaseStatus status) {
    return switch (status) {
      case ACCEPTED, UNDER_REVIEW, SPECIAL_PROCEDURE -> List.of(DocumentKind.RECEIPT, DocumentKind.ACCEPTANCE_NOTICE);
      case APPROVED, ISSUED -> List.of(DocumentKind.RECEIPT, DocumentKind.APPROVAL_DECISION);
      case NOT_ACCEPTED -> List.of(DocumentKind.RECEIPT, DocumentKind.NOT_ACCEPTED_DECISION);
      case CORRECTION_REQUIRED -> List.of(DocumentKind.RECEIPT, DocumentKind.CORRECTION_NOTICE);
      case FILED -> List.of(DocumentKind.RECEIPT, DocumentKind.FILING_RECEIPT);
      default -> List.of(DocumentKind.RECEIPT);
    };
  }

  private String applicationPage(Member applicant, ItemVersion item, Map<String, String> values,
      Map<String, Material> uploaded, Map<String, Boolean> originals, Map<String, Boolean> copies,
      Map<String, Boolean> corrections, Map<String, String> reasonsOf, Outcome outcome, String opinion,
      String reasons, Map<String, String> errors, Model model) {
    model.addAttribute("step", "application");
    model.addAttribute("applicant", IntakeDesk.ApplicantView.of(applicant));
    model.addAttribute("item", item);
    model.addAttribute("filingItem", item.category() == ItemCategory.FILING);
    model.addAttribute("instantItem", item.category() == ItemCategory.INSTANT);
    model.addAttribute("values", values);
    model.addAttribute("uploaded", uploaded);
    model.addAttribute("originals", originals);
    model.addAttribute("copies", copies);
    model.addAttribute("corrections", corrections);
    model.addAttribute("reasonsOf", reasonsOf);
    model.addAttribute("outcome", outcome.name());
    model.addAttribute("opinion", opinion);
    model.addAttribute("reasons", reasons);
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("errorList")) {
      model.addAttribute("errorList", List.of());
    }
    return "console/intake";
  }

  /** Published items of the departments where the clerk takes applications in, by name. */
  private Map<String, String> itemsOf(Member clerk) {
    Map<String, String> items = new LinkedHashMap<>();
    clerk.grants().stream().filter(g -> g.role() == Role.CLERK).map(RoleGrant::departmentCode).sorted()
        .distinct().forEach(d -> catalogue.search(null, d, null, PageRequest.of(0, ITEMS_PER_DEPARTMENT))
            .forEach(v -> items.put(v.code(), v.name())));
    return items;
  }

  private static Outcome outcomeOf(String value) {
    for (Outcome o : Outcome.values()) {
      if (o.name().equals(value)) {
        return o;
      }
    }
    return Outcome.ACCEPTED;
  }

  /**
   * The refusal's texts by the page's field names: {@code form.key} for the form, {@code material.id}
   * for a missing material, {@code reason.id} for a correction without its reason, and the decision's.
   */
  private Map<String, String> errors(DomainException e, Locale locale, Map<String, String> materialIds,
      List<String> correctionOrder) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e.violations().isEmpty()) {
      String field = "MATERIAL_MISSING".equals(e.code()) && e.args().length > 0
          ? "material." + materialIds.getOrDefault(String.valueOf(e.args()[0]), "") : "";
      errors.put(field, texts.of(e, locale));
      return errors;
    }
    for (Violation v : e.violations()) {
      errors.merge(fieldOf(v, materialIds, correctionOrder), texts.of(v.code(), locale, v.args().toArray()),
          (a, b) -> a + " " + b);
    }
    return errors;
  }

  private static String fieldOf(Violation v, Map<String, String> materialIds, List<String> correctionOrder) {
    String f = v.field() == null ? "" : v.field();
    if (f.startsWith("formData.")) {
      return "form." + f.substring("formData.".length());
    }
    if (f.startsWith("applicant.legalRepresentative.")) {
      return "legalRepresentative" + Character.toUpperCase(f.charAt(30)) + f.substring(31);
    }
    if (f.startsWith("applicant.")) {
      return f.substring("applicant.".length());
    }
    if ("materials".equals(f) && "MATERIAL_MISSING".equals(v.code()) && !v.args().isEmpty()) {
      return "material." + materialIds.getOrDefault(String.valueOf(v.args().get(0)), "");
    }
    var reason = java.util.regex.Pattern.compile("decision\\.missing\\[(\\d+)]\\.reason").matcher(f);
    if (reason.matches() && Integer.parseInt(reason.group(1)) < correctionOrder.size()) {
      return "reason." + correctionOrder.get(Integer.parseInt(reason.group(1)));
    }
    if (f.equals("decision.reasons")) {
      return "reasons";
    }
    if (f.startsWith("decision.")) {
      return "outcome";
    }
    return f;
  }

  /** The registration form as typed, kept when it comes back with problems. */
  record RegisterForm(PartyKind kind, String name, String idNumber, String creditCode, String phone,
      String legalRepresentativeName, String legalRepresentativeIdNumber) {

    WalkIn toWalkIn() {
      return new WalkIn(kind, name, idNumber, creditCode, phone, legalRepresentativeName,
          legalRepresentativeIdNumber);
    }
  }
}
