package org.openhall.workflow;

/** Ids and variable names of {@code InstantApproval.bpmn} (即办件). */
public final class InstantApprovalProcess {

  public static final String KEY = "InstantApproval";

  public static final String TASK_ACCEPT = "Task_AcceptCase";
  public static final String RECEIVE_SUPPLEMENT = "ReceiveTask_AwaitSupplement";
  public static final String DEEMED_ACCEPTANCE = "BoundaryEvent_DeemedAcceptance";
  /** After a deemed acceptance a clerk still decides the case at the window. */
  public static final String TASK_DECIDE_AT_WINDOW = "Task_DecideAtWindow";
  public static final String ISSUE_LICENCE = "ServiceTask_IssueLicence";
  public static final String COMPLETE_CASE = "ServiceTask_CompleteCase";
  public static final String END_ISSUED = "EndEvent_LicenceIssued";
  public static final String END_COMPLETED = "EndEvent_Completed";
  public static final String END_NOT_ACCEPTED = "EndEvent_NotAccepted";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String END_DENIED = "EndEvent_Denied";

  private InstantApprovalProcess() {
  }
}
