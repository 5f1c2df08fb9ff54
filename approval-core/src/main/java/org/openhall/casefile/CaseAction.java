package org.openhall.casefile;

/** What happened in a timeline row. */
public enum CaseAction {
  SUBMITTED, ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUIRED, SUPPLEMENTED, REVIEW_PASSED,
  REVIEW_FAILED, APPROVED, DENIED, ISSUED, WITHDRAWN
}
