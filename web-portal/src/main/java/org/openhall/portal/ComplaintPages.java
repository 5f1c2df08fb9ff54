package org.openhall.portal;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.complaint.Complaint;
import org.openhall.complaint.ComplaintCategory;
import org.openhall.complaint.ComplaintIntake;
import org.openhall.complaint.NewComplaint;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.organisation.DepartmentDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 投诉 pages: my complaints, and the form to complain about one of my cases or a department. */
@Controller
class ComplaintPages {

  private final AccountDirectory accounts;
  private final ComplaintIntake intake;
  private final ComplaintViews views;
  private final CaseViews cases;
  private final DepartmentDirectory departments;
  private final Texts texts;

  ComplaintPages(AccountDirectory accounts, ComplaintIntake intake, ComplaintViews views, CaseViews cases,
      DepartmentDirectory departments, Texts texts) {
    this.accounts = accounts;
    this.intake = intake;
    this.views = views;
    this.cases = cases;
    this.departments = departments;
    this.texts = texts;
  }

  @GetMapping("/complaints")
  String mine(Principal principal, Model model) {
    Member me = accounts.require(principal.getName());
    model.addAttribute("complaints", intake.complaintsOf(me).stream().map(views::view).toList());
    return "portal/complaints";
  }

  /** The form; {@code caseNumber} pre-selects one of the caller's cases (the case page links here). */
  @GetMapping("/complaints/new")
  String form(Principal principal, @RequestParam(required = false) String caseNumber, Model model) {
    Member me = accounts.require(principal.getName());
    return page(me, new ComplaintForm(caseNumber, null, null, null), Map.of(), model);
  }

  @PostMapping("/complaints")
  String file(Principal principal, @ModelAttribute ComplaintForm form, RedirectAttributes redirect, Model model,
      Locale locale) {
    Member me = accounts.require(principal.getName());
    try {
      Complaint c = intake.file(me, new NewComplaint(form.caseNumber(), form.departmentCode(), form.category(),
          form.content()));
      redirect.addFlashAttribute("notice", texts.of("complaint.filed", locale, c.complaintNumber()));
      return "redirect:/complaints";
    } catch (DomainException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      if (e.violations().isEmpty()) {
        errors.put("content", texts.of(e, locale));
      }
      e.violations().forEach(v -> errors.merge(v.field(), texts.of(v.code(), locale, v.args().toArray()),
          (a, b) -> a + " " + b));
      return page(me, form, errors, model);
    }
  }

  private String page(Member me, ComplaintForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("cases", cases.summariesOf(me.id()));
    model.addAttribute("departments", departments.names());
    model.addAttribute("categories", Arrays.stream(ComplaintCategory.values()).map(Enum::name).toList());
    return "portal/complaint";
  }

  /** What the applicant chose and typed, kept when the form comes back with problems. */
  record ComplaintForm(String caseNumber, String departmentCode, String category, String content) {
  }
}
