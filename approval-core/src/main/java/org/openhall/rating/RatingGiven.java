package org.openhall.rating;

import java.time.LocalDate;

/**
 * A case was rated. {@code followUpDue} is set when the rating opened a follow-up (scores 1–2), so
 * supervision can pick it up.
 */
public record RatingGiven(String caseNumber, String departmentCode, String itemCode, int score,
    LocalDate followUpDue) {

  public boolean openedFollowUp() {
    return followUpDue != null;
  }
}
