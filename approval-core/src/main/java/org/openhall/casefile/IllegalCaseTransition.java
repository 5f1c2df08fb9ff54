package org.openhall.casefile;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.openhall.kernel.DomainException;

/** A step that the case's current status does not allow (API code {@code ILLEGAL_TRANSITION}). */
public class IllegalCaseTransition extends DomainException {

  public IllegalCaseTransition(String caseNumber, CaseStatus status, CaseAction attempted) {
    // The status and the step read in the reader's language (status.X, action.X), not as codes.
    super(Kind.CONFLICT, "ILLEGAL_TRANSITION", caseNumber,
        new DefaultMessageSourceResolvable(new String[] {"status." + status.name()}, status.name()),
        new DefaultMessageSourceResolvable(new String[] {"action." + attempted.name()}, attempted.name()));
  }
}
