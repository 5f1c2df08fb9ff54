package org.openhall.casefile;

import org.openhall.kernel.DomainException;

/** A step that the case's current status does not allow (API code {@code ILLEGAL_TRANSITION}). */
public class IllegalCaseTransition extends DomainException {

  public IllegalCaseTransition(String caseNumber, CaseStatus status, CaseAction attempted) {
    super(Kind.CONFLICT, "ILLEGAL_TRANSITION", caseNumber, status.name(), attempted.name());
  }
}
