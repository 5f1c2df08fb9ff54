package org.openhall.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openhall.licence.LicenceIssuing;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_IssueLicence}: renders, seals and registers the licence of the case. */
@Component("issueLicence")
class IssueLicenceDelegate implements JavaDelegate {

  private final LicenceIssuing issuing;

  IssueLicenceDelegate(LicenceIssuing issuing) {
    this.issuing = issuing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    issuing.issue((String) execution.getVariable(ProcessVariables.CASE_NUMBER));
  }
}
