package org.openhall.casefile;

import java.time.LocalDate;

/**
 * The case's clock stopped, resumed or was extended: timers and indexes that depend on the due
 * dates must follow. {@code workingDaysMoved} is how far the due dates moved (0 on a stop);
 * {@code clockRunning} is false while the clock stands still.
 */
public record CaseDueDateMoved(String caseNumber, LocalDate dueDate, LocalDate legalDueDate,
    int workingDaysMoved, boolean clockRunning) {
}
