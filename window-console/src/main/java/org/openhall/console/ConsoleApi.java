package org.openhall.console;

import java.security.Principal;
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

  ConsoleApi(AccountDirectory accounts, Worklist worklist, StaffCases staffCases) {
    this.accounts = accounts;
    this.worklist = worklist;
    this.staffCases = staffCases;
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

  record CompleteRequest(String outcome, String opinion, List<CorrectionItem> missing) {
  }

  record Completed(String taskId, String outcome) {
  }
}
