package org.openhall.supervision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** 预警记录: one alert about one case (and stage), with the accounts it was sent to. */
@Entity
@Table(name = "alert")
public class Alert {

  /** The stage recorded for an alert about the whole case (the unique key needs a value, not null). */
  public static final String WHOLE_CASE = "CASE";

  @Id
  @Column(length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AlertKind kind;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Column(nullable = false, length = 16)
  private String stage;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(length = 64)
  private String handler;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "alert_recipient", joinColumns = @JoinColumn(name = "alert_id"))
  @Column(name = "username", length = 64)
  private Set<String> recipients = new TreeSet<>();

  protected Alert() {
  }

  Alert(AlertKind kind, String caseNumber, String stage, String departmentCode, String handler,
      LocalDate dueDate, Instant raisedAt, Collection<String> recipients) {
    this.id = UUID.randomUUID().toString();
    this.kind = kind;
    this.caseNumber = caseNumber;
    this.stage = stage == null ? WHOLE_CASE : stage;
    this.departmentCode = departmentCode;
    this.handler = handler;
    this.dueDate = dueDate;
    this.raisedAt = raisedAt;
    this.recipients = new TreeSet<>(recipients);
  }

  public String id() {
    return id;
  }

  public AlertKind kind() {
    return kind;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String stage() {
    return stage;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String handler() {
    return handler;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  /** The case is finished: the alert stays on record, no longer open. */
  void resolve(Instant at) {
    if (resolvedAt == null) {
      resolvedAt = at;
    }
  }

  /** Who was notified, sorted. */
  public List<String> recipients() {
    return List.copyOf(recipients);
  }
}
