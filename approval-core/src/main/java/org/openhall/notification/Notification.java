package org.openhall.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.openhall.kernel.LocalizedText;

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

  @Column(name = "subject_en", length = 200)
  private String subjectEn;

  @Column(name = "body_en", length = 2000)
  private String bodyEn;

  @Column(name = "case_number", length = 32)
  private String caseNumber;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {
  }

  Notification(String recipient, String subject, String body, String caseNumber, Instant createdAt) {
    this(recipient, subject, body, null, null, caseNumber, createdAt);
  }

  /** A notification with its English text beside the Chinese one (ADR 0025); either may be null. */
  Notification(String recipient, String subject, String body, String subjectEn, String bodyEn,
      String caseNumber, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.subjectEn = subjectEn;
    this.bodyEn = bodyEn;
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

  /** The subject for a reader's locale: English when it was written in English too (ADR 0025). */
  public LocalizedText subjectIn(Locale locale) {
    return LocalizedText.of(subject, bodyEn == null ? null : subjectEn, locale);
  }

  /** The body for a reader's locale, with the subject's language. */
  public LocalizedText bodyIn(Locale locale) {
    return LocalizedText.of(body, subjectEn == null ? null : bodyEn, locale);
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
