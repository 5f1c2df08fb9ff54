package org.openhall.mandate;

/**
 * Where a mandate stands: recorded by the agent and awaiting the principal, confirmed, or past its
 * last day ({@code EXPIRED} is never stored: it is read from the dates, see
 * {@link Mandate#statusOn(java.time.LocalDate)}).
 */
public enum MandateStatus { PENDING_CONFIRMATION, CONFIRMED, EXPIRED }
