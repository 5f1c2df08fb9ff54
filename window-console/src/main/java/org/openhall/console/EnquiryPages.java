package org.openhall.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.catalogue.Catalogue;
import org.openhall.enquiry.Enquiry;
import org.openhall.enquiry.EnquiryLog;
import org.openhall.enquiry.EnquirySearch;
import org.openhall.enquiry.NewEnquiry;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.organisation.DepartmentDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 首问负责登记 page: the form to record an enquiry and the searchable log of the caller's departments. */
@Controller
@RequestMapping("/console/enquiries")
class EnquiryPages {

  static final int PAGE_SIZE = 20;
  /** Published items offered as suggestions for the item field; any published code is accepted. */
  static final int ITEM_SUGGESTIONS = 500;

  private final AccountDirectory accounts;
  private final EnquiryLog log;
  private final DepartmentDirectory departments;
  private final Texts texts;
  private final Clock clock;
  private final Catalogue catalogue;

  EnquiryPages(AccountDirectory accounts, EnquiryLog log, DepartmentDirectory departments, Texts texts,
      Clock clock, Catalogue catalogue) {
    this.catalogue = catalogue;
    this.accounts = accounts;
    this.log = log;
    this.departments = departments;
    this.texts = texts;
    this.clock = clock;
  }

  @GetMapping
  String list(Principal principal, @ModelAttribute("search") SearchForm search, Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    return page(me, EnquiryForm.empty(), Map.of(), search, model, locale);
  }

  /** Records the enquiry; a refusal shows the form again as typed, each problem beside its field. */
  @PostMapping
  String record(Principal principal, @ModelAttribute("form") EnquiryForm form, RedirectAttributes redirect,
      Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    try {
      Enquiry e = log.record(me, form.toNewEnquiry());
      redirect.addFlashAttribute("notice", texts.of("enquiries.recorded", locale, e.askerName()));
      return "redirect:/console/enquiries";
    } catch (DomainException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      if (e.violations().isEmpty()) {
        errors.put("", texts.of(e, locale));
      }
      e.violations().forEach(v -> errors.merge(v.field(), texts.of(v.code(), locale, v.args().toArray()),
          (a, b) -> a + " " + b));
      return page(me, form, errors, SearchForm.none(), model, locale);
    }
  }

  private String page(Member me, EnquiryForm form, Map<String, String> errors, SearchForm search,
      Model model, Locale locale) {
    Map<String, String> recording = names(log.recordingDepartments(me));
    Map<String, String> readable = names(log.readableDepartments(me));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("recordingDepartments", recording);
    model.addAttribute("readableDepartments", readable);
    model.addAttribute("search", search);
    Map<String, String> items = new LinkedHashMap<>();
    catalogue.search(null, null, null, PageRequest.of(0, ITEM_SUGGESTIONS))
        .forEach(v -> items.put(v.code(), v.name()));
    model.addAttribute("items", items);
    Page<EnquiryView> results;
    try {
      results = log.search(me, new EnquirySearch(search.q(), search.from(), search.to(), search.department()),
          Math.max(search.pageNumber(), 0), PAGE_SIZE)
          .map(e -> EnquiryView.of(e, departments.nameOf(e.departmentCode()), clock.getZone()));
    } catch (DomainException e) {
      model.addAttribute("searchError", texts.of(e, locale));
      results = Page.empty();
    }
    model.addAttribute("results", results);
    return "console/enquiries";
  }

  private Map<String, String> names(List<String> codes) {
    Map<String, String> names = new LinkedHashMap<>();
    codes.forEach(code -> names.put(code, departments.nameOf(code)));
    return names;
  }

  /** What the member of staff typed, kept when the form comes back with problems. */
  record EnquiryForm(String departmentCode, String askerName, String askerPhone, String itemCode,
      String question, String answer, String referredTo) {

    static EnquiryForm empty() {
      return new EnquiryForm(null, null, null, null, null, null, null);
    }

    NewEnquiry toNewEnquiry() {
      return new NewEnquiry(departmentCode, askerName, askerPhone, itemCode, question, answer, referredTo);
    }
  }

  /** The search over the log, from the query string; {@code page} counts from 0. */
  record SearchForm(String q, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String department, Integer page) {

    static SearchForm none() {
      return new SearchForm(null, null, null, null, 0);
    }

    int pageNumber() {
      return page == null ? 0 : page;
    }
  }
}
