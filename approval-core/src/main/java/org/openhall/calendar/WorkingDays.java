package org.openhall.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The service centre's working-day calendar as a bean: every year stored in the database, and "today" in
 * the centre's time zone.
 *
 * <p>The calendar is built once and cached. An import on this node rebuilds it at once; imports on other
 * nodes sharing the database are noticed by a one-row version check at most every
 * {@code openhall.calendar.recheck-interval} (default 10 s), see docs/adr/0006-working-day-calendar.md.
 */
@Service
public class WorkingDays {

  private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

  private final Clock clock;
  private final CalendarStore store;
  private final long recheckNanos;
  private volatile Snapshot snapshot;

  WorkingDays(Clock clock, CalendarStore store,
      @Value("${openhall.calendar.recheck-interval:PT10S}") Duration recheck) {
    this.clock = clock;
    this.store = store;
    this.recheckNanos = recheck.toNanos();
  }

  /** The calendar of every stored year; years not stored count Monday–Friday and make due dates provisional. */
  public WorkingDayCalendar calendar() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.checkedAt() >= recheckNanos) {
      current = refreshIfChanged();
    }
    return current.calendar();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The Nth working day after {@code start}; provisional where it runs into a year not loaded. */
  public DueDate dueDate(LocalDate start, int workingDays) {
    return calendar().addWorkingDays(start, workingDays);
  }

  /** Rebuilds the calendar from the database now (after an import on this node). */
  synchronized void reload() {
    CalendarStore.Token token = store.token();
    snapshot = new Snapshot(build(), token, System.nanoTime());
  }

  /** Rebuilds the calendar if the stored years changed since it was built (e.g. on another node). */
  synchronized Snapshot refreshIfChanged() {
    Snapshot current = snapshot;
    try {
      CalendarStore.Token token = store.token();
      if (current != null && current.token().equals(token)) {
        current = new Snapshot(current.calendar(), token, System.nanoTime());
      } else {
        current = new Snapshot(build(), token, System.nanoTime());
      }
    } catch (DataAccessException e) {
      if (current == null) {
        throw e;
      }
      // Keep counting on the calendar we have; the next call tries again.
      log.warn("Working-day calendar: cannot check the database, keeping the cached calendar: {}",
          e.getClass().getSimpleName());
    }
    snapshot = current;
    return current;
  }

  private WorkingDayCalendar build() {
    List<HolidayNotice> notices = store.all().stream().map(CalendarStore.StoredYear::notice).toList();
    return WorkingDayCalendar.of(notices);
  }

  /** A built calendar, the stored state it was built from, and when that state was last checked. */
  record Snapshot(WorkingDayCalendar calendar, CalendarStore.Token token, long checkedAt) {
  }
}
