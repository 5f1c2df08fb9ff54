package org.openhall.console;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.WarningColour;
import org.openhall.casefile.CorrectionItem;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
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

  /** The decisions whose document the case page shows after the task is done. */
  private static final Map<String, String> DECISION_DOCUMENTS = Map.of("APPROVED", "APPROVAL_DECISION",
      "DENIED", "DENIAL_DECISION", "NOT_ACCEPTED", "NOT_ACCEPTED_DECISION");
  /** Refusals about the written opinion, shown beside it. */
  private static final java.util.Set<String> OPINION_CODES = java.util.Set.of("REASON_REQUIRED",
      "OVERRULING_REASON_REQUIRED", "OPINION_REQUIRED");

  private final AccountDirectory accounts;
  private final Worklist worklist;
  private final StaffCases staffCases;
  private final Texts texts;
  private final CaseDetails caseDetails;
  private final DepartmentDirectory departments;
  private final java.time.Clock clock;

  ConsolePages(AccountDirectory accounts, Worklist worklist, StaffCases staffCases,
      Texts texts, CaseDetails caseDetails, DepartmentDirectory departments, java.time.Clock clock) {
    this.clock = clock;
    this.departments = departments;
    this.accounts = accounts;
    this.worklist = worklist;
    this.staffCases = staffCases;
    this.texts = texts;
    this.caseDetails = caseDetails;
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
    caseDetails.fill(model, task.caseNumber(), me, locale);
    model.addAttribute("task", task);
    model.addAttribute("outcomes", task.outcomes());
    model.addAttribute("requirements", staffCases.requirements(task.caseNumber()));
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
    Member me = accounts.require(principal.getName());
    try {
      String caseNumber = worklist.task(taskId, me).caseNumber();
      long since = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(1)
          .toEpochMilli();
      worklist.complete(taskId, me, new Completion(outcome, opinion, missing));
      redirect.addFlashAttribute("notice",
          texts.of("task.done", locale, texts.of("outcome." + outcome, locale)));
      String decision = DECISION_DOCUMENTS.get(outcome);
      if (decision != null) {
        // The decision is issued right after the step commits: the case page shows it when it is there.
        redirect.addFlashAttribute("expectDocument", decision);
        redirect.addFlashAttribute("since", since);
        return "redirect:/console/cases/" + caseNumber;
      }
      return "redirect:/console";
    } catch (DomainException e) {
      // Back to the task as typed; a missing or needed reason is shown beside the opinion.
      redirect.addFlashAttribute(OPINION_CODES.contains(e.code()) ? "opinionError" : "error", texts.of(e, locale));
      redirect.addFlashAttribute("opinion", opinion);
      redirect.addFlashAttribute("chosenOutcome", outcome);
      return "redirect:/console/tasks/" + taskId;
    }
  }
}
