package org.openhall.calendar;

/**
 * A year's notice was stored or replaced: every figure counted through that year (due dates, stopped days,
 * §32 dates) may now differ and is recomputed by its owner.
 */
public record CalendarYearChanged(int year) {
}
