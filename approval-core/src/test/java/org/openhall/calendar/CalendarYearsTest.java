package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarYearsTest {

  private static final HolidayDay NEW_YEAR = new HolidayDay("元旦", LocalDate.of(2027, 1, 1), true);
  private static final HolidayDay MAKE_UP = new HolidayDay("春节", LocalDate.of(2027, 2, 6), false);

  @Test
  void theFingerprintIgnoresTheOrderOfDaysInTheFile() {
    assertThat(CalendarYears.fingerprint(new HolidayNotice(2027, List.of(), List.of(NEW_YEAR, MAKE_UP))))
        .isEqualTo(CalendarYears.fingerprint(new HolidayNotice(2027, List.of(), List.of(MAKE_UP, NEW_YEAR))));
  }

  @Test
  void theFingerprintChangesWithADayItsNameItsFlagOrThePapers() {
    String base = CalendarYears.fingerprint(new HolidayNotice(2027, List.of(), List.of(NEW_YEAR)));
    assertThat(CalendarYears.fingerprint(new HolidayNotice(2027, List.of(), List.of(NEW_YEAR, MAKE_UP)))).isNotEqualTo(base);
    assertThat(CalendarYears.fingerprint(new HolidayNotice(2027, List.of(),
        List.of(new HolidayDay("新年", NEW_YEAR.date(), true))))).isNotEqualTo(base);
    assertThat(CalendarYears.fingerprint(new HolidayNotice(2027, List.of(),
        List.of(new HolidayDay("元旦", LocalDate.of(2027, 1, 2), false))))).isNotEqualTo(base);
    assertThat(CalendarYears.fingerprint(new HolidayNotice(2027, List.of("https://www.gov.cn/x"), List.of(NEW_YEAR))))
        .isNotEqualTo(base);
  }

  @Test
  void countsTheWorkingDaysOfTheShippedYears() {
    for (HolidayNotice notice : ShippedHolidayNotices.load()) {
      WorkingDayCalendar calendar = WorkingDayCalendar.of(notice);
      int expected = 0;
      for (LocalDate d = LocalDate.of(notice.year(), 1, 1); d.getYear() == notice.year(); d = d.plusDays(1)) {
        expected += calendar.isWorkingDay(d) ? 1 : 0;
      }
      assertThat(CalendarYears.workingDaysOf(notice)).as(String.valueOf(notice.year())).isEqualTo(expected);
    }
  }
}
