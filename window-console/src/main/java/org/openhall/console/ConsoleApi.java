package org.openhall.console;

import java.security.Principal;
import java.time.LocalDate;
import org.openhall.casefile.Case;
import org.openhall.casefile.ClockAdministration;
import org.openhall.casefile.Extension;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.SpecialProcedureKind;
import java.util.List;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.WarningColour;
import org.openhall.casefile.CorrectionItem;
import java.net.URI;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.http.ResponseEntity;
import org.openhall.workflow.Completion;
import org.openhall.workflow.WorkTask;
import org.openhall.workflow.Worklist;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff API: worklists, claiming and completing tasks, reading a case. */
@RestController
@RequestMapping("/api/v1/console")
class ConsoleApi {

  private final AccountDirectory accounts;
  private final Worklist worklist;
  private final StaffCases staffCases;

  private final ClockAdministration clocks;

  ConsoleApi(AccountDirectory accounts, Worklist worklist, StaffCases staffCases,
      ClockAdministration clocks) {
    this.accounts = accounts;
    this.worklist = worklist;
    this.staffCases = staffCases;
    this.clocks = clocks;
  }

  /**
   * A page of the caller's worklist, soonest due first (docs/api-additions.md): without {@code page} the
   * plain array of API v1 (the first page); with it, the envelope {@code {items, page, size, total}}.
   * Both carry {@code X-Total-Count} and a {@code Link} header to the next and previous pages.
   */
  @GetMapping("/tasks")
  ResponseEntity<?> tasks(Principal principal, @RequestParam(required = false) CaseStage stage,
      @RequestParam(required = false) String item, @RequestParam(required = false) String itemCode,
      @RequestParam(required = false) WarningColour warning,
      @RequestParam(required = false) String department, @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "50") int size) {
    Worklist.WorklistPage p = worklist.page(accounts.require(principal.getName()),
        new Worklist.WorklistFilter(department, itemCode != null ? itemCode : item, stage, warning, caseNumber),
        page == null ? 0 : page, size);
    var headers = new org.springframework.http.HttpHeaders();
    headers.add("X-Total-Count", Long.toString(p.total()));
    var links = new java.util.ArrayList<String>();
    var here = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam("size", p.size());
    if ((long) (p.page() + 1) * p.size() < p.total()) {
      links.add("<" + here.replaceQueryParam("page", p.page() + 1).toUriString() + ">; rel=\"next\"");
    }
    if (p.page() > 0) {
      links.add("<" + here.replaceQueryParam("page", p.page() - 1).toUriString() + ">; rel=\"prev\"");
    }
    if (!links.isEmpty()) {
      headers.add(org.springframework.http.HttpHeaders.LINK, String.join(", ", links));
    }
    return ResponseEntity.ok().headers(headers)
        .body(page == null ? p.tasks() : new TaskPage(p.tasks(), p.page(), p.size(), p.total()));
  }

  /** Gives a claimed task back: its holder, or a head of its department. */
  @PostMapping("/tasks/{taskId}/release")
  WorkTask release(Principal principal, @PathVariable String taskId) {
    return worklist.release(taskId, accounts.require(principal.getName()));
  }

  /**
   * A head (HEAD) of the task's department hands it to a staff member with the stage's role there.
   * 403 HEAD_OF_TASK_DEPARTMENT_REQUIRED, 400 ASSIGNEE_NOT_FIT.
   */
  @PostMapping("/tasks/{taskId}/assignee")
  WorkTask reassign(Principal principal, @PathVariable String taskId, @RequestBody AssigneeRequest request) {
    return worklist.reassign(taskId, accounts.require(principal.getName()), request.username());
  }

  record AssigneeRequest(String username) {
  }

  /** A page of tasks with the size of the whole list. */
  record TaskPage(List<WorkTask> items, int page, int size, long total) {
  }

  @PostMapping("/tasks/{taskId}/claim")
  WorkTask claim(Principal principal, @PathVariable String taskId) {
    return worklist.claim(taskId, accounts.require(principal.getName()));
  }

  @PostMapping("/tasks/{taskId}/complete")
  Completed complete(Principal principal, @PathVariable String taskId,
      @RequestBody CompleteRequest request) {
    worklist.complete(taskId, accounts.require(principal.getName()),
        new Completion(request.outcome(), request.opinion(), request.missing()));
    return new Completed(taskId, request.outcome());
  }

  @GetMapping("/cases/{caseNumber}")
  StaffCaseView caseOf(Principal principal, @PathVariable String caseNumber) {
    return staffCases.view(caseNumber, accounts.require(principal.getName()));
  }

  /** 免提交: the PDF of a licence the applicant gave for a material of a case the caller may see; 404 otherwise. */
  @GetMapping("/cases/{caseNumber}/licences/{licenceNumber}.pdf")
  ResponseEntity<byte[]> givenLicence(Principal principal, @PathVariable String caseNumber,
      @PathVariable String licenceNumber) {
    byte[] pdf = staffCases.givenLicencePdf(caseNumber, licenceNumber, accounts.require(principal.getName()));
    return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.inline().filename("licence-" + licenceNumber + ".pdf")
                .build().toString())
        .body(pdf);
  }

  /**
   * 特别程序 (§45): starts a special procedure (HEARING, BIDDING, AUCTION, TESTING, INSPECTION_QUARANTINE,
   * APPRAISAL, EXPERT_REVIEW) with a reason and the working days it is expected to take, which the
   * applicant is told; a reviewer or approver of the lead department. The case goes to SPECIAL_PROCEDURE
   * and its clock stops. 404 for cases the caller may not see, 403 NOT_CASE_HANDLER for those they may
   * only read, 409 ILLEGAL_TRANSITION when the case is not under review, 400 REASON_REQUIRED or
   * SPECIAL_PROCEDURE_DAYS_INVALID.
   */
  @PostMapping("/cases/{caseNumber}/special-procedures")
  ClockChanged startSpecialProcedure(Principal principal, @PathVariable String caseNumber,
      @RequestBody SpecialProcedureRequest request) {
    var c = clocks.startSpecialProcedure(caseNumber, accounts.require(principal.getName()),
        request.kind(), request.expectedWorkingDays(), request.reason());
    return ClockChanged.of(c);
  }

  /**
   * Ends the current special procedure: the clock runs again and both due dates move by exactly
   * the stopped working days. 409 ILLEGAL_TRANSITION when no special procedure is running.
   */
  @PostMapping("/cases/{caseNumber}/special-procedures/current/end")
  ClockChanged endSpecialProcedure(Principal principal, @PathVariable String caseNumber,
      @RequestBody(required = false) EndRequest request) {
    var c = clocks.endSpecialProcedure(caseNumber, accounts.require(principal.getName()),
        request == null ? null : request.note());
    return ClockChanged.of(c);
  }

  /**
   * 延期 (§42) requested by the case's handler (reviewer or approver of the lead department) with the
   * working days and a reason; nothing moves until a head decides. 409 EXTENSION_ALREADY_GRANTED,
   * EXTENSION_PENDING or LEGAL_TIME_EXPIRED; 400 EXTENSION_TOO_LONG (over the item's maxExtensionDays),
   * EXTENSION_DAYS_INVALID or REASON_REQUIRED; 403 NOT_CASE_HANDLER; 404 for anyone else.
   */
  @PostMapping("/cases/{caseNumber}/extensions")
  ResponseEntity<ExtensionRequested> requestExtension(Principal principal, @PathVariable String caseNumber,
      @RequestBody ExtensionRequest request) {
    Extension e = clocks.requestExtension(caseNumber, accounts.require(principal.getName()),
        request.workingDays() == null ? 0 : request.workingDays(), request.reason());
    return ResponseEntity.created(URI.create("/api/v1/console/cases/" + caseNumber + "/extensions/" + e.id()))
        .body(new ExtensionRequested(e.id(), e.status().name(), e.workingDays(), e.reason()));
  }

  /**
   * A head (HEAD) of the lead department grants ({@code approved: true}) or refuses (with a note) an
   * extension request; a grant moves both due dates. Answers the case with its dates. 403
   * HEAD_OF_LEAD_DEPARTMENT_REQUIRED for anyone else who may see the case; 409 EXTENSION_ALREADY_DECIDED,
   * EXTENSION_ALREADY_GRANTED or LEGAL_TIME_EXPIRED.
   */
  @PostMapping("/cases/{caseNumber}/extensions/{extensionId}/decision")
  StaffCaseView decideExtension(Principal principal, @PathVariable String caseNumber,
      @PathVariable String extensionId, @RequestBody ExtensionDecision request) {
    Member head = accounts.require(principal.getName());
    clocks.decideExtension(caseNumber, extensionId, head, Boolean.TRUE.equals(request.approved()),
        request.note());
    return staffCases.view(caseNumber, head);
  }

  record SpecialProcedureRequest(SpecialProcedureKind kind, Integer expectedWorkingDays, String reason) {
  }

  record EndRequest(String note) {
  }

  record ExtensionRequest(Integer workingDays, String reason) {
  }

  record ExtensionRequested(String extensionId, String status, int workingDays, String reason) {
  }

  record ExtensionDecision(Boolean approved, String note) {
  }

  /** The case's status and due dates after a clock change. */
  record ClockChanged(String caseNumber, CaseStatus status, LocalDate dueDate, LocalDate legalDueDate) {
    static ClockChanged of(Case c) {
      return new ClockChanged(c.caseNumber(), c.status(), c.dueDate().orElse(null),
          c.legalDueDate().orElse(null));
    }
  }

  record CompleteRequest(String outcome, String opinion, List<CorrectionItem> missing) {
  }

  record Completed(String taskId, String outcome) {
  }
}
