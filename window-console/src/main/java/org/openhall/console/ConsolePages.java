package org.openhall.console;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.WarningColour;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.MaterialRef;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FieldOption;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormField;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.document.DocumentIssuing;
import org.openhall.organisation.DepartmentDirectory;
import org.openhall.workflow.Completion;
import org.openhall.workflow.WorkTask;
import org.openhall.workflow.Worklist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's pages: sign-in, the worklist, and working a task. */
@Controller
@RequestMapping("/console")
class ConsolePages {

  private final AccountDirectory accounts;
  private final Worklist worklist;
  private final StaffCases staffCases;
  private final Texts texts;
  private final DepartmentDirectory departments;
  private final DocumentIssuing documents;

  ConsolePages(AccountDirectory accounts, Worklist worklist, StaffCases staffCases,
      Texts texts, DepartmentDirectory departments, DocumentIssuing documents) {
    this.documents = documents;
    this.accounts = accounts;
    this.worklist = worklist;
    this.staffCases = staffCases;
    this.texts = texts;
    this.departments = departments;
  }

  @GetMapping("/login")
  String login() {
    return "console/login";
  }

  /** The worklist: one page at a time, soonest due first, filtered; refreshed in place every 30 s. */
  @GetMapping
  String worklist(Principal principal, @RequestParam(required = false) CaseStage stage,
      @RequestParam(required = false) String item, @RequestParam(required = false) WarningColour warning,
      @RequestParam(required = false) String department, @RequestParam(required = false) String caseNumber,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(name = "fragment", defaultValue = "false") boolean fragment, Model model) {
    Member me = accounts.require(principal.getName());
    Worklist.WorklistPage tasks = worklist.page(me,
        new Worklist.WorklistFilter(department, item, stage, warning, caseNumber), page, size);
    Map<String, String> mine = new java.util.TreeMap<>();
    me.departments().forEach(code -> mine.put(code, departments.nameOf(code)));
    model.addAttribute("tasks", tasks.tasks());
    model.addAttribute("page", tasks);
    model.addAttribute("lastPage", Math.max(0, (int) ((tasks.total() - 1) / tasks.size())));
    model.addAttribute("stage", stage);
    model.addAttribute("item", item);
    model.addAttribute("warning", warning);
    model.addAttribute("department", department);
    model.addAttribute("caseNumber", caseNumber);
    model.addAttribute("departmentNames", mine);
    model.addAttribute("stages", List.of(CaseStage.ACCEPT, CaseStage.REVIEW, CaseStage.DECIDE));
    model.addAttribute("warnings", WarningColour.values());
    model.addAttribute("head", me.has(org.openhall.identity.Role.HEAD));
    model.addAttribute("me", me.username());
    model.addAttribute("myRoles", me.roles());
    return fragment ? "console/worklist :: tasks" : "console/worklist";
  }

  /** Gives a claimed task back to the pool (its holder or a head of its department). */
  @PostMapping("/tasks/{taskId}/release")
  String release(@PathVariable String taskId, Principal principal, RedirectAttributes redirect,
      Locale locale) {
    try {
      worklist.release(taskId, accounts.require(principal.getName()));
      redirect.addFlashAttribute("notice", texts.of("worklist.released", locale));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", texts.of(e, locale));
    }
    return "redirect:/console";
  }

  /** A head hands a task to a member of staff of its department. */
  @PostMapping("/tasks/{taskId}/assignee")
  String reassign(@PathVariable String taskId, @RequestParam(defaultValue = "") String username,
      Principal principal, RedirectAttributes redirect, Locale locale) {
    try {
      worklist.reassign(taskId, accounts.require(principal.getName()), username);
      redirect.addFlashAttribute("notice", texts.of("worklist.reassigned", locale, username.strip()));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", texts.of(e, locale));
    }
    return "redirect:/console";
  }

