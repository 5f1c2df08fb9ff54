package org.openhall.workflow;


/** Ids and variable names of {@code PromisedApproval.bpmn} (承诺件). */
public final class PromisedApprovalProcess {

  public static final String KEY = "PromisedApproval";

  public static final String TASK_ACCEPT = "Task_AcceptCase";
  public static final String TASK_REVIEW = "Task_ReviewCase";
  public static final String TASK_DECIDE = "Task_DecideCase";
  public static final String RECEIVE_SUPPLEMENT = "ReceiveTask_AwaitSupplement";
  public static final String DEEMED_ACCEPTANCE = "BoundaryEvent_DeemedAcceptance";
  public static final String OPEN_PAYMENT = "ServiceTask_OpenPayment";
  public static final String PAYMENT_RECEIVED = "Event_PaymentReceived";
  public static final String ISSUE_LICENCE = "ServiceTask_IssueLicence";
  public static final String END_ISSUED = "EndEvent_LicenceIssued";
  public static final String END_NOT_ACCEPTED = "EndEvent_NotAccepted";
  public static final String END_DENIED = "EndEvent_Denied";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  private PromisedApprovalProcess() {
  }
}
