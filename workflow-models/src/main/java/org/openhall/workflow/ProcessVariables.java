package org.openhall.workflow;

/** Variable and message names shared by every OpenHall process. Only ids live in variables. */
public final class ProcessVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String OUTCOME = "outcome";

  public static final String MESSAGE_SUPPLEMENTED = "CaseSupplemented";
  public static final String MESSAGE_WITHDRAWN = "CaseWithdrawn";
  /** 视为受理 (§32): sent by the deadline sweep when an acceptance period ended without a decision. */
  public static final String MESSAGE_DEEMED_ACCEPTED = "CaseDeemedAccepted";
  /** Whether the approved case waits for its fee before issue (收费后发证). */
  public static final String PAYMENT_DUE = "paymentDue";
  /** 缴费: sent when the case's fee is paid (bank window or online). */
  public static final String MESSAGE_PAYMENT_RECEIVED = "PaymentReceived";

  private ProcessVariables() {
  }
}
