package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class WorkingDaysTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** The calendar tables as another node might change them, without a database. */
  static final class StoredYears extends CalendarStore {

    final List<HolidayNotice> notices = new ArrayList<>(ShippedHolidayNotices.load());
    long versions;
    boolean reachable = true;
    int reads;

    StoredYears() {
      super(null);
    }

    @Override
    Token token() {
      if (!reachable) {
        throw new DataAccessResourceFailureException("database down");
      }
      return new Token(notices.size(), versions);
    }

    @Override
    List<StoredYear> all() {
      reads++;
      return notices.stream().map(n -> new StoredYear(n, CalendarYears.fingerprint(n), 0,
          CalendarYears.workingDaysOf(n), Instant.EPOCH, "system")).toList();
    }
  }

  private static HolidayNotice newYearOnly(int year) {
    return new HolidayNotice(year, List.of(), List.of(new HolidayDay("元旦", LocalDate.of(year, 1, 1), true)));
  }

  @Test
  void buildsTheCalendarOnceWhileTheStoredYearsAreUnchanged() {
    StoredYears store = new StoredYears();
    WorkingDays workingDays = new WorkingDays(CLOCK, store, Duration.ZERO);

    WorkingDayCalendar first = workingDays.calendar();
    WorkingDayCalendar second = workingDays.calendar();

    assertThat(second).isSameAs(first);
    assertThat(store.reads).isEqualTo(1);
    assertThat(first.isLoaded(2026)).isTrue();
  }

  @Test
  void rebuildsWhenAnotherNodeStoredAYear() {
    StoredYears store = new StoredYears();
    WorkingDays workingDays = new WorkingDays(CLOCK, store, Duration.ZERO);
    assertThat(workingDays.dueDate(LocalDate.of(2027, 1, 1), 1).provisional()).isTrue();

    store.notices.add(newYearOnly(2027));

    assertThat(workingDays.dueDate(LocalDate.of(2027, 1, 1), 1).provisional()).isFalse();
    assertThat(store.reads).isEqualTo(2);
  }

  @Test
  void rebuildsWhenAnotherNodeReplacedAYear() {
    StoredYears store = new StoredYears();
    store.notices.add(newYearOnly(2027));
    WorkingDays workingDays = new WorkingDays(CLOCK, store, Duration.ZERO);
    assertThat(workingDays.calendar().isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();

    store.notices.set(store.notices.size() - 1, new HolidayNotice(2027, List.of(), List.of(
        new HolidayDay("元旦", LocalDate.of(2027, 1, 1), true), new HolidayDay("元旦", LocalDate.of(2027, 1, 4), true))));
    store.versions++;

    assertThat(workingDays.calendar().isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
  }

  @Test
  void checksTheDatabaseNoMoreOftenThanTheRecheckInterval() {
    StoredYears store = new StoredYears();
    WorkingDays workingDays = new WorkingDays(CLOCK, store, Duration.ofHours(1));
    workingDays.calendar();

    store.notices.add(newYearOnly(2027));

    assertThat(workingDays.calendar().isLoaded(2027)).as("within the interval, the cached calendar").isFalse();
    assertThat(workingDays.refreshIfChanged().calendar().isLoaded(2027)).isTrue();
  }

  @Test
  void keepsCountingOnTheCachedCalendarWhenTheDatabaseIsUnreachable() {
    StoredYears store = new StoredYears();
    WorkingDays workingDays = new WorkingDays(CLOCK, store, Duration.ZERO);
    WorkingDayCalendar cached = workingDays.calendar();

    store.reachable = false;

    assertThat(workingDays.calendar()).isSameAs(cached);
  }

  @Test
  void todayIsTheServiceCentresDate() {
    assertThat(new WorkingDays(CLOCK, new StoredYears(), Duration.ZERO).today()).isEqualTo(LocalDate.of(2026, 11, 24));
  }
}
