package org.openhall.calendar;

/**
 * The answer to one import of a holiday notice.
 *
 * @param year        the notice's year
 * @param outcome     loaded, replaced or unchanged
 * @param workingDays working days of the year as now stored
 * @param added       listed days that are new
 * @param removed     listed days that are gone
 * @param changed     listed days whose name or day-off flag changed
 */
public record CalendarImportResult(int year, ImportOutcome outcome, int workingDays, int added,
    int removed, int changed) {
}
