package org.openhall.document;

/** The kinds of written notices and decisions a case receives; their names are in {@code i18n/documents}. */
public enum DocumentKind {
  RECEIPT, ACCEPTANCE_NOTICE, NOT_ACCEPTED_DECISION, CORRECTION_NOTICE, EXTENSION_NOTICE,
  SPECIAL_PROCEDURE_NOTICE, APPROVAL_DECISION, DENIAL_DECISION, FILING_RECEIPT,
  /** 撤销 (§69) and 吊销 (a penalty) of a case's licence. */
  ANNULMENT_DECISION, REVOCATION_PENALTY_DECISION
}
