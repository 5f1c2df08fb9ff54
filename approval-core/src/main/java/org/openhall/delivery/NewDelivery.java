package org.openhall.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A handing-over as the clerk reports it: for {@code COLLECTED_AT_WINDOW} the collector's name, resident
 * ID number (checked), relation to the applicant (optional) and when (now if empty, in the centre's time
 * zone); for {@code POSTED} the carrier, the tracking number and the day posted.
 */
public record NewDelivery(DeliveryMethod method, String collectorName, String collectorIdNumber,
    String collectorRelation, LocalDateTime collectedAt, String carrier, String trackingNumber,
    LocalDate postedOn) {
}