  @GetMapping("/tasks/{taskId}")
  String task(@PathVariable String taskId, Principal principal, Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    WorkTask task = worklist.task(taskId, me);
    StaffCaseView c = staffCases.view(task.caseNumber(), me);
    List<RequiredMaterial> requirements = staffCases.requirements(task.caseNumber());
    model.addAttribute("task", task);
    model.addAttribute("c", c);
    model.addAttribute("documents", documents.listed(task.caseNumber(), me, locale));
    model.addAttribute("outcomes", task.outcomes());
    model.addAttribute("departmentNames", departmentNames(c));
    model.addAttribute("requirements", requirements);
    model.addAttribute("formRows", formRows(c.formData(), staffCases.formFields(task.caseNumber()), locale));
    model.addAttribute("materialRows", materialRows(c.materials(), requirements));
    model.addAttribute("licenceRows", c.licenceMaterials());
    return "console/task";
  }

  /** 免提交: a licence given for a material of a case the staff member may see, opened in the browser. */
  @GetMapping("/cases/{caseNumber}/licences/{licenceNumber}.pdf")
  org.springframework.http.ResponseEntity<byte[]> givenLicence(@PathVariable String caseNumber,
      @PathVariable String licenceNumber, Principal principal) {
    byte[] pdf = staffCases.givenLicencePdf(caseNumber, licenceNumber, accounts.require(principal.getName()));
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.inline().filename("licence-" + licenceNumber + ".pdf")
                .build().toString())
        .body(pdf);
  }

  /** One answer of the application form as staff read it: the field's label and the answer in words. */
  record FormRow(String label, String value) {
  }

  /** The application's answers in the form's order, labelled, choices and yes/no in words. */
  private List<FormRow> formRows(Map<String, String> data, List<FormField> fields, Locale locale) {
    List<FormRow> rows = new ArrayList<>();
    Map<String, String> rest = new java.util.LinkedHashMap<>(data);
    for (FormField f : fields) {
      if (!rest.containsKey(f.key())) {
        continue;
      }
      String value = rest.remove(f.key());
      if (f.type() == FieldType.CHECKBOX) {
        value = texts.of("true".equalsIgnoreCase(value) ? "apply.yes" : "task.no", locale);
      } else if (f.options() != null) {
        for (FieldOption o : f.options()) {
          if (o.value().equals(value)) {
            value = o.label();
          }
        }
      }
      rows.add(new FormRow(f.labelFor(locale), value));
    }
    rest.forEach((key, value) -> rows.add(new FormRow(key, value)));
    return rows;
  }

  /** The materials given, in the order of the item's list, named by their requirement. */
  private static List<String> materialRows(List<MaterialRef> given, List<RequiredMaterial> requirements) {
    List<String> rows = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    given.forEach(m -> ids.add(m.requirementId()));
    for (RequiredMaterial r : requirements) {
      if (ids.remove(r.id())) {
        rows.add(r.name());
      }
    }
    rows.addAll(ids);
    return rows;
  }

  @PostMapping("/tasks/{taskId}/claim")
  String claim(@PathVariable String taskId, Principal principal, RedirectAttributes redirect,
      Locale locale) {
    try {
      worklist.claim(taskId, accounts.require(principal.getName()));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", texts.of(e, locale));
    }
    return "redirect:/console/tasks/" + taskId;
  }

  @PostMapping("/tasks/{taskId}/complete")
  String complete(@PathVariable String taskId, Principal principal,
      @RequestParam String outcome, @RequestParam(required = false) String opinion,
      @RequestParam(name = "missingRequirement", required = false) List<String> requirements,
      @RequestParam Map<String, String> params, RedirectAttributes redirect, Locale locale) {
    List<CorrectionItem> missing = new ArrayList<>();
    if (requirements != null) {
      for (String requirement : requirements) {
        missing.add(new CorrectionItem(requirement,
            params.getOrDefault("missingReason." + requirement, "").strip()));
      }
    }
    try {
      worklist.complete(taskId, accounts.require(principal.getName()),
          new Completion(outcome, opinion, missing));
      redirect.addFlashAttribute("notice",
          texts.of("task.done", locale, texts.of("outcome." + outcome, locale)));
      return "redirect:/console";
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", texts.of(e, locale));
      return "redirect:/console/tasks/" + taskId;
    }
  }

  private Map<String, String> departmentNames(StaffCaseView c) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    names.put(c.departmentCode(), departments.nameOf(c.departmentCode()));
    c.coDepartments().forEach(code -> names.put(code, departments.nameOf(code)));
    return names;
  }
}
