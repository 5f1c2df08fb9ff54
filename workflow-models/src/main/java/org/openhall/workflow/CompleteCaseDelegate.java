package org.openhall.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openhall.casefile.CaseDecisions;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_CompleteCase}: an approved case whose item issues no licence is completed. */
@Component("completeCase")
class CompleteCaseDelegate implements JavaDelegate {

  private final CaseDecisions cases;

  CompleteCaseDelegate(CaseDecisions cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.issued((String) execution.getVariable(ProcessVariables.CASE_NUMBER), null);
  }
}
