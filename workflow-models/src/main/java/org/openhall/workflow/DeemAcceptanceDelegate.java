package org.openhall.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openhall.casefile.CaseManagement;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_DeemAcceptance}: 视为受理, the case counts as accepted as of its receipt. */
@Component("deemAcceptance")
class DeemAcceptanceDelegate implements JavaDelegate {

  private final CaseManagement cases;

  DeemAcceptanceDelegate(CaseManagement cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.deemAccepted((String) execution.getVariable(ProcessVariables.CASE_NUMBER));
  }
}
