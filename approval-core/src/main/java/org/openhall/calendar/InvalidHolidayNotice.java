package org.openhall.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a holiday notice is rejected; carries every problem found, not only the first. */
public class InvalidHolidayNotice extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CalendarProblem> problems;

    public InvalidHolidayNotice(List<CalendarProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid notice needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order they were found (document order). */
    public List<CalendarProblem> problems() {
        return problems;
    }

    /** Just the codes, in order, e.g. for assertions and logs. */
    public List<String> codes() {
        return problems.stream().map(CalendarProblem::code).toList();
    }

    private static String describe(List<CalendarProblem> problems) {
        return "invalid holiday notice: "
                + problems.stream().map(CalendarProblem::toString).collect(Collectors.joining("; "));
    }
}
