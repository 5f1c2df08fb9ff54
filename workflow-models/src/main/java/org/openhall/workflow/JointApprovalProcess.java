package org.openhall.workflow;

/** Ids and variable names of {@code JointApproval.bpmn} (联办件). */
public final class JointApprovalProcess {

  public static final String KEY = "JointApproval";

  public static final String TASK_ACCEPT = "Task_AcceptCase";
  public static final String TASK_CO_DEPARTMENT_REVIEW = "Task_CoDepartmentReview";
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

  /** The co-departments' codes, comma-separated (ids only), set when the process starts. */
  public static final String VAR_CO_DEPARTMENTS = "coDepartments";
  /** The co-department of one parallel review (the multi-instance element variable). */
  public static final String VAR_CO_DEPARTMENT = "coDepartment";

  private JointApprovalProcess() {
  }
}
