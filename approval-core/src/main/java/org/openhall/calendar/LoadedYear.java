package org.openhall.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year of the stored calendar, as admins see it.
 *
 * @param year                 the year
 * @param workingDays          its working days
 * @param daysOff              listed days off (holidays, including those falling on a weekend)
 * @param adjustedWorkingDays  listed adjusted working weekend days (调休上班)
 * @param loadedAt             when the current content was stored
 * @param loadedBy             who stored it ({@code system} for the shipped notices)
 * @param papers               addresses of the State Council notice(s)
 */
public record LoadedYear(int year, int workingDays, int daysOff, int adjustedWorkingDays,
    Instant loadedAt, String loadedBy, List<String> papers) {
}
