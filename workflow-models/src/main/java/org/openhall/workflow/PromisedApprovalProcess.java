package org.openhall.workflow;

import java.util.List;

/** Ids and variable names of {@code PromisedApproval.bpmn} (承诺件). */
public final class PromisedApprovalProcess {

  public static final String KEY = "PromisedApproval";

  public static final String TASK_ACCEPT = "Task_AcceptCase";
  public static final String TASK_REVIEW = "Task_ReviewCase";
  public static final String TASK_DECIDE = "Task_DecideCase";
  public static final String RECEIVE_SUPPLEMENT = "ReceiveTask_AwaitSupplement";
  public static final String TIMER_DEEMED_ACCEPTANCE = "BoundaryEvent_DeemedAcceptance";
  public static final String DEEM_ACCEPTANCE = "ServiceTask_DeemAcceptance";
  public static final String ISSUE_LICENCE = "ServiceTask_IssueLicence";
  public static final String END_ISSUED = "EndEvent_LicenceIssued";
  public static final String END_NOT_ACCEPTED = "EndEvent_NotAccepted";
  public static final String END_DENIED = "EndEvent_Denied";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  public static final String TIMER_REVIEW_YELLOW = "BoundaryEvent_ReviewDeadlineYellow";
  public static final String TIMER_REVIEW_RED = "BoundaryEvent_ReviewDeadlineRed";
  public static final String TIMER_REVIEW_OVERRUN = "BoundaryEvent_ReviewStageOverrun";
  public static final String TIMER_DECIDE_YELLOW = "BoundaryEvent_DecideDeadlineYellow";
  public static final String TIMER_DECIDE_RED = "BoundaryEvent_DecideDeadlineRed";
  public static final String TIMER_DECIDE_OVERRUN = "BoundaryEvent_DecideStageOverrun";

  /** Warning timers that follow the case's due date (yellow before it, red after it). */
  static final List<String> YELLOW_TIMERS = List.of(TIMER_REVIEW_YELLOW, TIMER_DECIDE_YELLOW);
  static final List<String> RED_TIMERS = List.of(TIMER_REVIEW_RED, TIMER_DECIDE_RED);
  /** Warning timers that follow a stage's own budget. */
  static final List<String> OVERRUN_TIMERS = List.of(TIMER_REVIEW_OVERRUN, TIMER_DECIDE_OVERRUN);

  private PromisedApprovalProcess() {
  }
}
