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
import java.util.UUID;

/** 全程留痕: one row of a case's history; rows are only ever added. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case owner;

  @Column(name = "sequence_number", nullable = false)
  private int sequence;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseStage stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private CaseAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after", nullable = false, length = 32)
  private CaseStatus statusAfter;

  @Column(name = "actor_id", length = 36)
  private String actorId;

  @Column(name = "actor_role", nullable = false, length = 16)
  private String actorRole;

  @Column(length = 2000)
  private String note;

  /** The department whose staff gave this row, where it is not the lead (a co-department review). */
  @Column(name = "department_code", length = 32)
  private String departmentCode;

  protected CaseEvent() {
  }

  CaseEvent(Case owner, int sequence, Instant at, CaseStage stage, CaseAction action,
      CaseStatus statusAfter, Actor actor, String note) {
    this.id = UUID.randomUUID().toString();
    this.owner = owner;
    this.sequence = sequence;
    this.at = at;
    this.stage = stage;
    this.action = action;
    this.statusAfter = statusAfter;
    this.actorId = actor.accountId();
    this.actorRole = actor.role();
    this.note = note;
  }

  public int sequence() {
    return sequence;
  }

  public Instant at() {
    return at;
  }

  public CaseStage stage() {
    return stage;
  }

  public CaseAction action() {
    return action;
  }

  public CaseStatus statusAfter() {
    return statusAfter;
  }

  public String actorId() {
    return actorId;
  }

  public String actorRole() {
    return actorRole;
  }

  public String note() {
    return note;
  }

  public String departmentCode() {
    return departmentCode;
  }

  CaseEvent department(String code) {
    this.departmentCode = code;
    return this;
  }
}
