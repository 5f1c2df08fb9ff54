package org.openhall.workflow;

/** Ids and variable names of {@code InstantApproval.bpmn} (即办件). */
public final class InstantApprovalProcess {

  public static final String KEY = "InstantApproval";

  public static final String TASK_ACCEPT = "Task_AcceptCase";
  public static final String RECEIVE_SUPPLEMENT = "ReceiveTask_AwaitSupplement";
  public static final String TIMER_DEEMED_ACCEPTANCE = "BoundaryEvent_DeemedAcceptance";
  public static final String APPROVE_AT_WINDOW = "ServiceTask_ApproveAtWindow";
  public static final String ISSUE_LICENCE = "ServiceTask_IssueLicence";
  public static final String COMPLETE_CASE = "ServiceTask_CompleteCase";
  public static final String END_ISSUED = "EndEvent_LicenceIssued";
  public static final String END_COMPLETED = "EndEvent_Completed";
  public static final String END_NOT_ACCEPTED = "EndEvent_NotAccepted";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  /** Whether the item issues a licence: set by {@code ServiceTask_ApproveAtWindow}. */
  public static final String VAR_LICENCE_REQUIRED = "licenceRequired";

  private InstantApprovalProcess() {
  }
}
