package org.openhall.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openhall.casefile.CaseDecisions;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RecordFiling}: 备案, the filing is recorded at once (status FILED). */
@Component("recordFiling")
class RecordFilingDelegate implements JavaDelegate {

  private final CaseDecisions cases;

  RecordFilingDelegate(CaseDecisions cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.file((String) execution.getVariable(ProcessVariables.CASE_NUMBER));
  }
}
