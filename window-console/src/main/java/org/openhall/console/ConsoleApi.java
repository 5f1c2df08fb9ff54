package org.openhall.console;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseManagement;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CorrectionItem;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
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
  private final CaseManagement cases;
  private final Clock clock;

  ConsoleApi(AccountDirectory accounts, Worklist worklist, CaseManagement cases, Clock clock) {
    this.accounts = accounts;
    this.worklist = worklist;
    this.cases = cases;
    this.clock = clock;
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
    Member me = accounts.require(principal.getName());
    Case c = cases.byNumber(caseNumber);
    boolean supervisor = me.has(Role.SUPERVISOR) || me.has(Role.ADMIN);
    if (!supervisor && !me.departments().contains(c.departmentCode())) {
      throw DomainException.notFound("CASE_NOT_FOUND", caseNumber);
    }
    return StaffCaseView.of(c, cases.formData(c), clock.getZone());
  }

  record CompleteRequest(String outcome, String opinion, List<CorrectionItem> missing) {
  }

  record Completed(String taskId, String outcome) {
  }
}
