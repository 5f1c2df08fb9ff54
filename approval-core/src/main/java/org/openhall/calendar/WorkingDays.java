package org.openhall.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The service centre's working-day calendar as a bean: the shipped State Council arrangements
 * (2024–2026), and "today" in the centre's time zone.
 */
@Service
public class WorkingDays {

  private final Clock clock;
  private volatile WorkingDayCalendar calendar;

  WorkingDays(Clock clock) {
    this.clock = clock;
    this.calendar = ShippedHolidayNotices.calendar();
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The Nth working day after {@code start}; provisional where it runs into a year not loaded. */
  public DueDate dueDate(LocalDate start, int workingDays) {
    return calendar.addWorkingDays(start, workingDays);
  }
}
