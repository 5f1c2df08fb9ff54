package org.openhall.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.WarningColour;
import org.openhall.identity.Role;

/** One user task as OpenHall indexes it: who may work on it, for which case, by when. */
@Entity
@Table(name = "work_item")
class WorkItem {

  @Id
  @Column(name = "task_id", length = 64)
  private String taskId;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Column(name = "item_code", nullable = false, length = 32)
  private String itemCode;

  @Column(name = "item_name", nullable = false, length = 200)
  private String itemName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseStage stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(name = "due_date")
  private LocalDate dueDate;

  /** The last day of this stage's own budget (环节时限), moved with the clock; null for none. */
  @Column(name = "stage_due_date")
  private LocalDate stageDueDate;

  /** The next day the deadline sweep looks at this item; null: nothing can change until a date moves. */
  @Column(name = "next_check_on")
  private LocalDate nextCheckOn;

  @Column(length = 64)
  private String assignee;

  /** The colour the WarningPolicy last gave this item, for the worklist's warning filter. */
  @Enumerated(EnumType.STRING)
  @Column(length = 8)
  private WarningColour warning;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by", length = 64)
  private String completedBy;

  @Column(length = 32)
  private String outcome;

  protected WorkItem() {
  }

  WorkItem(String taskId, String processInstanceId, String caseNumber, String itemCode,
      String itemName, CaseStage stage, Role role, String departmentCode, LocalDate dueDate,
      LocalDate stageDueDate, Instant createdAt, LocalDate today, WarningColour warning) {
    this.warning = warning;
    this.stageDueDate = stageDueDate;
    this.nextCheckOn = today;
    this.taskId = taskId;
    this.processInstanceId = processInstanceId;
    this.caseNumber = caseNumber;
    this.itemCode = itemCode;
    this.itemName = itemName;
    this.stage = stage;
    this.role = role;
    this.departmentCode = departmentCode;
    this.dueDate = dueDate;
    this.createdAt = createdAt;
  }

  void claim(String username) {
    this.assignee = username;
  }

  void complete(String username, String outcome, Instant at) {
    this.completedBy = username;
    this.outcome = outcome;
    this.completedAt = at;
  }

  /**
   * The case's dates moved (clock stop, resume, extension, recount): the due date follows, the stage
   * budget moves by the same working days, and the sweep looks again today.
   */
  void moveDates(LocalDate dueDate, LocalDate stageDueDate, LocalDate today, WarningColour warning) {
    this.warning = warning;
    this.dueDate = dueDate;
    this.stageDueDate = stageDueDate;
    this.nextCheckOn = today;
  }

  /** The sweep looked: the colour it found and the next day its warnings may change. */
  void checked(LocalDate next, WarningColour warning) {
    this.nextCheckOn = next;
    this.warning = warning;
  }

  void release() {
    this.assignee = null;
  }

  Instant createdAt() {
    return createdAt;
  }

  LocalDate stageDueDate() {
    return stageDueDate;
  }

  /** The task went away without being completed (withdrawal, interruption). */
  void cancel(Instant at) {
    this.completedAt = at;
    this.outcome = "CANCELLED";
  }

  boolean open() {
    return completedAt == null;
  }

  String taskId() {
    return taskId;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  String caseNumber() {
    return caseNumber;
  }

  String itemCode() {
    return itemCode;
  }

  String itemName() {
    return itemName;
  }

  CaseStage stage() {
    return stage;
  }

  Role role() {
    return role;
  }

  String departmentCode() {
    return departmentCode;
  }

  LocalDate dueDate() {
    return dueDate;
  }

  String assignee() {
    return assignee;
  }
}
