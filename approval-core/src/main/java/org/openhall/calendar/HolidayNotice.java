package org.openhall.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 节假日安排通知: one year's State Council holiday arrangement, as in a holiday-cn file; always valid.
 *
 * <p>The constructor throws {@link InvalidHolidayNotice} listing every broken rule (dates inside {@code year},
 * no date twice, names present, adjusted working days only on a weekend). No days means "not announced yet".
 *
 * @param year   the year the notice is for
 * @param papers addresses of the official notice(s), may be empty
 * @param days   days off and adjusted working days, in file order
 */
public record HolidayNotice(int year, List<String> papers, List<HolidayDay> days) {

    public HolidayNotice {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
        List<CalendarProblem> problems = problemsIn(year, days);
        if (!problems.isEmpty()) {
            throw new InvalidHolidayNotice(problems);
        }
    }

    /** Whether the notice lists no day at all (the arrangement is not out yet). */
    public boolean isEmpty() {
        return days.isEmpty();
    }

    /**
     * The rules every notice must satisfy, checked over the whole list.
     *
     * @param year the notice's year, or {@code null} when unknown (then the year rule is skipped)
     */
    static List<CalendarProblem> problemsIn(Integer year, List<HolidayDay> days) {
        List<CalendarProblem> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        Set<LocalDate> reportedDuplicate = new HashSet<>();
        if (year != null && !isValidYear(year)) {
            problems.add(CalendarProblem.of(CalendarProblem.YEAR_INVALID, year));
        }
        for (HolidayDay day : days) {
            Objects.requireNonNull(day, "day");
            LocalDate date = day.date();
            if (year != null && date.getYear() != year) {
                problems.add(CalendarProblem.of(CalendarProblem.DATE_OUTSIDE_YEAR, date, year));
            }
            if (!seen.add(date) && reportedDuplicate.add(date)) {
                problems.add(CalendarProblem.of(CalendarProblem.DATE_DUPLICATE, date));
            }
            if (day.name().isBlank()) {
                problems.add(CalendarProblem.of(CalendarProblem.NAME_MISSING, date));
            }
            if (!day.offDay() && !isWeekend(date)) {
                problems.add(CalendarProblem.of(CalendarProblem.WORKDAY_NOT_WEEKEND, date));
            }
        }
        return problems;
    }

    /** Years a holiday-cn file can carry: four-digit ISO years. */
    static boolean isValidYear(long year) {
        return year >= 1 && year <= 9999;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
