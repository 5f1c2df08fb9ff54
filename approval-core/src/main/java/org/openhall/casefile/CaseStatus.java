package org.openhall.casefile;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands (API.md). */
public enum CaseStatus {
  SUBMITTED, CORRECTION_REQUIRED, ACCEPTED, NOT_ACCEPTED, UNDER_REVIEW, SPECIAL_PROCEDURE,
  APPROVED, DENIED, ISSUED, WITHDRAWN, FILED;

  private static final Set<CaseStatus> COMPLETED = EnumSet.of(NOT_ACCEPTED, DENIED, ISSUED, WITHDRAWN, FILED);

  /** 办结: nothing more happens to the case. */
  public boolean completed() {
    return COMPLETED.contains(this);
  }
}
