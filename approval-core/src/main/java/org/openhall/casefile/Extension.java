package org.openhall.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** 延期 (行政许可法 §42): one request for more working days, and the head's decision on it. */
@Entity
@Table(name = "case_extension")
public class Extension {

  /** Where a request stands. */
  public enum Status { REQUESTED, GRANTED, REFUSED }

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case owner;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "requested_by", nullable = false, length = 36)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 36)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  protected Extension() {
  }

  Extension(Case owner, int workingDays, String reason, String requestedBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.owner = owner;
    this.workingDays = workingDays;
    this.reason = reason;
    this.status = Status.REQUESTED;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
  }

  void decide(boolean granted, String head, Instant at, String note) {
    this.status = granted ? Status.GRANTED : Status.REFUSED;
    this.decidedBy = head;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  public String id() {
    return id;
  }

  public int workingDays() {
    return workingDays;
  }

  public String reason() {
    return reason;
  }

  public Status status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decisionNote() {
    return Optional.ofNullable(decisionNote);
  }
}
