package org.openhall.workflow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.identity.RoleGrant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open tasks still claimed by an account that has since been disabled: its HEAD sees them, for the
 * departments they head, so no case is left behind when someone leaves.
 */
@Service
public class StrandedTasks {

  private final WorkItems workItems;
  private final AccountDirectory accounts;

  StrandedTasks(WorkItems workItems, AccountDirectory accounts) {
    this.workItems = workItems;
    this.accounts = accounts;
  }

  /** The stranded tasks of the departments {@code head} heads, by due date; none for others. */
  @Transactional(readOnly = true)
  public List<StrandedTask> of(Member head) {
    Set<String> headed = head.grants().stream().filter(g -> g.role() == Role.HEAD)
        .map(RoleGrant::departmentCode).collect(Collectors.toSet());
    List<String> disabled = accounts.disabledUsernames();
    if (headed.isEmpty() || disabled.isEmpty()) {
      return List.of();
    }
    return workItems.findByCompletedAtIsNullAndAssigneeInAndDepartmentCodeInOrderByDueDateAsc(disabled, headed)
        .stream().map(w -> new StrandedTask(w.taskId(), w.caseNumber(), w.itemCode(), w.itemName(),
            w.stage().name(), w.departmentCode(), w.dueDate(), w.assignee()))
        .toList();
  }

  /** A task claimed by a disabled account. */
  public record StrandedTask(String taskId, String caseNumber, String itemCode, String itemName,
      String stage, String departmentCode, java.time.LocalDate dueDate, String assignee) {
  }
}
