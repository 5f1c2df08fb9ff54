package org.openhall.workflow;

/** Variable and message names shared by every OpenHall process. Only ids live in variables. */
public final class ProcessVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String OUTCOME = "outcome";

  public static final String MESSAGE_SUPPLEMENTED = "CaseSupplemented";
  public static final String MESSAGE_WITHDRAWN = "CaseWithdrawn";
  /** 视为受理 (§32): sent by the deadline sweep when an acceptance period ended without a decision. */
  public static final String MESSAGE_DEEMED_ACCEPTED = "CaseDeemedAccepted";

  private ProcessVariables() {
  }
}
