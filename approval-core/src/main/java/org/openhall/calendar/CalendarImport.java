package org.openhall.calendar;

import java.time.Instant;

/**
 * One audited import of a holiday notice: who, when, which year, and what it changed.
 *
 * @param changes a readable list of the changed days, e.g. {@code +2027-10-09 国庆节 上班}
 */
public record CalendarImport(int year, ImportOutcome outcome, String importedBy, Instant importedAt,
    int added, int removed, int changed, String changes) {
}
