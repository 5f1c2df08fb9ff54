package org.openhall.console;

import java.security.Principal;
import java.time.LocalDate;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseManagement;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.SpecialProcedureKind;
import java.util.List;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CorrectionItem;
import org.openhall.identity.AccountDirectory;
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

  private final CaseManagement cases;

  ConsoleApi(AccountDirectory accounts, Worklist worklist, StaffCases staffCases,
      CaseManagement cases) {
    this.accounts = accounts;
    this.worklist = worklist;
    this.staffCases = staffCases;
    this.cases = cases;
  }

  @GetMapping("/tasks")
  List<WorkTask> tasks(Principal principal, @RequestParam(required = false) CaseStage stage) {
    return worklist.tasksFor(accounts.require(principal.getName()), stage);
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

  /**
   * 特别程序: starts a special procedure (HEARING, EXPERT_REVIEW, INSPECTION, TESTING) with a
   * reason; REVIEWER or APPROVER of the case's departments. The case goes to SPECIAL_PROCEDURE and
   * its clock stops. 404 for cases outside the caller's departments, 409 ILLEGAL_TRANSITION when
   * the case is not under review, 400 REASON_REQUIRED.
   */
  @PostMapping("/cases/{caseNumber}/special-procedures")
  ClockChanged startSpecialProcedure(Principal principal, @PathVariable String caseNumber,
      @RequestBody SpecialProcedureRequest request) {
    var c = cases.startSpecialProcedure(caseNumber, accounts.require(principal.getName()),
        request.kind(), request.reason());
    return ClockChanged.of(c);
  }

  /**
   * Ends the current special procedure: the clock runs again and both due dates move by exactly
   * the stopped working days. 409 ILLEGAL_TRANSITION when no special procedure is running.
   */
  @PostMapping("/cases/{caseNumber}/special-procedures/current/end")
  ClockChanged endSpecialProcedure(Principal principal, @PathVariable String caseNumber,
      @RequestBody(required = false) EndRequest request) {
    var c = cases.endSpecialProcedure(caseNumber, accounts.require(principal.getName()),
        request == null ? null : request.note());
    return ClockChanged.of(c);
  }

  /**
   * 延期: an APPROVER of the case's department grants {@code workingDays} more with a reason;
   * both due dates move and the applicant sees the extension. 400 REASON_REQUIRED or
   * EXTENSION_DAYS_INVALID, 404 for anyone else.
   */
  @PostMapping("/cases/{caseNumber}/extensions")
  ClockChanged extend(Principal principal, @PathVariable String caseNumber,
      @RequestBody ExtensionRequest request) {
    var c = cases.extend(caseNumber, accounts.require(principal.getName()), request.workingDays(),
        request.reason());
    return ClockChanged.of(c);
  }

  record SpecialProcedureRequest(SpecialProcedureKind kind, String reason) {
  }

  record EndRequest(String note) {
  }

  record ExtensionRequest(int workingDays, String reason) {
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
