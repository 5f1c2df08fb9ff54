package org.openhall.calendar;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a holiday notice: a message code plus the arguments for its {0} {1} placeholders.
 *
 * @param code message code, one of the {@code CALENDAR_*} constants, key in {@code i18n/calendar*.properties}
 * @param args placeholder arguments in order, already rendered as strings so that MessageFormat never
 *             re-formats them (a year 2026 would otherwise come out as "2,026")
 */
public record CalendarProblem(String code, List<String> args) {

    /** The input is not JSON, or its top level is not an object; {0} = parser detail. */
    public static final String MALFORMED_JSON = "CALENDAR_MALFORMED_JSON";
    /** The {@code year} field is absent or null. */
    public static final String YEAR_MISSING = "CALENDAR_YEAR_MISSING";
    /** The {@code year} field is not an integer in 1..9999; {0} = the value as written. */
    public static final String YEAR_INVALID = "CALENDAR_YEAR_INVALID";
    /** The {@code papers} field is present but not an array of strings. */
    public static final String PAPERS_INVALID = "CALENDAR_PAPERS_INVALID";
    /** The {@code days} field is absent or not an array. */
    public static final String DAYS_MISSING = "CALENDAR_DAYS_MISSING";
    /** An element of {@code days} is not an object; {0} = its index. */
    public static final String DAY_INVALID = "CALENDAR_DAY_INVALID";
    /** An element of {@code days} has no {@code date}; {0} = its index. */
    public static final String DATE_MISSING = "CALENDAR_DATE_MISSING";
    /** A {@code date} is not an ISO date (yyyy-MM-dd); {0} = the text. */
    public static final String DATE_INVALID = "CALENDAR_DATE_INVALID";
    /** A date lies outside the notice's year; {0} = date, {1} = year. */
    public static final String DATE_OUTSIDE_YEAR = "CALENDAR_DATE_OUTSIDE_YEAR";
    /** A date is listed more than once; {0} = date. */
    public static final String DATE_DUPLICATE = "CALENDAR_DATE_DUPLICATE";
    /** A day has no (or a blank) {@code name}; {0} = date. */
    public static final String NAME_MISSING = "CALENDAR_NAME_MISSING";
    /** A day has no boolean {@code isOffDay}; {0} = date. */
    public static final String OFF_DAY_FLAG_MISSING = "CALENDAR_OFF_DAY_FLAG_MISSING";
    /** A day marked {@code isOffDay=false} (adjusted working day) falls Monday–Friday; {0} = date. */
    public static final String WORKDAY_NOT_WEEKEND = "CALENDAR_WORKDAY_NOT_WEEKEND";

    /** Every code above, in declaration order; each must have a message in every bundle. */
    public static final List<String> ALL_CODES = List.of(
            MALFORMED_JSON, YEAR_MISSING, YEAR_INVALID, PAPERS_INVALID, DAYS_MISSING, DAY_INVALID,
            DATE_MISSING, DATE_INVALID, DATE_OUTSIDE_YEAR, DATE_DUPLICATE, NAME_MISSING,
            OFF_DAY_FLAG_MISSING, WORKDAY_NOT_WEEKEND);

    public CalendarProblem {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** Builds a problem, rendering each argument with {@link String#valueOf(Object)}. */
    public static CalendarProblem of(String code, Object... args) {
        return new CalendarProblem(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
