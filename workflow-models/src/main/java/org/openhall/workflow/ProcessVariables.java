package org.openhall.workflow;

/** Variable and message names shared by every OpenHall process. Only ids live in variables. */
public final class ProcessVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String OUTCOME = "outcome";
  /** Input of a warning service task: YELLOW or RED. */
  public static final String WARNING_LEVEL = "warningLevel";
  /** Input of a warning service task: the stage the warning is about. */
  public static final String WARNING_STAGE = "warningStage";
  public static final String WARNING_REASON = "warningReason";

  public static final String MESSAGE_SUPPLEMENTED = "CaseSupplemented";
  public static final String MESSAGE_WITHDRAWN = "CaseWithdrawn";

  private ProcessVariables() {
  }
}
