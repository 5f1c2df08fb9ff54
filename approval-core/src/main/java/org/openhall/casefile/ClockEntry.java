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
import java.time.LocalDate;
import java.util.UUID;

/**
 * 计时台账: one row of a case's clock ledger (START, STOP, RESUME, EXTENSION); rows are only
 * ever added. {@code workingDays} is the promised days (START), the stopped working days (RESUME)
 * or the granted days (EXTENSION); the due dates are those in force after the row.
 */
@Entity
@Table(name = "case_clock_entry")
public class ClockEntry {

  /** What a ledger row records. */
  public enum Kind { START, STOP, RESUME, EXTENSION, RECALCULATION }

  /** Why the clock started, stopped or was extended. */
  public enum Reason { ACCEPTANCE, DEEMED_ACCEPTANCE, CORRECTION, SPECIAL_PROCEDURE, EXTENSION, CALENDAR }

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case owner;

  @Column(name = "sequence_number", nullable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Reason reason;

  @Column(length = 2000)
  private String note;

  @Column(name = "actor_id", length = 36)
  private String actorId;

  @Column(name = "actor_role", nullable = false, length = 16)
  private String actorRole;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "legal_due_date")
  private LocalDate legalDueDate;

  protected ClockEntry() {
  }

  /** The due dates in force after this row, known once the ledger is replayed with it. */
  void dueDatesAfter(LocalDate dueDate, LocalDate legalDueDate) {
    this.dueDate = dueDate;
    this.legalDueDate = legalDueDate;
  }

  ClockEntry(Case owner, int sequence, Kind kind, Reason reason, String note, Actor actor,
      Instant at, LocalDate effectiveOn, int workingDays, LocalDate dueDate, LocalDate legalDueDate) {
    this.id = UUID.randomUUID().toString();
    this.owner = owner;
    this.sequence = sequence;
    this.kind = kind;
    this.reason = reason;
    this.note = note;
    this.actorId = actor.accountId();
    this.actorRole = actor.role();
    this.at = at;
    this.effectiveOn = effectiveOn;
    this.workingDays = workingDays;
    this.dueDate = dueDate;
    this.legalDueDate = legalDueDate;
  }

  public int sequence() {
    return sequence;
  }

  public Kind kind() {
    return kind;
  }

  public Reason reason() {
    return reason;
  }

  public String note() {
    return note;
  }

  public String actorId() {
    return actorId;
  }

  public String actorRole() {
    return actorRole;
  }

  public Instant at() {
    return at;
  }

  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  public int workingDays() {
    return workingDays;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public LocalDate legalDueDate() {
    return legalDueDate;
  }
}
