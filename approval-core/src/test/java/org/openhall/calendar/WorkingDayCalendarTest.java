package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real 2024–2026 arrangements, through the shipped files. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = ShippedHolidayNotices.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void skipsTheWholeSpringFestival2026() {
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse();
            assertThat(CALENDAR.holidayName(day)).as(day.toString()).contains("春节");
        }
        assertThat(CALENDAR.addWorkingDays(d("2026-02-14"), 1)).isEqualTo(new DueDate(d("2026-02-24"), false));
    }

    @Test
    void countsTheAdjustedSaturdayBeforeSpringFestival2026() {
        assertThat(CALENDAR.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(new DueDate(d("2026-02-14"), false));
        assertThat(CALENDAR.workingDaysBetween(d("2026-02-13"), d("2026-02-27"))).isEqualTo(5);
    }

    @Test
    void countsTheAdjustedSundayWhenCrossingSpringFestival2025() {
        // 01-26 (Sun, adjusted), 01-27, then 01-28..02-04 off, then 02-05, 02-06, 02-07.
        assertThat(CALENDAR.addWorkingDays(d("2025-01-24"), 5)).isEqualTo(new DueDate(d("2025-02-07"), false));
    }

    @Test
    void crossesNationalDay2024ThroughTheAdjustedSunday() {
        // 09-29 (Sun, adjusted), 09-30, then 10-01..10-07 off, then 10-08.
        assertThat(CALENDAR.addWorkingDays(d("2024-09-27"), 3)).isEqualTo(new DueDate(d("2024-10-08"), false));
    }

    @Test
    void jumpsOverTheEightDayNationalDayAndMidAutumn2025() {
        assertThat(CALENDAR.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(new DueDate(d("2025-10-09"), false));
        assertThat(CALENDAR.holidayName(d("2025-10-06"))).contains("国庆节、中秋节");
    }

    @Test
    void adjustedWorkingSaturdaysAreWorkingDaysAndOrdinarySaturdaysAreNot() {
        assertThat(List.of("2024-05-11", "2024-10-12", "2025-02-08", "2025-10-11",
                        "2026-02-14", "2026-02-28", "2026-05-09", "2026-10-10"))
                .allSatisfy(day -> assertThat(CALENDAR.isWorkingDay(d(day))).as(day).isTrue());
        assertThat(CALENDAR.isWorkingDay(d("2026-03-07"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2026-03-08"))).isFalse();
        assertThat(CALENDAR.addWorkingDays(d("2026-05-08"), 1)).isEqualTo(new DueDate(d("2026-05-09"), false));
    }

    @Test
    void adjustedWorkingDaysHaveNoHolidayName() {
        assertThat(CALENDAR.holidayName(d("2026-02-14"))).isEmpty();
        assertThat(CALENDAR.holidayName(d("2026-03-03"))).isEmpty();
        assertThat(CALENDAR.holidayName(d("2026-10-01"))).contains("国庆节");
    }

    @Test
    void newYear2026IsOffThreeDaysAndTheSundayAfterIsWorked() {
        assertThat(CALENDAR.isWorkingDay(d("2026-01-01"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2026-01-02"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2026-01-04"))).isTrue();
        assertThat(CALENDAR.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(new DueDate(d("2026-01-04"), false));
    }

    @Test
    void dragonBoatMonday2024IsOff() {
        assertThat(CALENDAR.addWorkingDays(d("2024-06-07"), 1)).isEqualTo(new DueDate(d("2024-06-11"), false));
    }

    @Test
    void countsTheWorkingDaysOfEachShippedYear() {
        // From the notices: Mon–Fri days, minus weekday holidays, plus adjusted weekend days.
        assertThat(CALENDAR.workingDaysBetween(d("2023-12-31"), d("2024-12-31"))).isEqualTo(262 - 19 + 8);
        assertThat(CALENDAR.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(261 - 18 + 5);
        assertThat(CALENDAR.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(261 - 19 + 6);
    }

    @Test
    void zeroWorkingDaysIsTheStartWhenItIsAWorkingDay() {
        assertThat(CALENDAR.addWorkingDays(d("2026-02-13"), 0)).isEqualTo(new DueDate(d("2026-02-13"), false));
        assertThat(CALENDAR.addWorkingDays(d("2026-02-14"), 0)).isEqualTo(new DueDate(d("2026-02-14"), false));
    }

    @Test
    void zeroWorkingDaysFromADayOffIsTheNextWorkingDay() {
        assertThat(CALENDAR.addWorkingDays(d("2026-02-16"), 0)).isEqualTo(new DueDate(d("2026-02-24"), false));
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2026-02-16"))).isEqualTo(d("2026-02-24"));
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2026-02-24"))).isEqualTo(d("2026-02-24"));
    }

    @Test
    void workingDaysBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-10"), d("2026-03-10"))).isZero();
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-10"), d("2026-03-02"))).isZero();
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-09"), d("2026-03-10"))).isEqualTo(1);
    }

    @Test
    void aDeadlineReachingIntoAYearNotLoadedIsProvisionalAndCountedMondayToFriday() {
        // 2026-12-31 (Thu), then 2027-01-01 (Fri) counted as a working day, 01-04, 01-05, 01-06.
        assertThat(CALENDAR.addWorkingDays(d("2026-12-30"), 5)).isEqualTo(new DueDate(d("2027-01-06"), true));
        assertThat(CALENDAR.addWorkingDays(d("2026-12-28"), 3)).isEqualTo(new DueDate(d("2026-12-31"), false));
    }

    @Test
    void startingInAYearNotLoadedIsProvisionalOnlyWhenThatYearIsExamined() {
        assertThat(CALENDAR.addWorkingDays(d("2023-12-31"), 1)).isEqualTo(new DueDate(d("2024-01-02"), false));
        assertThat(CALENDAR.addWorkingDays(d("2023-12-29"), 1)).isEqualTo(new DueDate(d("2024-01-02"), true));
        assertThat(CALENDAR.addWorkingDays(d("2023-12-31"), 0)).isEqualTo(new DueDate(d("2024-01-02"), true));
    }

    @Test
    void knowsWhichYearsAreLoaded() {
        assertThat(CALENDAR.isLoaded(2023)).isFalse();
        assertThat(CALENDAR.isLoaded(2024)).isTrue();
        assertThat(CALENDAR.isLoaded(2025)).isTrue();
        assertThat(CALENDAR.isLoaded(2026)).isTrue();
        assertThat(CALENDAR.isLoaded(2027)).isFalse();
        assertThat(CALENDAR.touchesUnloadedYear(d("2024-01-01"), d("2026-12-31"))).isFalse();
        assertThat(CALENDAR.touchesUnloadedYear(d("2026-12-31"), d("2027-01-01"))).isTrue();
        assertThat(CALENDAR.touchesUnloadedYear(d("2027-01-01"), d("2026-12-31"))).isTrue();
    }

    @Test
    void shiftMovesTheDueDateLaterByWorkingDays() {
        assertThat(CALENDAR.shift(d("2026-02-13"), 2)).isEqualTo(new DueDate(d("2026-02-24"), false));
        assertThat(CALENDAR.shift(d("2026-09-30"), 1)).isEqualTo(new DueDate(d("2026-10-08"), false));
    }

    @Test
    void shiftingAProvisionalDueDateStaysProvisional() {
        DueDate provisional = new DueDate(d("2026-03-02"), true);
        assertThat(CALENDAR.shift(provisional, 1)).isEqualTo(new DueDate(d("2026-03-03"), true));
        assertThat(CALENDAR.shift(new DueDate(d("2026-03-02"), false), 1))
                .isEqualTo(new DueDate(d("2026-03-03"), false));
    }

    @Test
    void rejectsANegativeNumberOfWorkingDays() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2026-03-02"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handlesLargeCountsWithoutWalkingDayByDay() {
        // 248 working days in 2026: the 248th after 2025-12-31 is the last working day of 2026.
        assertThat(CALENDAR.addWorkingDays(d("2025-12-31"), 248)).isEqualTo(new DueDate(d("2026-12-31"), false));
        DueDate far = CALENDAR.addWorkingDays(d("2026-12-31"), 5 * 52 * 100);
        assertThat(far.provisional()).isTrue();
        assertThat(CALENDAR.workingDaysBetween(d("2026-12-31"), far.date())).isEqualTo(5 * 52 * 100);
    }
}
