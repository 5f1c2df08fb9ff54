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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openhall.calendar.WorkingDayCalendar;
import org.openhall.catalogue.ItemVersion;
import org.openhall.kernel.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.openhall.calendar.WorkingDayCount;

/**
 * 办件: one application of one applicant for one item version. Every state change is a method
 * that refuses an illegal move and appends a timeline row; the rows are the status history.
 */
@Entity(name = "CaseFile")
@Table(name = "case_file")
public class Case extends AbstractAggregateRoot<Case> {

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

  @Embedded
  private LegalClock clock = LegalClock.empty();

  /** 联办: the co-departments of a joint item, comma-separated codes (empty for the others). */
  @Column(name = "co_departments", length = 200)
  private String coDepartments;

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

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = false)
  @OrderBy("requestedAt")
  private List<Extension> extensions = new ArrayList<>();

  /** The status to return to when a special procedure ends. */
  @Enumerated(EnumType.STRING)
  @Column(name = "resume_status", length = 32)
  private CaseStatus resumeStatus;

  /** 容缺: requirement ids of deferrable materials still outstanding, comma-separated. */
  @Column(name = "outstanding_deferrables", length = 500)
  private String outstandingDeferrables;

  /** 代办: the agent who filed for the applicant under a mandate; null when the applicant filed. */
  @Embedded
  private Agent agent;

  protected Case() {
  }

  Case(String caseNumber, ItemVersion item, Applicant applicant, String filedByAccountId,
      Channel channel, String formDataJson, Set<MaterialRef> materials, String idempotencyKey,
      Instant at, LocalDate receivedOn, WorkingDayCalendar calendar, Actor actor, Agent agent) {
    this.id = UUID.randomUUID().toString();
    this.caseNumber = caseNumber;
    this.itemVersionId = item.id();
    this.itemCode = item.code();
    this.itemName = item.name();
    this.departmentCode = item.leadDepartment();
    this.coDepartments = String.join(",", item.guide().coDepartments());
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
    this.agent = agent;
    replay(calendar, receivedOn);
    record(at, CaseStage.SUBMIT, CaseAction.SUBMITTED, actor, null);
    registerEvent(new CaseSubmitted(caseNumber, processKey, itemCode, departmentCode));
  }

  /**
   * 受理: the clerk accepts on {@code startedOn}; the clock starts (a START row) and both due
   * dates are fixed; deferrable materials not yet given are recorded as outstanding.
   */
  void accept(Actor clerk, Instant at, LocalDate startedOn, WorkingDayCalendar calendar, String opinion,
      Set<String> outstanding) {
    require(CaseAction.ACCEPTED, CaseStatus.SUBMITTED);
    startClock(clerk, at, at, startedOn, calendar, outstanding, ClockEntry.Reason.ACCEPTANCE);
    record(at, CaseStage.ACCEPT, CaseAction.ACCEPTED, clerk, opinion);
    registerAccepted();
  }

  /**
   * 视为受理 (行政许可法 §32): no acceptance decision within 5 working days of receipt; the case
   * counts as accepted as of {@code receivedAt} and its clock runs from {@code receivedOn}. It is
   * accepted and nothing more: the case waits for a person's decision.
   */
  void deemAccepted(Instant at, Instant receivedAt, LocalDate receivedOn, WorkingDayCalendar calendar,
      Set<String> outstanding) {
    require(CaseAction.DEEMED_ACCEPTED, CaseStatus.SUBMITTED);
    LocalDate lastDay = clock.acceptanceDue().orElse(null);
    startClock(Actor.SYSTEM, at, receivedAt, receivedOn, calendar, outstanding,
        ClockEntry.Reason.DEEMED_ACCEPTANCE);
    record(at, CaseStage.ACCEPT, CaseAction.DEEMED_ACCEPTED, Actor.SYSTEM, null);
    registerAccepted();
    registerEvent(new CaseDeemedAccepted(caseNumber, departmentCode, lastDay));
  }

  private void startClock(Actor actor, Instant at, Instant acceptedAt, LocalDate startedOn,
      WorkingDayCalendar calendar, Set<String> outstanding, ClockEntry.Reason reason) {
    this.acceptedAt = acceptedAt;
    this.status = CaseStatus.ACCEPTED;
    this.outstandingDeferrables = outstanding.isEmpty() ? null : String.join(",", outstanding);
    ledger(ClockEntry.Kind.START, reason, null, actor, at, startedOn, promisedDays, calendar);
  }

  /**
   * 即办: the clerk who accepts an instant item decides it on the spot, as the same person; the
   * system never approves by itself.
   */
  void approveAtWindow(Actor clerk, Instant at, String opinion) {
    require(CaseAction.APPROVED, CaseStatus.ACCEPTED);
    requirePerson(clerk, CaseAction.APPROVED);
    requireNoOutstandingDeferrables();
    this.status = CaseStatus.APPROVED;
    record(at, CaseStage.DECIDE, CaseAction.APPROVED, clerk, opinion);
    registerEvent(new CaseDecided(caseNumber, true, opinion));
  }

  /** 备案: a filing item is recorded at once and never becomes an approval. */
  void file(Actor actor, Instant at, WorkingDayCalendar calendar) {
    require(CaseAction.FILED, CaseStatus.SUBMITTED);
    this.status = CaseStatus.FILED;
    this.completedAt = at;
    replay(calendar, null);
    record(at, CaseStage.ACCEPT, CaseAction.FILED, actor, null);
    registerCompleted();
  }

  /**
   * 特别程序 starts (§45): the clock stops; the kind, the reason and the expected working days are
   * recorded and told to the applicant.
   */
  void startSpecialProcedure(Actor actor, Instant at, LocalDate on, SpecialProcedureKind kind,
      Integer expectedDays, String reason, WorkingDayCalendar calendar) {
    SpecialProcedurePolicy.checkStart(this, kind, expectedDays, reason);
    this.resumeStatus = status;
    this.status = CaseStatus.SPECIAL_PROCEDURE;
    clock.startSpecialProcedure(kind, expectedDays);
    // The ledger keeps kind and days with the reason; people read the kind from the case's procedure.
    ledger(ClockEntry.Kind.STOP, ClockEntry.Reason.SPECIAL_PROCEDURE,
        kind.name() + " " + expectedDays + ": " + reason, actor, at, on, 0, calendar);
    int step = record(at, CaseStage.SPECIAL, CaseAction.SPECIAL_PROCEDURE_STARTED, actor, reason.strip())
        .sequence();
    registerMoved(0);
    registerEvent(new SpecialProcedureStarted(caseNumber, step, kind, expectedDays, reason.strip()));
  }

  /** The special procedure ends: the clock runs again and both due dates move by the stop. */
  int endSpecialProcedure(Actor actor, Instant at, LocalDate on, WorkingDayCalendar calendar,
      String note) {
    require(CaseAction.SPECIAL_PROCEDURE_ENDED, CaseStatus.SPECIAL_PROCEDURE);
    SpecialProcedureKind kind = clock.specialProcedure().orElse(null);
    this.status = resumeStatus;
    this.resumeStatus = null;
    clock.endSpecialProcedure();
    int stopped = resumeClock(actor, at, on, calendar, ClockEntry.Reason.SPECIAL_PROCEDURE, note);
    int step = record(at, CaseStage.SPECIAL, CaseAction.SPECIAL_PROCEDURE_ENDED, actor, note).sequence();
    registerEvent(new SpecialProcedureEnded(caseNumber, step, kind, stopped,
        note == null || note.isBlank() ? null : note.strip(), clock.promisedDue().orElse(null),
        clock.legalDue().orElse(null)));
    return stopped;
  }

  /** 延期 requested (§42) by the case's handler; nothing moves until a head grants it. */
  Extension requestExtension(Actor handler, Instant at, LocalDate today, int workingDays, String reason,
      int maxDays) {
    ExtensionPolicy.checkRequest(this, workingDays, reason, maxDays, today);
    Extension e = new Extension(this, workingDays, reason.strip(), handler.accountId(), at);
    extensions.add(e);
    record(at, CaseStage.CLOCK, CaseAction.EXTENSION_REQUESTED, handler, reason.strip());
    registerEvent(new ExtensionRequested(caseNumber, departmentCode, e.id(), workingDays));
    return e;
  }

  /** A head of the lead department grants or refuses the request; a grant moves both due dates. */
  void decideExtension(Actor head, Instant at, LocalDate today, WorkingDayCalendar calendar,
      String extensionId, boolean granted, String note) {
    Extension e = extensions.stream().filter(x -> x.id().equals(extensionId)).findFirst()
        .orElseThrow(() -> DomainException.notFound("EXTENSION_NOT_FOUND", extensionId));
    if (e.status() != Extension.Status.REQUESTED) {
      throw DomainException.conflict("EXTENSION_ALREADY_DECIDED", extensionId);
    }
    if (granted) {
      ExtensionPolicy.checkGrant(this, today);
    } else {
      requireReason(note, CaseAction.EXTENSION_REFUSED);
    }
    e.decide(granted, head.accountId(), at, note);
    if (granted) {
      ledger(ClockEntry.Kind.EXTENSION, ClockEntry.Reason.EXTENSION, e.reason(), head, at, today,
          e.workingDays(), calendar);
      int step = record(at, CaseStage.CLOCK, CaseAction.EXTENDED, head, e.reason()).sequence();
      registerMoved(e.workingDays());
      registerEvent(new CaseExtended(caseNumber, step, e.workingDays(), e.reason(),
          clock.promisedDue().orElse(null)));
    } else {
      record(at, CaseStage.CLOCK, CaseAction.EXTENSION_REFUSED, head, note);
    }
  }

  /** 容缺补齐: the applicant hands in deferrable materials outstanding since acceptance. */
  void supplyDeferred(Actor applicantActor, Instant at, Set<MaterialRef> added) {
    supplyDeferred(applicantActor, at, added, Set.of(), id -> id);
  }

  /**
   * 容缺 materials given after acceptance, as files or as held licences (免提交); the timeline names
   * them by {@code names} (requirement id → the material's name), never by their ids.
   */
  void supplyDeferred(Actor applicantActor, Instant at, Set<MaterialRef> added,
      Set<LicenceMaterialRef> licences, java.util.function.Function<String, String> names) {
    if (!deferredMaterialsDue()) {
      throw new IllegalCaseTransition(caseNumber, status, CaseAction.DEFERRED_MATERIAL_SUPPLIED);
    }
    if (added.isEmpty() && licences.isEmpty()) {
      throw DomainException.invalid("DEFERRED_MATERIALS_NONE_GIVEN", caseNumber);
    }
    Set<String> outstanding = new LinkedHashSet<>(outstandingDeferrables());
    this.materials.addAll(added);
    this.licenceMaterials.addAll(licences);
    Set<String> given = new java.util.TreeSet<>();
    added.forEach(m -> given.add(m.requirementId()));
    licences.forEach(l -> given.add(l.requirementId()));
    outstanding.removeAll(given);
    this.outstandingDeferrables = outstanding.isEmpty() ? null : String.join(",", outstanding);
    record(at, CaseStage.REVIEW, CaseAction.DEFERRED_MATERIAL_SUPPLIED, applicantActor,
        String.join("、", given.stream().map(names).toList()));
  }

  /** 不予受理: refused at acceptance, with the written reason. */
  void refuse(Actor clerk, Instant at, String reason, WorkingDayCalendar calendar) {
    require(CaseAction.NOT_ACCEPTED, CaseStatus.SUBMITTED);
    requireReason(reason, CaseAction.NOT_ACCEPTED);
    this.status = CaseStatus.NOT_ACCEPTED;
    this.completedAt = at;
    replay(calendar, null);
    record(at, CaseStage.ACCEPT, CaseAction.NOT_ACCEPTED, clerk, reason);
    registerCompleted();
  }

  /**
   * 一次性告知: everything missing or faulty, in one notice, on {@code on}; the applicant must
   * supplement. The clock (before acceptance: the acceptance period) stops.
   */
  void requireCorrection(Actor clerk, Instant at, LocalDate on, List<CorrectionItem> items,
      String opinion, WorkingDayCalendar calendar) {
    require(CaseAction.CORRECTION_REQUIRED, CaseStatus.SUBMITTED);
    if (items.isEmpty()) {
      throw DomainException.invalid("CORRECTION_ITEMS_MISSING", caseNumber);
    }
    this.correctionItems = new ArrayList<>(items);
    this.correctionIssuedAt = at;
    this.status = CaseStatus.CORRECTION_REQUIRED;
    ledger(ClockEntry.Kind.STOP, ClockEntry.Reason.CORRECTION, opinion, clerk, at, on, 0, calendar);
    int step = record(at, CaseStage.ACCEPT, CaseAction.CORRECTION_REQUIRED, clerk, opinion).sequence();
    registerMoved(0);
    registerEvent(new CaseCorrectionRequired(caseNumber, step, List.copyOf(items)));
  }

  /** The requirement ids of the correction notice that {@code answered} leaves unanswered, in order. */
  public List<String> unansweredCorrectionItems(Set<String> answered) {
    return correctionItems.stream().map(CorrectionItem::requirementId)
        .filter(id -> !answered.contains(id)).distinct().toList();
  }

  /**
   * 补正: the applicant answers every item of the notice on {@code on} (a file, or a written
   * explanation recorded in {@code note}); the case is back at acceptance: the clock runs again (a
   * RESUME row with the stopped working days) and a new five-day acceptance period starts.
   */
  int supplement(Actor applicantActor, Instant at, LocalDate on, WorkingDayCalendar calendar,
      Set<MaterialRef> added, String note) {
    require(CaseAction.SUPPLEMENTED, CaseStatus.CORRECTION_REQUIRED);
    this.materials.addAll(added);
    this.status = CaseStatus.SUBMITTED;
    record(at, CaseStage.ACCEPT, CaseAction.SUPPLEMENTED, applicantActor, note);
    int stopped = resumeClock(applicantActor, at, on, calendar, ClockEntry.Reason.CORRECTION, null);
    registerEvent(new CaseSupplemented(caseNumber));
    return stopped;
  }

  /** 审查: one department's review opinion ({@code department}: a joint case's co-department). */
  void review(Actor reviewer, Instant at, boolean passed, String opinion, String department) {
    CaseAction action = passed ? CaseAction.REVIEW_PASSED : CaseAction.REVIEW_FAILED;
    require(action, CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW);
    requirePerson(reviewer, action);
    if (!passed) {
      requireReason(opinion, action);
    }
    this.status = CaseStatus.UNDER_REVIEW;
    record(at, CaseStage.REVIEW, action, reviewer, opinion).department(department);
  }

  /** The review opinions of the current round (since acceptance or the last return to review). */
  public List<CaseEvent> currentReviews() {
    List<CaseEvent> round = new ArrayList<>();
    for (CaseEvent e : timeline) {
      if (e.action() == CaseAction.RETURNED_TO_REVIEW) {
        round.clear();
      } else if (e.action() == CaseAction.REVIEW_PASSED || e.action() == CaseAction.REVIEW_FAILED) {
        round.add(e);
      }
    }
    return round;
  }

  /**
   * 决定: approve or deny with written reasons. Approving over a failed review of this round (any
   * co-department's included) needs a written reason, recorded on the timeline.
   */
  void decide(Actor approver, Instant at, boolean approved, String opinion) {
    CaseAction action = approved ? CaseAction.APPROVED : CaseAction.DENIED;
    require(action, CaseStatus.UNDER_REVIEW, CaseStatus.ACCEPTED);
    requirePerson(approver, action);
    if (!approved) {
      requireReason(opinion, action);
      this.completedAt = at;
    } else {
      requireNoOutstandingDeferrables();
      if (currentReviews().stream().anyMatch(e -> e.action() == CaseAction.REVIEW_FAILED)) {
        if (opinion == null || opinion.isBlank()) {
          throw DomainException.invalid("OVERRULING_REASON_REQUIRED", caseNumber);
        }
        record(at, CaseStage.DECIDE, CaseAction.REVIEW_OVERRULED, approver, opinion);
      }
    }
    this.status = approved ? CaseStatus.APPROVED : CaseStatus.DENIED;
    record(at, CaseStage.DECIDE, action, approver, opinion);
    registerEvent(new CaseDecided(caseNumber, approved, opinion));
    if (!approved) {
      registerCompleted();
    }
  }

  /** 退回: the approver sends the case back to review with a written reason. */
  void returnToReview(Actor approver, Instant at, String reason) {
    require(CaseAction.RETURNED_TO_REVIEW, CaseStatus.UNDER_REVIEW, CaseStatus.ACCEPTED);
    requireReason(reason, CaseAction.RETURNED_TO_REVIEW);
    this.status = CaseStatus.UNDER_REVIEW;
    record(at, CaseStage.DECIDE, CaseAction.RETURNED_TO_REVIEW, approver, reason);
  }

  /** 制证: the licence is issued (or, for an item without one, the approval completes the case). */
  void issued(Actor actor, Instant at, String licenceNumber) {
    require(CaseAction.ISSUED, CaseStatus.APPROVED);
    this.status = CaseStatus.ISSUED;
    this.completedAt = at;
    record(at, CaseStage.ISSUE, CaseAction.ISSUED, actor, licenceNumber);
    registerCompleted();
  }

  /** 撤回: the applicant withdraws before any decision. */
  void withdraw(Actor applicantActor, Instant at, String reason) {
    if (!withdrawable()) {
      throw new IllegalCaseTransition(caseNumber, status, CaseAction.WITHDRAWN);
    }
    this.status = CaseStatus.WITHDRAWN;
    this.completedAt = at;
    record(at, CaseStage.CLOSE, CaseAction.WITHDRAWN, applicantActor, reason);
    registerEvent(new CaseWithdrawn(caseNumber));
    registerCompleted();
  }

  /**
   * Counts every figure again on {@code calendar} (a year's notice was imported). A change is written
   * as a RECALCULATION row naming the old and new dates.
   *
   * @return whether a figure changed
   */
  boolean recalculate(Instant at, LocalDate on, WorkingDayCalendar calendar, ZoneId zone, String note) {
    LegalClock.Figures before = replay(calendar, receivedOn(zone));
    LegalClock.Figures after = clock.figures();
    if (before.equals(after)) {
      return false;
    }
    String change = note + ": " + describe(before) + " → " + describe(after);
    clockEntries.add(new ClockEntry(this, clockEntries.size() + 1, ClockEntry.Kind.RECALCULATION,
        ClockEntry.Reason.CALENDAR, change, Actor.SYSTEM, at, on, 0, clock.promisedDue().orElse(null),
        clock.legalDue().orElse(null)));
    if (!java.util.Objects.equals(before.promisedDue(), after.promisedDue())
        || !java.util.Objects.equals(before.legalDue(), after.legalDue())
        || !java.util.Objects.equals(before.acceptanceDue(), after.acceptanceDue())) {
      record(at, CaseStage.CLOCK, CaseAction.DATES_RECALCULATED, Actor.SYSTEM, change);
      registerEvent(new CaseDueDateMoved(caseNumber, clock.promisedDue().orElse(null),
          clock.legalDue().orElse(null), 0, openStop().isEmpty(), true));
    }
    return true;
  }

  private static String describe(LegalClock.Figures f) {
    StringBuilder s = new StringBuilder();
    if (f.acceptanceDue() != null) {
      s.append("§32 ").append(f.acceptanceDue()).append(' ');
    }
    if (f.promisedDue() != null) {
      s.append(f.promisedDue()).append(" / ").append(f.legalDue()).append(' ');
    }
    return s.append('(').append(f.stoppedWorkingDays()).append(')').toString().strip();
  }

  private int resumeClock(Actor actor, Instant at, LocalDate on, WorkingDayCalendar calendar,
      ClockEntry.Reason reason, String note) {
    ClockEntry stop = openStop().orElseThrow(() -> new IllegalStateException(
        "case " + caseNumber + " has no open clock stop"));
    WorkingDayCount stopped = calendar.countWorkingDays(stop.effectiveOn(), on);
    ledger(ClockEntry.Kind.RESUME, reason, note, actor, at, on, stopped.days(), calendar);
    registerMoved(clockStarted() ? stopped.days() : 0);
    return stopped.days();
  }

  private void ledger(ClockEntry.Kind kind, ClockEntry.Reason reason, String note, Actor actor,
      Instant at, LocalDate on, int workingDays, WorkingDayCalendar calendar) {
    ClockEntry row = new ClockEntry(this, clockEntries.size() + 1, kind, reason, note, actor, at,
        on, workingDays, null, null);
    clockEntries.add(row);
    replay(calendar, status == CaseStatus.SUBMITTED ? on : null);
    row.dueDatesAfter(clock.promisedDue().orElse(null), clock.legalDue().orElse(null));
  }

  private LegalClock.Figures replay(WorkingDayCalendar calendar, LocalDate receivedOn) {
    return clock.replay(clockEntries, promisedDays, legalDays, calendar,
        status == CaseStatus.SUBMITTED, receivedOn);
  }

  private LocalDate receivedOn(ZoneId zone) {
    return receivedAt().atZone(zone).toLocalDate();
  }

  private void registerAccepted() {
    registerEvent(new CaseAccepted(caseNumber, departmentCode, clock.promisedDue().orElseThrow(),
        clock.legalDue().orElseThrow(), clock.provisional()));
    registerMoved(0);
  }

  private void registerMoved(int workingDays) {
    registerEvent(new CaseDueDateMoved(caseNumber, clock.promisedDue().orElse(null),
        clock.legalDue().orElse(null), workingDays, openStop().isEmpty(), false));
  }

  private void registerCompleted() {
    registerEvent(new CaseCompleted(caseNumber, status));
  }

  private static void requirePerson(Actor actor, CaseAction action) {
    if (actor == null || actor.accountId() == null) {
      throw new IllegalStateException(action + " needs a person's decision, not the system's");
    }
  }

  private void requireNoOutstandingDeferrables() {
    if (!outstandingDeferrables().isEmpty()) {
      throw DomainException.conflict("DEFERRABLE_MATERIALS_OUTSTANDING", caseNumber,
          String.join(", ", outstandingDeferrables()));
    }
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
  /** 撤回 is possible only before any decision: while the case awaits acceptance, review or decision. */
  public boolean withdrawable() {
    return EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.CORRECTION_REQUIRED, CaseStatus.ACCEPTED,
        CaseStatus.UNDER_REVIEW, CaseStatus.SPECIAL_PROCEDURE).contains(status);
  }

  /** 容缺: deferrable materials are still outstanding and may be handed in (accepted, not yet decided). */
  public boolean deferredMaterialsDue() {
    return EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW, CaseStatus.SPECIAL_PROCEDURE)
        .contains(status) && !outstandingDeferrables().isEmpty();
  }

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

  private CaseEvent record(Instant at, CaseStage stage, CaseAction action, Actor actor, String note) {
    CaseEvent event = new CaseEvent(this, timeline.size() + 1, at, stage, action, status, actor, note);
    timeline.add(event);
    return event;
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

  /** The agent who filed for the applicant, if one did. */
  public Optional<Agent> agent() {
    return Optional.ofNullable(agent);
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

  /** The promised due date (承诺时限), once the clock started. */
  public Optional<LocalDate> dueDate() {
    return clock.promisedDue();
  }

  /** Whether either due date was counted through a year not loaded. */
  public boolean dueDateProvisional() {
    return clock.promisedProvisional() || clock.legalProvisional();
  }

  /** The legal due date (法定时限), once the clock started. */
  public Optional<LocalDate> legalDueDate() {
    return clock.legalDue();
  }

  /** The legal clock: due dates, §32 date, stops, special procedure. */
  public LegalClock clock() {
    return clock;
  }

  /** The co-departments of a joint case, as department codes. */
  public List<String> coDepartments() {
    return coDepartments == null || coDepartments.isBlank() ? List.of() : List.of(coDepartments.split(","));
  }

  /** The extension requests, oldest first. */
  public List<Extension> extensions() {
    return List.copyOf(extensions);
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

  // 免提交 (V48): held licences given by number for required materials, checked at filing. Lazy:
  // read only inside the transactions that file, accept or show one case, never for lists.

  @ElementCollection
  @CollectionTable(name = "case_licence_material", joinColumns = @JoinColumn(name = "case_id"))
  private Set<LicenceMaterialRef> licenceMaterials = new LinkedHashSet<>();

  /** Records the held licences given for materials at filing (checked by {@link MaterialChecks}). */
  void giveLicences(Set<LicenceMaterialRef> licences) {
    licenceMaterials.addAll(licences);
  }

  /** The held licences given instead of files (免提交), each for one required material. */
  public Set<LicenceMaterialRef> licenceMaterials() {
    return Set.copyOf(licenceMaterials);
  }

  /** Whether a file or a held licence was given for the requirement. */
  public boolean hasMaterialFor(String requirementId) {
    return materials.stream().anyMatch(m -> m.requirementId().equals(requirementId))
        || licenceMaterials.stream().anyMatch(l -> l.requirementId().equals(requirementId));
  }

  /** 变更, 延续, 注销: the licence this case applies to change, renew or cancel; null for a new licence. */
  @Column(name = "based_on_licence", length = 40)
  private String basedOnLicence;

  @Enumerated(EnumType.STRING)
  @Column(name = "licence_action", length = 16)
  private LicenceAction licenceAction;

  /** Names the held licence the case applies for, as checked by the {@link HeldLicenceCheck} at filing. */
  void applyFor(LicenceAction action, String licenceNumber) {
    this.licenceAction = action;
    this.basedOnLicence = licenceNumber;
  }

  public Optional<String> basedOnLicence() {
    return Optional.ofNullable(basedOnLicence);
  }

  public Optional<LicenceAction> licenceAction() {
    return Optional.ofNullable(licenceAction);
  }
}
