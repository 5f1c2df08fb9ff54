package org.openhall.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openhall.payment.CasePayments;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_OpenPayment}: opens the fee the approved case owes before issue (收费后发证), and
 * tells {@code Gateway_PaymentDue} whether to wait for {@code Event_PaymentReceived}.
 */
@Component("openPayment")
class OpenPaymentDelegate implements JavaDelegate {

  private final CasePayments payments;

  OpenPaymentDelegate(CasePayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = (String) execution.getVariable(ProcessVariables.CASE_NUMBER);
    execution.setVariable(ProcessVariables.PAYMENT_DUE, payments.awaitsPayment(caseNumber));
  }
}
