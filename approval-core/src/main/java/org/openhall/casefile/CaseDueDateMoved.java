package org.openhall.casefile;

import java.time.LocalDate;

/**
 * The case's clock stopped, resumed, was extended or recounted: indexes that depend on the due
 * dates must follow. {@code workingDaysMoved} is how far the clock moved (0 on a stop);
 * {@code clockRunning} is false while the clock stands still; {@code recalculated} when a calendar
 * import changed the dates (the applicant is told).
 */
public record CaseDueDateMoved(String caseNumber, LocalDate dueDate, LocalDate legalDueDate,
    int workingDaysMoved, boolean clockRunning, boolean recalculated) {
}
