package org.openhall.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.openhall.catalogue.form.ResidentIdNumber;

/**
 * 送达: one handing-over of a case's result, recorded once and never changed: who collected it at the
 * window (their ID checked), or the carrier and tracking number it was posted with, or that the applicant
 * downloaded it online. A download is recorded once per case ({@code onceKey}).
 */
@Entity
@Table(name = "result_delivery")
public class Delivery {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DeliveryMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivered_result", nullable = false, length = 16)
  private DeliveredResult result;

  @Column(name = "collector_name", length = 100)
  private String collectorName;

  @Column(name = "collector_id_number", length = 18)
  private String collectorIdNumber;

  @Column(name = "collector_relation", length = 100)
  private String collectorRelation;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(length = 100)
  private String carrier;

  @Column(name = "tracking_number", length = 40)
  private String trackingNumber;

  @Column(name = "posted_on")
  private LocalDate postedOn;

  /** The case number for a download (unique: one per case), null for the other methods. */
  @Column(name = "once_key", length = 32, unique = true)
  private String onceKey;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by_account_id", length = 36)
  private String recordedByAccountId;

  @Column(name = "recorded_by_name", length = 100)
  private String recordedByName;

  protected Delivery() {
  }

  private Delivery(String caseNumber, String departmentCode, DeliveryMethod method, DeliveredResult result,
      Instant recordedAt, String recordedByAccountId, String recordedByName) {
    this.id = UUID.randomUUID().toString();
    this.caseNumber = caseNumber;
    this.departmentCode = departmentCode;
    this.method = method;
    this.result = result;
    this.recordedAt = recordedAt;
    this.recordedByAccountId = recordedByAccountId;
    this.recordedByName = recordedByName;
  }

  static Delivery collected(String caseNumber, String departmentCode, DeliveredResult result, String name,
      String idNumber, String relation, Instant collectedAt, Instant recordedAt, String byId, String byName) {
    Delivery d = new Delivery(caseNumber, departmentCode, DeliveryMethod.COLLECTED_AT_WINDOW, result, recordedAt,
        byId, byName);
    d.collectorName = name;
    d.collectorIdNumber = idNumber;
    d.collectorRelation = relation;
    d.deliveredAt = collectedAt;
    return d;
  }

  static Delivery posted(String caseNumber, String departmentCode, DeliveredResult result, String carrier,
      String trackingNumber, LocalDate postedOn, Instant recordedAt, String byId, String byName) {
    Delivery d = new Delivery(caseNumber, departmentCode, DeliveryMethod.POSTED, result, recordedAt, byId, byName);
    d.carrier = carrier;
    d.trackingNumber = trackingNumber;
    d.postedOn = postedOn;
    return d;
  }

  static Delivery downloaded(String caseNumber, String departmentCode, DeliveredResult result, Instant at,
      String byAccountId) {
    Delivery d = new Delivery(caseNumber, departmentCode, DeliveryMethod.DOWNLOADED, result, at, byAccountId, null);
    d.deliveredAt = at;
    d.onceKey = caseNumber;
    return d;
  }

  public String id() {
    return id;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public DeliveryMethod method() {
    return method;
  }

  public DeliveredResult result() {
    return result;
  }

  public Optional<String> collectorName() {
    return Optional.ofNullable(collectorName);
  }

  /** The collector's ID number in full: only for the answer to the clerk who recorded it. */
  public Optional<String> collectorIdNumber() {
    return Optional.ofNullable(collectorIdNumber);
  }

  /** The collector's ID number as everyone else sees it ({@code 3501**********1234}). */
  public Optional<String> collectorIdMasked() {
    return collectorIdNumber().map(ResidentIdNumber::mask);
  }

  public Optional<String> collectorRelation() {
    return Optional.ofNullable(collectorRelation);
  }

  /** When it was collected or downloaded (empty for a posting, which has {@link #postedOn()}). */
  public Optional<Instant> deliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }

  public Optional<String> carrier() {
    return Optional.ofNullable(carrier);
  }

  public Optional<String> trackingNumber() {
    return Optional.ofNullable(trackingNumber);
  }

  public Optional<LocalDate> postedOn() {
    return Optional.ofNullable(postedOn);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<String> recordedByName() {
    return Optional.ofNullable(recordedByName);
  }
}
