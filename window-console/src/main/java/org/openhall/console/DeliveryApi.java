package org.openhall.console;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.openhall.delivery.Delivery;
import org.openhall.delivery.DeliveryMethod;
import org.openhall.delivery.NewDelivery;
import org.openhall.delivery.ResultDelivery;
import org.openhall.identity.AccountDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 送达 for staff: recording how a case's result was handed over (一口出). */
@RestController
@RequestMapping("/api/v1/console/cases/{caseNumber}/deliveries")
class DeliveryApi {

  private final AccountDirectory accounts;
  private final ResultDelivery deliveries;
  private final Clock clock;

  DeliveryApi(AccountDirectory accounts, ResultDelivery deliveries, Clock clock) {
    this.accounts = accounts;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /**
   * A clerk (CLERK) of the lead department records a handing-over of the result, once the case has one
   * (ISSUED, DENIED, NOT_ACCEPTED, FILED): {@code COLLECTED_AT_WINDOW} with {@code collectorName},
   * {@code collectorIdNumber} (a resident ID number, its check digit verified), optional
   * {@code collectorRelation} and {@code collectedAt} (now if absent); or {@code POSTED} with {@code carrier},
   * {@code trackingNumber} and {@code postedOn} (today if absent). {@code DOWNLOADED} is recorded by itself
   * when the applicant first downloads the result. 201 with the ID number in full this once (masked
   * everywhere else); 400 VALIDATION_FAILED with {@code errors[]} by field; 403 DELIVERY_CLERK_REQUIRED for
   * other staff who may see the case; 404 for everyone else; 409 DELIVERY_NO_RESULT_YET.
   */
  @PostMapping
  ResponseEntity<Recorded> record(Principal principal, @PathVariable String caseNumber,
      @RequestBody DeliveryRequest request) {
    DeliveryMethod method = null;
    if (request.method() != null) {
      try {
        method = DeliveryMethod.valueOf(request.method().strip());
      } catch (IllegalArgumentException unknown) {
        // reported as a missing method, with the methods in words
      }
    }
    Delivery d = deliveries.record(caseNumber, accounts.require(principal.getName()), new NewDelivery(method,
        request.collectorName(), request.collectorIdNumber(), request.collectorRelation(),
        request.collectedAt() == null ? null
            : request.collectedAt().atZoneSameInstant(clock.getZone()).toLocalDateTime(),
        request.carrier(), request.trackingNumber(), request.postedOn()));
    return ResponseEntity.created(URI.create("/api/v1/console/cases/" + caseNumber + "/deliveries/" + d.id()))
        .body(Recorded.of(caseNumber, StaffCaseView.DeliveryRow.of(d, clock.getZone()), d.collectorIdNumber().orElse(null)));
  }

  /** What the clerk reports. */
  record DeliveryRequest(String method, String collectorName, String collectorIdNumber, String collectorRelation,
      OffsetDateTime collectedAt, String carrier, String trackingNumber, LocalDate postedOn) {
  }

  /** The handing-over recorded, with the collector's ID number in full for the clerk who typed it. */
  record Recorded(String deliveryId, String caseNumber, String method, String result, String collectorName,
      String collectorIdNumber, String collectorIdMasked, String collectorRelation, OffsetDateTime deliveredAt,
      String carrier, String trackingNumber, LocalDate postedOn, OffsetDateTime recordedAt, String recordedBy) {

    static Recorded of(String caseNumber, StaffCaseView.DeliveryRow r, String idNumber) {
      return new Recorded(r.deliveryId(), caseNumber, r.method(), r.result(), r.collectorName(), idNumber,
          r.collectorIdMasked(), r.collectorRelation(), r.deliveredAt(), r.carrier(), r.trackingNumber(),
          r.postedOn(), r.recordedAt(), r.recordedBy());
    }
  }
}
