package org.openhall.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openhall.casefile.CaseManagement;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.DeadlineWarning;
import org.springframework.stereotype.Component;

/**
 * The warning service tasks behind the deadline timers: publishes a {@link DeadlineWarning} for
 * the case and stage, addressed to the task's assignee or, unclaimed, to its department.
 */
@Component("deadlineWarning")
class DeadlineWarningDelegate implements JavaDelegate {

  private final CaseManagement cases;
  private final WorkItems workItems;

  DeadlineWarningDelegate(CaseManagement cases, WorkItems workItems) {
    this.cases = cases;
    this.workItems = workItems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = (String) execution.getVariable(ProcessVariables.CASE_NUMBER);
    CaseStage stage = CaseStage.valueOf((String) execution.getVariable(ProcessVariables.WARNING_STAGE));
    var level = DeadlineWarning.Level.valueOf((String) execution.getVariable(ProcessVariables.WARNING_LEVEL));
    Object reasonName = execution.getVariable(ProcessVariables.WARNING_REASON);
    var reason = reasonName == null ? DeadlineWarning.Reason.of(level)
        : DeadlineWarning.Reason.valueOf((String) reasonName);
    String handler = workItems.findByCaseNumberAndCompletedAtIsNull(caseNumber).stream()
        .filter(w -> w.stage() == stage)
        .map(w -> w.assignee() != null ? w.assignee() : w.departmentCode())
        .distinct().reduce((a, b) -> a + "," + b).orElse(null);
    cases.warn(caseNumber, stage, level, reason, handler);
  }
}
