package org.openhall.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One e-mail or text message to one applicant, stored in the transaction of the change it reports and
 * delivered later by the {@link NotificationRelay}; a failed attempt only moves its next attempt on.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

  static final int ERROR_MAX = 200;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "recipient_account_id", nullable = false, length = 36)
  private String recipientAccountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private OutboxChannel channel;

  @Column(nullable = false, length = 254)
  private String address;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "case_number", length = 32)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OutboxStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_by", length = 64)
  private String claimedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = ERROR_MAX)
  private String lastError;

  /**
   * The order of writing, given by the database (V66): messages of one case written within one second
   * (MySQL keeps whole seconds) still go out in the order of their steps.
   */
  @Column(name = "sequence_number", insertable = false, updatable = false)
  private Long sequenceNumber;

  protected OutboxMessage() {
  }

  OutboxMessage(String recipientAccountId, OutboxChannel channel, String address, String subject,
      String body, String caseNumber, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.recipientAccountId = recipientAccountId;
    this.channel = channel;
    this.address = address;
    this.subject = subject;
    this.body = body;
    this.caseNumber = caseNumber;
    this.status = OutboxStatus.PENDING;
    this.createdAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String recipientAccountId() {
    return recipientAccountId;
  }

  public OutboxChannel channel() {
    return channel;
  }

  public String address() {
    return address;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public OutboxStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String lastError() {
    return lastError;
  }
}
