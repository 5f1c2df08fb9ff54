package org.openhall.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed deadline (办结期限).
 *
 * @param date        the due day, always a working day of the calendar that computed it
 * @param provisional {@code true} when the computation looked at a day in a year whose holiday notice is not
 *                    loaded; that part was counted Monday–Friday and the date must be recomputed once the
 *                    notice is out
 */
public record DueDate(LocalDate date, boolean provisional) {

    public DueDate {
        Objects.requireNonNull(date, "date");
    }
}
