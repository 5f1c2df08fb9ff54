package org.openhall.calendar;

/** A number of working days, provisional when it was counted through a year whose notice is not loaded. */
public record WorkingDayCount(int days, boolean provisional) {
}
