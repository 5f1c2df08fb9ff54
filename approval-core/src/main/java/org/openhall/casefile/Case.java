package org.openhall.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDayCalendar;
import org.openhall.catalogue.ItemVersion;
import org.openhall.kernel.DomainException;

/**
 * 办件: one application of one applicant for one item version. Every state change is a method
 * that refuses an illegal move and appends a timeline row; the rows are the status history.
 */
@Entity(name = "CaseFile")
@Table(name = "case_file")
public class Case {

  @Id
  @Column(length = 36)
  private String id;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Column(name = "item_version_id", nullable = false, length = 36)
  private String itemVersionId;

  @Column(name = "item_code", nullable = false, length = 32)
  private String itemCode;

  @Column(name = "item_name", nullable = false, length = 200)
  private String itemName;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(name = "process_key", nullable = false, length = 64)
  private String processKey;

  @Column(name = "promised_days", nullable = false)
  private int promisedDays;

  @Column(name = "legal_days", nullable = false)
  private int legalDays;

  @Embedded
  private Applicant applicant;

  @Column(name = "filed_by_account_id", nullable = false, length = 36)
  private String filedByAccountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private CaseStatus status;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "due_date_provisional", nullable = false)
  private boolean dueDateProvisional;

  @Column(name = "legal_due_date")
  private LocalDate legalDueDate;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "correction_issued_at")
  private Instant correctionIssuedAt;

  @Column(name = "idempotency_key", length = 100)
  private String idempotencyKey;

  @Column(name = "form_data", nullable = false)
  private String formData;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "case_material", joinColumns = @JoinColumn(name = "case_id"))
  private Set<MaterialRef> materials = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "case_correction_item", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<CorrectionItem> correctionItems = new ArrayList<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = false)
  @OrderBy("sequence")
  private List<CaseEvent> timeline = new ArrayList<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = false)
  @OrderBy("sequence")
  private List<ClockEntry> clockEntries = new ArrayList<>();

  /** The status to return to when a special procedure ends. */
  @Enumerated(EnumType.STRING)
  @Column(name = "resume_status", length = 32)
  private CaseStatus resumeStatus;

  /** 容缺: requirement ids of deferrable materials still outstanding, comma-separated. */
  @Column(name = "outstanding_deferrables", length = 500)
  private String outstandingDeferrables;

  protected Case() {
  }

  Case(String caseNumber, ItemVersion item, Applicant applicant, String filedByAccountId,
      Channel channel, String formDataJson, Set<MaterialRef> materials, String idempotencyKey,
      Instant at, Actor actor) {
    this.id = UUID.randomUUID().toString();
    this.caseNumber = caseNumber;
    this.itemVersionId = item.id();
    this.itemCode = item.code();
    this.itemName = item.name();
    this.departmentCode = item.leadDepartment();
    this.processKey = item.processKey();
    this.promisedDays = item.promisedDays();
    this.legalDays = item.legalDays();
    this.applicant = applicant;
    this.filedByAccountId = filedByAccountId;
    this.channel = channel;
    this.formData = formDataJson;
    this.materials = new LinkedHashSet<>(materials);
    this.idempotencyKey = idempotencyKey;
    this.submittedAt = at;
    this.status = CaseStatus.SUBMITTED;
    record(at, CaseStage.SUBMIT, CaseAction.SUBMITTED, actor, null);
  }

  /**
   * 受理: the clerk accepts on {@code startedOn}; the clock starts (a START row) and both due
   * dates are fixed; deferrable materials not yet given are recorded as outstanding.
   */
  void accept(Actor clerk, Instant at, LocalDate startedOn, DueDates due, String opinion,
      Set<String> outstanding) {
    require(CaseAction.ACCEPTED, CaseStatus.SUBMITTED);
    startClock(clerk, at, at, startedOn, due, outstanding, ClockEntry.Reason.ACCEPTANCE);
    record(at, CaseStage.ACCEPT, CaseAction.ACCEPTED, clerk, opinion);
  }

  /**
   * 视为受理 (行政许可法 §32): no acceptance decision within 5 working days of receipt; the case
   * counts as accepted as of {@code receivedAt} and its clock runs from {@code receivedOn}.
   */
  void deemAccepted(Instant at, Instant receivedAt, LocalDate receivedOn, DueDates due,
      Set<String> outstanding) {
    require(CaseAction.DEEMED_ACCEPTED, CaseStatus.SUBMITTED);
    startClock(Actor.SYSTEM, at, receivedAt, receivedOn, due, outstanding,
        ClockEntry.Reason.DEEMED_ACCEPTANCE);
    record(at, CaseStage.ACCEPT, CaseAction.DEEMED_ACCEPTED, Actor.SYSTEM, null);
  }

  private void startClock(Actor actor, Instant at, Instant acceptedAt, LocalDate startedOn,
      DueDates due, Set<String> outstanding, ClockEntry.Reason reason) {
    this.acceptedAt = acceptedAt;
    this.dueDate = due.promised();
    this.legalDueDate = due.legal();
    this.dueDateProvisional = due.provisional();
    this.status = CaseStatus.ACCEPTED;
    this.outstandingDeferrables = outstanding.isEmpty() ? null : String.join(",", outstanding);
    ledger(ClockEntry.Kind.START, reason, null, actor, at, startedOn, promisedDays);
  }

  /** 即办: an instant item is decided at the window right after acceptance. */
  void approveAtWindow(Actor clerk, Instant at) {
    require(CaseAction.APPROVED, CaseStatus.ACCEPTED);
    requireNoOutstandingDeferrables();
    this.status = CaseStatus.APPROVED;
    record(at, CaseStage.DECIDE, CaseAction.APPROVED, clerk, null);
  }

  /** 备案: a filing item is recorded at once and never becomes an approval. */
  void file(Actor actor, Instant at) {
    require(CaseAction.FILED, CaseStatus.SUBMITTED);
    this.status = CaseStatus.FILED;
    this.completedAt = at;
    record(at, CaseStage.ACCEPT, CaseAction.FILED, actor, null);
  }

  /** 特别程序 starts (hearing, expert review, inspection, testing): the clock stops. */
  void startSpecialProcedure(Actor actor, Instant at, LocalDate on, SpecialProcedureKind kind,
      String reason) {
    require(CaseAction.SPECIAL_PROCEDURE_STARTED, CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW);
    requireReason(reason, CaseAction.SPECIAL_PROCEDURE_STARTED);
    this.resumeStatus = status;
    this.status = CaseStatus.SPECIAL_PROCEDURE;
    String note = kind.name() + ": " + reason;
    ledger(ClockEntry.Kind.STOP, ClockEntry.Reason.SPECIAL_PROCEDURE, note, actor, at, on, 0);
    record(at, CaseStage.SPECIAL, CaseAction.SPECIAL_PROCEDURE_STARTED, actor, note);
  }

  /** The special procedure ends: the clock runs again and both due dates move by the stop. */
  int endSpecialProcedure(Actor actor, Instant at, LocalDate on, WorkingDayCalendar calendar,
      String note) {
    require(CaseAction.SPECIAL_PROCEDURE_ENDED, CaseStatus.SPECIAL_PROCEDURE);
    this.status = resumeStatus;
    this.resumeStatus = null;
    int stopped = resumeClock(actor, at, on, calendar, ClockEntry.Reason.SPECIAL_PROCEDURE, note);
    record(at, CaseStage.SPECIAL, CaseAction.SPECIAL_PROCEDURE_ENDED, actor, note);
    return stopped;
  }

  /** 延期: an approver grants more working days with a written reason; both due dates move. */
  void extend(Actor approver, Instant at, LocalDate on, WorkingDayCalendar calendar,
      int workingDays, String reason) {
    require(CaseAction.EXTENDED, CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW,
        CaseStatus.SPECIAL_PROCEDURE);
    requireReason(reason, CaseAction.EXTENDED);
    if (workingDays < 1 || workingDays > legalDays + 30) {
      throw DomainException.invalid("EXTENSION_DAYS_INVALID", workingDays);
    }
    moveDueDates(calendar, workingDays);
    ledger(ClockEntry.Kind.EXTENSION, ClockEntry.Reason.EXTENSION, reason, approver, at, on,
        workingDays);
    record(at, CaseStage.DECIDE, CaseAction.EXTENDED, approver, "+" + workingDays + ": " + reason);
  }

  /** 容缺补齐: the applicant hands in deferrable materials outstanding since acceptance. */
  void supplyDeferred(Actor applicantActor, Instant at, Set<MaterialRef> added) {
    require(CaseAction.DEFERRED_MATERIAL_SUPPLIED, CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW,
        CaseStatus.SPECIAL_PROCEDURE);
    Set<String> outstanding = new LinkedHashSet<>(outstandingDeferrables());
    if (outstanding.isEmpty()) {
      throw new IllegalCaseTransition(caseNumber, status, CaseAction.DEFERRED_MATERIAL_SUPPLIED);
    }
    this.materials.addAll(added);
    added.forEach(m -> outstanding.remove(m.requirementId()));
    this.outstandingDeferrables = outstanding.isEmpty() ? null : String.join(",", outstanding);
    record(at, CaseStage.REVIEW, CaseAction.DEFERRED_MATERIAL_SUPPLIED, applicantActor,
        added.stream().map(MaterialRef::requirementId).sorted().reduce((a, b) -> a + "," + b).orElse(""));
  }

  /** 不予受理: refused at acceptance, with the written reason. */
  void refuse(Actor clerk, Instant at, String reason) {
    require(CaseAction.NOT_ACCEPTED, CaseStatus.SUBMITTED);
    requireReason(reason, CaseAction.NOT_ACCEPTED);
    this.status = CaseStatus.NOT_ACCEPTED;
    this.completedAt = at;
    record(at, CaseStage.ACCEPT, CaseAction.NOT_ACCEPTED, clerk, reason);
  }

  /**
   * 一次性告知: everything missing or faulty, in one notice, on {@code on}; the applicant must
   * supplement. The clock (before acceptance: the acceptance period) stops.
   */
  void requireCorrection(Actor clerk, Instant at, LocalDate on, List<CorrectionItem> items,
      String opinion) {
    require(CaseAction.CORRECTION_REQUIRED, CaseStatus.SUBMITTED);
    if (items.isEmpty()) {
      throw DomainException.invalid("CORRECTION_ITEMS_MISSING", caseNumber);
    }
    this.correctionItems = new ArrayList<>(items);
    this.correctionIssuedAt = at;
    this.status = CaseStatus.CORRECTION_REQUIRED;
    ledger(ClockEntry.Kind.STOP, ClockEntry.Reason.CORRECTION, opinion, clerk, at, on, 0);
    record(at, CaseStage.ACCEPT, CaseAction.CORRECTION_REQUIRED, clerk, opinion);
  }

  /**
   * 补正: the applicant supplies what the notice asked for on {@code on}; the case is back at
   * acceptance: the clock runs again (a RESUME row with the stopped working days); if it
   * had started already, both due dates move by exactly those days. Returns the stopped days.
   */
  int supplement(Actor applicantActor, Instant at, LocalDate on, WorkingDayCalendar calendar,
      Set<MaterialRef> added) {
    require(CaseAction.SUPPLEMENTED, CaseStatus.CORRECTION_REQUIRED);
    this.materials.addAll(added);
    this.status = CaseStatus.SUBMITTED;
    int stopped = resumeClock(applicantActor, at, on, calendar, ClockEntry.Reason.CORRECTION, null);
    record(at, CaseStage.ACCEPT, CaseAction.SUPPLEMENTED, applicantActor, null);
    return stopped;
  }

  /** 审查: the department's review opinion. */
  void review(Actor reviewer, Instant at, boolean passed, String opinion) {
    CaseAction action = passed ? CaseAction.REVIEW_PASSED : CaseAction.REVIEW_FAILED;
    require(action, CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW);
    this.status = CaseStatus.UNDER_REVIEW;
    record(at, CaseStage.REVIEW, action, reviewer, opinion);
  }

  /** 决定: approve or deny with written reasons. */
  void decide(Actor approver, Instant at, boolean approved, String opinion) {
    CaseAction action = approved ? CaseAction.APPROVED : CaseAction.DENIED;
    require(action, CaseStatus.UNDER_REVIEW);
    if (!approved) {
      requireReason(opinion, action);
      this.completedAt = at;
    } else {
      requireNoOutstandingDeferrables();
    }
    this.status = approved ? CaseStatus.APPROVED : CaseStatus.DENIED;
    record(at, CaseStage.DECIDE, action, approver, opinion);
  }

  /** 制证: the licence is issued; the case is completed. */
  void issued(Actor actor, Instant at, String licenceNumber) {
    require(CaseAction.ISSUED, CaseStatus.APPROVED);
    this.status = CaseStatus.ISSUED;
    this.completedAt = at;
    record(at, CaseStage.ISSUE, CaseAction.ISSUED, actor, licenceNumber);
  }

  /** 撤回: the applicant withdraws before any decision. */
  void withdraw(Actor applicantActor, Instant at, String reason) {
    require(CaseAction.WITHDRAWN, CaseStatus.SUBMITTED, CaseStatus.CORRECTION_REQUIRED,
        CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW, CaseStatus.SPECIAL_PROCEDURE);
    this.status = CaseStatus.WITHDRAWN;
    this.completedAt = at;
    record(at, CaseStage.CLOSE, CaseAction.WITHDRAWN, applicantActor, reason);
  }

  private int resumeClock(Actor actor, Instant at, LocalDate on, WorkingDayCalendar calendar,
      ClockEntry.Reason reason, String note) {
    ClockEntry stop = openStop().orElseThrow(() -> new IllegalStateException(
        "case " + caseNumber + " has no open clock stop"));
    int stopped = calendar.workingDaysBetween(stop.effectiveOn(), on);
    if (clockStarted()) {
      moveDueDates(calendar, stopped);
    }
    ledger(ClockEntry.Kind.RESUME, reason, note, actor, at, on, stopped);
    return stopped;
  }

  private void moveDueDates(WorkingDayCalendar calendar, int workingDays) {
    if (dueDate == null || workingDays == 0) {
      return;
    }
    DueDate promised = calendar.shift(new DueDate(dueDate, dueDateProvisional), workingDays);
    DueDate legal = calendar.shift(new DueDate(legalDueDate, dueDateProvisional), workingDays);
    this.dueDate = promised.date();
    this.legalDueDate = legal.date();
    this.dueDateProvisional = promised.provisional() || legal.provisional();
  }

  private void requireNoOutstandingDeferrables() {
    if (!outstandingDeferrables().isEmpty()) {
      throw DomainException.conflict("DEFERRABLE_MATERIALS_OUTSTANDING", caseNumber,
          String.join(", ", outstandingDeferrables()));
    }
  }

  private void ledger(ClockEntry.Kind kind, ClockEntry.Reason reason, String note, Actor actor,
      Instant at, LocalDate on, int workingDays) {
    clockEntries.add(new ClockEntry(this, clockEntries.size() + 1, kind, reason, note, actor, at,
        on, workingDays, dueDate, legalDueDate));
  }

  /** The STOP row the clock is standing on, if it stands still. */
  public Optional<ClockEntry> openStop() {
    for (int i = clockEntries.size() - 1; i >= 0; i--) {
      ClockEntry e = clockEntries.get(i);
      if (e.kind() == ClockEntry.Kind.STOP) {
        return Optional.of(e);
      }
      if (e.kind() == ClockEntry.Kind.RESUME) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the clock was started (accepted or deemed accepted). */
  public boolean clockStarted() {
    return clockEntries.stream().anyMatch(e -> e.kind() == ClockEntry.Kind.START);
  }

  /** The clock ledger, oldest row first. */
  public List<ClockEntry> clockEntries() {
    return List.copyOf(clockEntries);
  }

  /** 容缺: requirement ids of deferrable materials not yet handed in. */
  public List<String> outstandingDeferrables() {
    return outstandingDeferrables == null || outstandingDeferrables.isBlank() ? List.of()
        : List.of(outstandingDeferrables.split(","));
  }

  /** The day the application (or its last supplement) was received: §32's 5 days run from it. */
  public Instant receivedAt() {
    Instant received = submittedAt;
    for (CaseEvent e : timeline) {
      if (e.action() == CaseAction.SUPPLEMENTED) {
        received = e.at();
      }
    }
    return received;
  }

  private void require(CaseAction attempted, CaseStatus first, CaseStatus... rest) {
    if (!EnumSet.of(first, rest).contains(status)) {
      throw new IllegalCaseTransition(caseNumber, status, attempted);
    }
  }

  private void requireReason(String reason, CaseAction action) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("REASON_REQUIRED", action.name());
    }
  }

  private void record(Instant at, CaseStage stage, CaseAction action, Actor actor, String note) {
    timeline.add(new CaseEvent(this, timeline.size() + 1, at, stage, action, status, actor, note));
  }

  public String id() {
    return id;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String itemVersionId() {
    return itemVersionId;
  }

  public String itemCode() {
    return itemCode;
  }

  public String itemName() {
    return itemName;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String processKey() {
    return processKey;
  }

  public int promisedDays() {
    return promisedDays;
  }

  public int legalDays() {
    return legalDays;
  }

  public Applicant applicant() {
    return applicant;
  }

  public String filedByAccountId() {
    return filedByAccountId;
  }

  public Channel channel() {
    return channel;
  }

  public CaseStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Optional<Instant> acceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  public boolean dueDateProvisional() {
    return dueDateProvisional;
  }

  public Optional<LocalDate> legalDueDate() {
    return Optional.ofNullable(legalDueDate);
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  public Optional<Instant> correctionIssuedAt() {
    return Optional.ofNullable(correctionIssuedAt);
  }

  public List<CorrectionItem> correctionItems() {
    return List.copyOf(correctionItems);
  }

  public String formDataJson() {
    return formData;
  }

  public Set<MaterialRef> materials() {
    return Set.copyOf(materials);
  }

  public List<CaseEvent> timeline() {
    return List.copyOf(timeline);
  }

  /** Whether the account filed this case or is its applicant. */
  public boolean belongsTo(String accountId) {
    return accountId.equals(applicant.accountId()) || accountId.equals(filedByAccountId);
  }

  /** The promised and legal due dates fixed at acceptance. */
  public record DueDates(LocalDate promised, LocalDate legal, boolean provisional) {
  }
}
