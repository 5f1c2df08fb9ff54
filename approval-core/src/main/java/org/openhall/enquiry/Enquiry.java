package org.openhall.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openhall.catalogue.form.PhoneNumber;

/**
 * 首问负责 (first-enquiry responsibility): one question put to a member of staff, who answered it or
 * referred the asker to the department or window that can. Recorded once, never edited.
 */
@Entity
@Table(name = "enquiry")
public class Enquiry {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(name = "asker_name", nullable = false, length = 100)
  private String askerName;

  @Column(name = "asker_phone", length = 20)
  private String askerPhone;

  @Column(name = "item_code", length = 32)
  private String itemCode;

  @Column(name = "item_name", length = 200)
  private String itemName;

  @Column(nullable = false, length = 2000)
  private String question;

  @Column(length = 2000)
  private String answer;

  @Column(name = "referred_to", length = 200)
  private String referredTo;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by_account_id", nullable = false, length = 36)
  private String recordedByAccountId;

  @Column(name = "recorded_by_name", nullable = false, length = 100)
  private String recordedByName;

  protected Enquiry() {
  }

  Enquiry(String departmentCode, String askerName, String askerPhone, String itemCode, String itemName,
      String question, String answer, String referredTo, Instant recordedAt, String recordedByAccountId,
      String recordedByName) {
    this.id = UUID.randomUUID().toString();
    this.departmentCode = departmentCode;
    this.askerName = askerName;
    this.askerPhone = askerPhone;
    this.itemCode = itemCode;
    this.itemName = itemName;
    this.question = question;
    this.answer = answer;
    this.referredTo = referredTo;
    this.recordedAt = recordedAt;
    this.recordedByAccountId = recordedByAccountId;
    this.recordedByName = recordedByName;
  }

  public String id() {
    return id;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String askerName() {
    return askerName;
  }

  public Optional<String> askerPhone() {
    return Optional.ofNullable(askerPhone);
  }

  /** The phone as lists show it ({@code 138****5678}), or empty when none was given. */
  public Optional<String> askerPhoneMasked() {
    return askerPhone().map(PhoneNumber::mask);
  }

  public Optional<String> itemCode() {
    return Optional.ofNullable(itemCode);
  }

  /** The item's name when the enquiry was recorded. */
  public Optional<String> itemName() {
    return Optional.ofNullable(itemName);
  }

  public String question() {
    return question;
  }

  public Optional<String> answer() {
    return Optional.ofNullable(answer);
  }

  /** The department or window the asker was sent to, when they were referred. */
  public Optional<String> referredTo() {
    return Optional.ofNullable(referredTo);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedByAccountId() {
    return recordedByAccountId;
  }

  public String recordedByName() {
    return recordedByName;
  }
}
