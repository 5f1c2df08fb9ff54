package org.openhall.workflow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseSubmitted;
import org.openhall.casefile.CaseSupplemented;
import org.openhall.casefile.CaseWithdrawn;
import org.openhall.payment.PaymentReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts and steers each case's process from the case events (delivered through the event
 * publication registry, so a crash between filing and starting is made good on restart).
 */
@Component
class CaseProcesses {

  private final RuntimeService runtime;
  private final CaseFiles cases;

  CaseProcesses(RuntimeService runtime, CaseFiles cases) {
    this.runtime = runtime;
    this.cases = cases;
  }

  @ApplicationModuleListener
  void on(CaseSubmitted submitted) {
    start(submitted);
  }

  /**
   * Starts the case's process unless it runs; inside the caller's transaction when there is one (the
   * window intake starts it at once, and the listener then finds it running).
   */
  void start(CaseSubmitted submitted) {
    boolean running = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(submitted.caseNumber()).count() > 0;
    if (!running) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(ProcessVariables.CASE_NUMBER, submitted.caseNumber());
      if (JointApprovalProcess.KEY.equals(submitted.processKey())) {
        variables.put(JointApprovalProcess.VAR_CO_DEPARTMENTS,
            String.join(",", cases.coDepartments(submitted.caseNumber())));
      }
      runtime.startProcessInstanceByKey(submitted.processKey(), submitted.caseNumber(), variables);
    }
  }

  @ApplicationModuleListener
  void on(CaseSupplemented supplemented) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_SUPPLEMENTED)
        .processInstanceBusinessKey(supplemented.caseNumber())
        .correlate();
  }

  @ApplicationModuleListener
  void on(CaseWithdrawn withdrawn) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_WITHDRAWN)
        .processInstanceBusinessKey(withdrawn.caseNumber())
        .correlateAll();
  }

  /** The fee is paid: a case waiting at {@code Event_PaymentReceived} goes on to issue. */
  @ApplicationModuleListener
  void on(PaymentReceived paid) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PAYMENT_RECEIVED)
        .processInstanceBusinessKey(paid.caseNumber())
        .correlateAll();
  }
}
