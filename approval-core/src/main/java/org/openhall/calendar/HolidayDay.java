package org.openhall.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a holiday notice, as in the holiday-cn {@code days} list.
 *
 * @param name   the holiday it belongs to, e.g. "春节"; for an adjusted working day, the holiday it makes up for
 * @param date   the calendar day
 * @param offDay {@code true}: a day off (放假), {@code false}: an adjusted working weekend day (调休上班)
 */
public record HolidayDay(String name, LocalDate date, boolean offDay) {

    public HolidayDay {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
    }
}
