package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the shipped calendar, checked against a day-by-day oracle built straight from the notices
 * (so the fast prefix-count arithmetic is checked by independent code).
 */
class WorkingDayCalendarPropertiesTest {

    private static final List<HolidayNotice> NOTICES = ShippedHolidayNotices.load();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(NOTICES);
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    /** Days 2024-01-01 .. 2026-12-31. */
    private static final int SHIPPED_DAYS = 1096;

    private static final Set<LocalDate> OFF = new HashSet<>();
    private static final Set<LocalDate> ADJUSTED = new HashSet<>();

    static {
        for (HolidayNotice notice : NOTICES) {
            for (HolidayDay day : notice.days()) {
                (day.offDay() ? OFF : ADJUSTED).add(day.date());
            }
        }
    }

    private static boolean oracleWorking(LocalDate day) {
        if (ADJUSTED.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return !OFF.contains(day) && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Working days in (from, to], counted one day at a time. */
    private static int oracleCount(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (oracleWorking(day)) {
                count++;
            }
        }
        return count;
    }

    @Property(tries = 400)
    void theDueDateIsAWorkingDay(@ForAll @IntRange(min = 0, max = SHIPPED_DAYS - 1) int offset,
                                 @ForAll @IntRange(min = 0, max = 60) int n) {
        LocalDate due = CALENDAR.addWorkingDays(FIRST.plusDays(offset), n).date();
        assertThat(oracleWorking(due)).as("due %s", due).isTrue();
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
    }

    @Property(tries = 400)
    void exactlyNWorkingDaysLieBetweenTheStartAndTheDueDate(
            @ForAll @IntRange(min = 0, max = SHIPPED_DAYS - 1) int offset,
            @ForAll @IntRange(min = 0, max = 60) int n) {
        LocalDate start = FIRST.plusDays(offset);
        LocalDate due = CALENDAR.addWorkingDays(start, n).date();
        assertThat(due).isAfterOrEqualTo(start);
        if (n == 0) {
            // Nothing skipped: no working day in [start, due).
            assertThat(oracleCount(start.minusDays(1), due.minusDays(1))).isZero();
        } else {
            assertThat(oracleCount(start, due)).isEqualTo(n);
        }
        assertThat(CALENDAR.workingDaysBetween(start, due)).isEqualTo(oracleCount(start, due));
    }

    @Property(tries = 300)
    void shiftingByKPutsExactlyKMoreWorkingDaysAfterTheDueDate(
            @ForAll @IntRange(min = 0, max = SHIPPED_DAYS - 1) int offset,
            @ForAll @IntRange(min = 0, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 60) int k) {
        LocalDate due = CALENDAR.addWorkingDays(FIRST.plusDays(offset), n).date();
        LocalDate shifted = CALENDAR.shift(due, k).date();
        assertThat(oracleCount(due, shifted)).isEqualTo(k);
        assertThat(oracleWorking(shifted)).isTrue();
    }

    @Property(tries = 400)
    void theDueDateIsProvisionalExactlyWhenItReachesPastTheShippedYears(
            @ForAll @IntRange(min = 0, max = SHIPPED_DAYS - 1) int offset,
            @ForAll @IntRange(min = 0, max = 60) int n) {
        DueDate due = CALENDAR.addWorkingDays(FIRST.plusDays(offset), n);
        assertThat(due.provisional()).isEqualTo(due.date().getYear() > 2026);
    }

    @Property(tries = 300)
    void workingDaysBetweenMatchesDayByDayCountingAlsoOutsideTheLoadedYears(
            @ForAll @IntRange(min = -800, max = SHIPPED_DAYS + 800) int fromOffset,
            @ForAll @IntRange(min = -800, max = SHIPPED_DAYS + 800) int toOffset) {
        LocalDate from = FIRST.plusDays(fromOffset);
        LocalDate to = FIRST.plusDays(toOffset);
        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(oracleCount(from, to));
    }

    @Property(tries = 300)
    void theNextWorkingDayOnOrAfterIsTheFirstOracleWorkingDay(
            @ForAll @IntRange(min = -30, max = SHIPPED_DAYS + 30) int offset) {
        LocalDate day = FIRST.plusDays(offset);
        LocalDate expected = day;
        while (!oracleWorking(expected)) {
            expected = expected.plusDays(1);
        }
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(day)).isEqualTo(expected);
    }
}
