package org.openhall.console;

import java.security.Principal;
import java.util.List;
import org.openhall.identity.AccountDirectory;
import org.openhall.workflow.StrandedTasks;
import org.openhall.workflow.StrandedTasks.StrandedTask;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A HEAD's view of open tasks still claimed by accounts that were disabled. */
@RestController
class StrandedTasksApi {

  private final AccountDirectory accounts;
  private final StrandedTasks stranded;

  StrandedTasksApi(AccountDirectory accounts, StrandedTasks stranded) {
    this.accounts = accounts;
    this.stranded = stranded;
  }

  /** The stranded tasks of the departments the caller heads, by due date; empty for everyone else. */
  @GetMapping("/api/v1/console/stranded-tasks")
  List<StrandedTask> list(Principal principal) {
    return stranded.of(accounts.require(principal.getName()));
  }
}
