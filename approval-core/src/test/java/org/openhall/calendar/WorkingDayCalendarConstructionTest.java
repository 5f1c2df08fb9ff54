package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a calendar is built from notices, on small made-up notices. */
class WorkingDayCalendarConstructionTest {

    private static final LocalDate MONDAY_2030 = LocalDate.of(2030, 1, 7);

    private static HolidayNotice notice2030(boolean mondayOff) {
        return new HolidayNotice(2030, List.of(),
                mondayOff ? List.of(new HolidayDay("测试节", MONDAY_2030, true)) : List.of());
    }

    @Test
    void anEmptyNoticeDoesNotLoadItsYear() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(notice2030(false));
        assertThat(calendar.isLoaded(2030)).isFalse();
        assertThat(calendar.addWorkingDays(MONDAY_2030.minusDays(3), 1)).isEqualTo(new DueDate(MONDAY_2030, true));
    }

    @Test
    void anEmptyNoticeNextToALoadedOneForTheSameYearIsIgnored() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(notice2030(false), notice2030(true));
        assertThat(calendar.isLoaded(2030)).isTrue();
        assertThat(calendar.isWorkingDay(MONDAY_2030)).isFalse();
    }

    @Test
    void aCalendarWithoutNoticesCountsMondayToFridayProvisionally() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of());
        assertThat(calendar.isLoaded(2026)).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1))
                .isEqualTo(new DueDate(LocalDate.of(2026, 2, 16), true));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27))).isEqualTo(10);
    }

    @Test
    void rejectsTwoNoticesForTheSameYear() {
        assertThatThrownBy(() -> WorkingDayCalendar.of(notice2030(true), notice2030(true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030");
    }

    @Test
    void aYearBetweenTwoLoadedYearsIsCountedMondayToFridayAndProvisional() {
        List<HolidayNotice> shipped = ShippedHolidayNotices.load();
        WorkingDayCalendar gap = WorkingDayCalendar.of(shipped.get(0), shipped.get(2));
        assertThat(gap.isLoaded(2025)).isFalse();
        // 2025-01-28 is a Spring Festival day off, but 2025 is not loaded here.
        assertThat(gap.isWorkingDay(LocalDate.of(2025, 1, 28))).isTrue();
        assertThat(gap.addWorkingDays(LocalDate.of(2025, 1, 24), 5))
                .isEqualTo(new DueDate(LocalDate.of(2025, 1, 31), true));
        assertThat(gap.addWorkingDays(LocalDate.of(2026, 2, 13), 1))
                .isEqualTo(new DueDate(LocalDate.of(2026, 2, 14), false));
    }
}
