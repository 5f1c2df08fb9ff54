package org.openhall.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change an administrator made: who, when, what, to what, and a summary before and after. */
@Entity
@Table(name = "admin_audit")
public class AdminAuditEntry {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(nullable = false, length = 32)
  private String action;

  @Column(name = "target_kind", nullable = false, length = 16)
  private String targetKind;

  @Column(nullable = false, length = 64)
  private String target;

  @Column(name = "before_summary", length = 2000)
  private String before;

  @Column(name = "after_summary", length = 2000)
  private String after;

  protected AdminAuditEntry() {
  }

  AdminAuditEntry(Instant at, String actor, String action, String targetKind, String target,
      String before, String after) {
    this.id = UUID.randomUUID().toString();
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.targetKind = targetKind;
    this.target = target;
    this.before = before;
    this.after = after;
  }

  public String id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String targetKind() {
    return targetKind;
  }

  public String target() {
    return target;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }
}
