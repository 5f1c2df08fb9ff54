package org.openhall.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One text message the demo's {@link SmsLogGateway} recorded instead of sending it. */
@Entity
@Table(name = "sms_message_log")
public class SmsLogEntry {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 20)
  private String phone;

  @Column(nullable = false, length = 500)
  private String text;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected SmsLogEntry() {
  }

  SmsLogEntry(String phone, String text, Instant sentAt) {
    this.id = UUID.randomUUID().toString();
    this.phone = phone;
    this.text = text;
    this.sentAt = sentAt;
  }

  public String phone() {
    return phone;
  }

  public String text() {
    return text;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
