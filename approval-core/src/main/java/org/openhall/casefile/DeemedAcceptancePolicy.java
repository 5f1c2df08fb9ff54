package org.openhall.casefile;

import java.time.LocalDate;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDayCalendar;

/**
 * 视为受理 (行政许可法 §32): an application that gets no acceptance decision (accept, refuse or a one-time
 * correction notice) within five working days of its receipt counts as accepted from the day of receipt.
 * It deems acceptance and nothing more: a person still decides the case. A date counted through a year
 * not loaded is provisional and deems nothing until that year's calendar is imported and the date is
 * recomputed (acting on a Monday–Friday guess could accept a case a day early).
 */
public final class DeemedAcceptancePolicy {

  /** Working days after receipt within which the acceptance decision is due. */
  public static final int WORKING_DAYS = 5;

  private DeemedAcceptancePolicy() {
  }

  /** The last working day of the acceptance period for an application received on {@code receivedOn}. */
  public static DueDate lastDay(LocalDate receivedOn, WorkingDayCalendar calendar) {
    return calendar.addWorkingDays(receivedOn, WORKING_DAYS);
  }

  /** Whether the case counts as accepted on {@code today}. */
  public static boolean applies(Case c, LocalDate today) {
    LegalClock clock = c.clock();
    return c.status() == CaseStatus.SUBMITTED && clock.acceptanceDue().isPresent()
        && !clock.acceptanceDueProvisional() && today.isAfter(clock.acceptanceDue().get());
  }
}
