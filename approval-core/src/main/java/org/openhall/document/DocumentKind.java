package org.openhall.document;

/** The kinds of written notices and decisions a case receives; their names are in {@code i18n/documents}. */
public enum DocumentKind {
  RECEIPT, ACCEPTANCE_NOTICE, NOT_ACCEPTED_DECISION, CORRECTION_NOTICE, EXTENSION_NOTICE,
  SPECIAL_PROCEDURE_NOTICE, APPROVAL_DECISION, DENIAL_DECISION, FILING_RECEIPT,
  /** 撤销 (§69) and 吊销 (a penalty) of a case's licence. */
  ANNULMENT_DECISION, REVOCATION_PENALTY_DECISION,
  /** 特别程序结束告知书: the special procedure ended, the days not counted and the moved due dates (§45). */
  SPECIAL_PROCEDURE_END_NOTICE;

  /**
   * Whether the document is the result of the case (the decision that ends it), which is handed over
   * (送达) like a licence: a decision to approve or deny, a refusal to accept, a filing receipt.
   */
  public boolean result() {
    return this == APPROVAL_DECISION || this == DENIAL_DECISION || this == NOT_ACCEPTED_DECISION
        || this == FILING_RECEIPT;
  }
}
