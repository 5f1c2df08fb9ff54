package org.openhall.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openhall.casefile.CaseManagement;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ApproveAtWindow}: an instant case is decided at the window once accepted. */
@Component("approveAtWindow")
class ApproveAtWindowDelegate implements JavaDelegate {

  private final CaseManagement cases;

  ApproveAtWindowDelegate(CaseManagement cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = (String) execution.getVariable(ProcessVariables.CASE_NUMBER);
    cases.approveAtWindow(caseNumber);
    execution.setVariable(InstantApprovalProcess.VAR_LICENCE_REQUIRED, cases.issuesLicence(caseNumber));
  }
}
