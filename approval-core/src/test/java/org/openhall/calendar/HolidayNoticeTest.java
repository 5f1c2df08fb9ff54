package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayNoticeTest {

    @Test
    void refusesToBeBuiltBreakingTheFileRules() {
        List<HolidayDay> days = List.of(
                new HolidayDay("国庆节", LocalDate.of(2025, 10, 1), true),
                new HolidayDay("国庆节", LocalDate.of(2026, 10, 8), false));
        InvalidHolidayNotice rejected = catchThrowableOfType(InvalidHolidayNotice.class,
                () -> new HolidayNotice(2026, List.of(), days));
        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).containsExactly(
                CalendarProblem.of(CalendarProblem.DATE_OUTSIDE_YEAR, "2025-10-01", "2026"),
                CalendarProblem.of(CalendarProblem.WORKDAY_NOT_WEEKEND, "2026-10-08"));
    }

    @Test
    void keepsItsOwnCopyOfTheDays() {
        List<HolidayDay> days = new ArrayList<>();
        days.add(new HolidayDay("元旦", LocalDate.of(2026, 1, 1), true));
        HolidayNotice notice = new HolidayNotice(2026, List.of(), days);
        days.add(new HolidayDay("元旦", LocalDate.of(2026, 1, 2), true));
        assertThat(notice.days()).hasSize(1);
    }
}
