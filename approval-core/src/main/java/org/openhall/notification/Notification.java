package org.openhall.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message in one account's inbox; read once the recipient marks it so. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 64)
  private String recipient;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 2000)
  private String body;

  @Column(name = "case_number", length = 32)
  private String caseNumber;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {
  }

  Notification(String recipient, String subject, String body, String caseNumber, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.caseNumber = caseNumber;
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String recipient() {
    return recipient;
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

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }

  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }
}
